using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace CommitteeHub.Tests.Security;

/// <summary>The text a reader gets from a response or a file, whatever its format: what a leak would be read from.</summary>
public static partial class Extract
{
    private static readonly HtmlParser Parser = new();

    public enum Kind { Html, Pdf, Text, Office, Binary }

    public static Kind KindOf(string? mediaType, string? fileName = null) => (mediaType?.ToLowerInvariant(), Path.GetExtension(fileName ?? "").ToLowerInvariant()) switch
    {
        ("text/html", _) => Kind.Html,
        ("application/pdf", _) or (_, ".pdf") => Kind.Pdf,
        (_, ".docx" or ".xlsx" or ".odt") => Kind.Office,
        ({ } t, _) when t.Contains("openxmlformats") || t.Contains("opendocument") => Kind.Office,
        ({ } t, _) when t.StartsWith("text/") || t.Contains("json") || t.Contains("xml") || t.Contains("calendar") => Kind.Text,
        _ => Kind.Binary,
    };

    public static string Of(byte[] content, Kind kind) => kind switch
    {
        Kind.Html => Html(Encoding.UTF8.GetString(content)),
        Kind.Pdf => Pdf(content),
        Kind.Office => Office(content),
        Kind.Text => Encoding.UTF8.GetString(content),
        _ => "",
    };

    /// <summary>An uploaded file's text, for the oracle.</summary>
    public static string FileText(byte[]? content, string? fileName) =>
        content is null ? "" : Of(content, KindOf(null, fileName));

    /// <summary>Every text node, and the attributes a reader or a screen reader meets (values of form fields, titles,
    /// alternative text), each apart so that words of neighbouring blocks do not run together.</summary>
    public static string Html(string html) => Html(Parser.ParseDocument(html));

    public static string Html(IDocument document)
    {
        var text = new StringBuilder();
        foreach (var node in document.Descendants())
        {
            if (node is IText t && t.ParentElement?.LocalName is not ("script" or "style")) text.Append(t.Data).Append('\n');
            if (node is IElement e)
                foreach (var name in (string[])["value", "title", "alt", "aria-label", "content", "placeholder"])
                    if (e.GetAttribute(name) is { Length: > 0 } value) text.Append(value).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>A PDF's text in reading order, page by page; a file PdfPig cannot open is reported as such, not skipped.</summary>
    public static string Pdf(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => ContentOrderTextExtractor.GetText(p)));
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex("</(w:p|text:p|text:h|a:p|row)>")]
    private static partial Regex ParagraphEnd();

    /// <summary>A Word, Excel or OpenDocument file: the text of its XML parts.</summary>
    public static string Office(byte[] file)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(file), ZipArchiveMode.Read);
            var text = new StringBuilder();
            foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)))
            {
                using var reader = new StreamReader(entry.Open());
                text.Append(System.Net.WebUtility.HtmlDecode(Tag().Replace(ParagraphEnd().Replace(reader.ReadToEnd(), "\n"), ""))).Append('\n');
            }
            return text.ToString();
        }
        catch (InvalidDataException)
        {
            return Encoding.UTF8.GetString(file);
        }
    }
}
