using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace CommitteeHub.Documents.Pdf;

/// <summary>
/// An uploaded PDF opened for copying its pages. PdfPig parses the file (cross-reference streams, object streams,
/// broken offsets); we copy its objects token by token into our own file, with streams left encoded as they were.
/// </summary>
internal sealed partial class ImportedDocument : IDisposable
{
    private ImportedDocument(PdfDocument document) => Document = document;

    public PdfDocument Document { get; }
    public int PageCount => Document.NumberOfPages;

    /// <summary>Opens a PDF that <see cref="Papers.AppendixCheck"/> has accepted.</summary>
    public static ImportedDocument Open(byte[] bytes) => new(PdfDocument.Open(bytes));

    public void Dispose() => Document.Dispose();

    /// <summary>The source's page objects in page order, so that links between its pages can be pointed at the
    /// pages they became.</summary>
    internal List<IndirectReference> PageReferences()
    {
        var pages = new List<IndirectReference>();
        void Walk(IToken node, int depth)
        {
            if (depth > 64 || node is not IndirectReferenceToken r || Resolve(node) is not DictionaryToken d) return;
            if (d.Data.TryGetValue("Kids", out var kids) && Resolve(kids) is ArrayToken array)
                foreach (var kid in array.Data) Walk(kid, depth + 1);
            else pages.Add(r.Data);
        }
        if (Document.Structure.Catalog.CatalogDictionary.Data.TryGetValue("Pages", out var root)) Walk(root, 0);
        return pages;
    }

    /// <summary>Where the page's media box lies, its size, and how far (0, 90, 180 or 270 degrees clockwise) a
    /// viewer turns it: a landscape scan is often an upright page turned by /Rotate.</summary>
    internal PageFrame Frame(int number)
    {
        var (_, _, mediaBox, _, rotate) = Page(number);
        double x0 = 0, y0 = 0, width = 595.28, height = 841.89;
        if (mediaBox is not null && Resolve(mediaBox) is ArrayToken { Length: 4 } a && a.Data.Select(Resolve).All(t => t is NumericToken))
        {
            var n = a.Data.Select(Resolve).Cast<NumericToken>().Select(t => t.Double).ToArray();
            (x0, y0) = (Math.Min(n[0], n[2]), Math.Min(n[1], n[3]));
            (width, height) = (Math.Abs(n[2] - n[0]), Math.Abs(n[3] - n[1]));
        }
        var degrees = rotate is not null && Resolve(rotate) is NumericToken r ? (int)r.Long : 0;
        degrees = ((degrees % 360 + 360) % 360) / 90 * 90;
        return new PageFrame(x0, y0, width, height, degrees);
    }

    internal IToken Resolve(IToken token) =>
        token is IndirectReferenceToken r ? Document.Structure.GetObject(r.Data).Data : token;

    /// <summary>
    /// The page's content, decoded and joined, with its marked-content ids taken out, when it has any: a tagged
    /// upload numbers its content for its own structure tree, which is not copied, so inside our one marked-content
    /// sequence for the appendix those numbers would clash with ours and belong to nothing. The tags themselves stay
    /// (their property lists only lose the MCID). Null when the page has no ids, or its content cannot be decoded,
    /// and is then copied as it is.
    /// </summary>
    internal byte[]? ContentWithoutMarkedContentIds(DictionaryToken page)
    {
        if (!page.Data.TryGetValue("Contents", out var contents)) return null;
        var parts = Resolve(contents) is ArrayToken array ? array.Data.Select(Resolve).ToList() : [Resolve(contents)];
        var text = new StringBuilder();
        foreach (var part in parts)
        {
            if (part is not StreamToken stream) return null;
            try
            {
                var data = stream.Data;
                var filters = DefaultFilterProvider.Instance.GetFilters(stream.StreamDictionary);
                for (var i = 0; i < filters.Count; i++)
                    data = filters[i].Decode(data, stream.StreamDictionary, DefaultFilterProvider.Instance, i);
                // Latin-1 maps every byte to one char and back, so the binary parts (inline images) survive.
                text.Append(Encoding.Latin1.GetString(data.Span)).Append('\n');
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return null;
            }
        }
        var content = text.ToString();
        if (!content.Contains("/MCID", StringComparison.Ordinal)) return null;
        return Encoding.Latin1.GetBytes(MarkedContentId().Replace(content, ""));
    }

    /// <summary>"/MCID 3" in a property list that is closed and followed by BDC, e.g. <c>/P &lt;&lt;/MCID 3&gt;&gt; BDC</c>.</summary>
    [GeneratedRegex(@"/MCID\s+\d+(?=[^<>]*>>\s*BDC)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex MarkedContentId();

    /// <summary>The page's dictionary with the attributes it may inherit from the page tree (resources, boxes,
    /// rotation) looked up through its ancestors.</summary>
    internal (DictionaryToken Page, IToken? Resources, IToken? MediaBox, IToken? CropBox, IToken? Rotate) Page(int number)
    {
        var page = Document.GetPage(number).Dictionary;
        IToken? Inherited(string key)
        {
            var node = page;
            for (var depth = 0; node is not null && depth < 64; depth++)
            {
                if (node.Data.TryGetValue(key, out var value)) return value;
                node = node.Data.TryGetValue("Parent", out var parent) ? Resolve(parent) as DictionaryToken : null;
            }
            return null;
        }
        return (page, Inherited("Resources"), Inherited("MediaBox"), Inherited("CropBox"), Inherited("Rotate"));
    }
}

/// <summary>An imported page's media box and rotation.</summary>
internal readonly record struct PageFrame(double X0, double Y0, double Width, double Height, int Rotate)
{
    /// <summary>The width as the reader sees the page, turned.</summary>
    public double ViewedWidth => Rotate is 90 or 270 ? Height : Width;

    /// <summary>
    /// The matrix (for <c>cm</c>) from the page as the reader sees it, turned, to the page's own space, so that
    /// what is drawn through it (our page number) stands upright to the reader. For /Rotate 90 the viewer turns the
    /// page clockwise: a viewed point (x', y') is the page's (x0 + W - y', y0 + x').
    /// </summary>
    public string ViewedToPage => Rotate switch
    {
        90 => $"0 1 -1 0 {PdfSyntax.Num(X0 + Width)} {PdfSyntax.Num(Y0)}",
        180 => $"-1 0 0 -1 {PdfSyntax.Num(X0 + Width)} {PdfSyntax.Num(Y0 + Height)}",
        270 => $"0 -1 1 0 {PdfSyntax.Num(X0)} {PdfSyntax.Num(Y0 + Height)}",
        _ => $"1 0 0 1 {PdfSyntax.Num(X0)} {PdfSyntax.Num(Y0)}",
    };
}

/// <summary>
/// Copies objects of one imported document into the file being written: each source object is written once, under
/// a new number, however many pages share it (fonts, images). Keys that would drag in the source's page tree or
/// structure tree are left out, since the copied pages belong to our tree now.
/// </summary>
internal sealed class ObjectCopier(ImportedDocument source, PdfWriter writer)
{
    private static readonly HashSet<string> Dropped = ["Parent", "StructParent", "StructParents", "P", "PieceInfo"];
    private readonly Dictionary<IndirectReference, int> _copied = [];
    private readonly Queue<(IndirectReference From, int To)> _pending = new();
    private readonly HashSet<IndirectReference> _pages = [];

    /// <summary>Makes references to a source page point at the page it became, so a link to it keeps working.</summary>
    public void MapPage(IndirectReference sourcePage, int pageObject)
    {
        _copied[sourcePage] = pageObject;
        _pages.Add(sourcePage);
    }

    /// <summary>
    /// Whether an annotation is a link worth keeping: one to a web address, or to an explicit place on one of the
    /// source's pages (which <see cref="MapPage"/> has mapped). Named destinations are not kept: the source's name
    /// tree is not copied. Other annotations (comments, form fields) stay out: they belong to the source file.
    /// </summary>
    public bool IsCopiableLink(DictionaryToken annotation)
    {
        if (!annotation.Data.TryGetValue("Subtype", out var subtype) || source.Resolve(subtype) is not NameToken { Data: "Link" }) return false;
        IToken? destination = annotation.Data.GetValueOrDefault("Dest");
        if (annotation.Data.TryGetValue("A", out var a) && source.Resolve(a) is DictionaryToken action)
        {
            var kind = action.Data.TryGetValue("S", out var s) && source.Resolve(s) is NameToken n ? n.Data : null;
            if (kind == "URI") return true;
            if (kind != "GoTo") return false;
            destination = action.Data.GetValueOrDefault("D");
        }
        return destination is not null && source.Resolve(destination) is ArrayToken { Length: > 0 } d &&
            d.Data[0] is IndirectReferenceToken page && _pages.Contains(page.Data);
    }

    /// <summary>Serialises a token, allocating numbers for the objects it refers to.</summary>
    public string Serialize(IToken token)
    {
        var sb = new StringBuilder();
        Append(sb, token);
        return sb.ToString();
    }

    /// <summary>Writes every object referred to so far, and those they refer to.</summary>
    public void Flush()
    {
        while (_pending.Count > 0)
        {
            var (from, to) = _pending.Dequeue();
            var data = source.Document.Structure.GetObject(from).Data;
            if (data is StreamToken stream) WriteStream(to, stream);
            else writer.Object(to, Serialize(data));
        }
    }

    public void WriteStream(int number, StreamToken stream)
    {
        var data = stream.Data.Span;
        var sb = new StringBuilder("<<");
        foreach (var (key, value) in stream.StreamDictionary.Data)
        {
            if (key == "Length" || Dropped.Contains(key)) continue;
            sb.Append(' ').Append(PdfSyntax.Name(key)).Append(' ');
            Append(sb, value);
        }
        sb.Append(" /Length ").Append(data.Length.ToString(CultureInfo.InvariantCulture)).Append(" >>");
        writer.RawStream(number, sb.ToString(), data);
    }

    private int Map(IndirectReference reference)
    {
        if (_copied.TryGetValue(reference, out var number)) return number;
        number = writer.Allocate();
        _copied[reference] = number;
        _pending.Enqueue((reference, number));
        return number;
    }

    private void Append(StringBuilder sb, IToken token)
    {
        switch (token)
        {
            case IndirectReferenceToken r:
                sb.Append(PdfSyntax.Ref(Map(r.Data)));
                break;
            case NameToken n:
                sb.Append(PdfSyntax.Name(n.Data));
                break;
            case NumericToken num:
                sb.Append(num.HasDecimalPlaces
                    ? num.Double.ToString("0.######", CultureInfo.InvariantCulture)
                    : num.Long.ToString(CultureInfo.InvariantCulture));
                break;
            case StringToken s:
                sb.Append('<').Append(Convert.ToHexString(s.GetBytes())).Append('>');
                break;
            case HexToken h:
                sb.Append('<').Append(Convert.ToHexString(h.Bytes.ToArray())).Append('>');
                break;
            case BooleanToken b:
                sb.Append(b.Data ? "true" : "false");
                break;
            case ArrayToken a:
                sb.Append('[');
                for (var i = 0; i < a.Length; i++)
                {
                    if (i > 0) sb.Append(' ');
                    Append(sb, a.Data[i]);
                }
                sb.Append(']');
                break;
            case DictionaryToken d:
                sb.Append("<<");
                foreach (var (key, value) in d.Data)
                {
                    if (Dropped.Contains(key)) continue;
                    sb.Append(' ').Append(PdfSyntax.Name(key)).Append(' ');
                    Append(sb, value);
                }
                sb.Append(" >>");
                break;
            case StreamToken st:
                // A stream can only be an indirect object; one met inline is written as an object of its own.
                var number = writer.Allocate();
                WriteStream(number, st);
                sb.Append(PdfSyntax.Ref(number));
                break;
            default:
                sb.Append("null");
                break;
        }
    }
}
