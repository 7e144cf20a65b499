using System.Globalization;
using System.Text;

namespace CommitteeHub.Domain;

/// <summary>
/// The name an uploaded file is kept, shown and downloaded under. What a browser sends is whatever the uploader's
/// machine or script chose: a path ("C:\Reports\budget.pdf", "../../etc/passwd"), control characters, or a
/// right-to-left override that makes "report‮fdp.exe" read as "reportexe.pdf". Only the last part of a path is kept,
/// invisible and control characters go, and the extension survives shortening, since it says what the file is.
/// </summary>
public static class FileNames
{
    /// <summary>Long enough for any real title; short enough for a page, a header and every file system.</summary>
    public const int MaxLength = 120;

    private const int MaxExtensionLength = 10;
    private const string Unnamed = "document";

    public static string ForDisplay(string? name)
    {
        name ??= "";
        // Windows and Unix path separators, and a drive letter's colon: the last part is the file's own name.
        name = name[(name.LastIndexOfAny(['/', '\\', ':']) + 1)..];
        var kept = new StringBuilder(name.Length);
        // Runes, not chars: a lone half of a surrogate pair becomes U+FFFD rather than breaking what follows.
        foreach (var rune in name.EnumerateRunes())
        {
            // Any white space (tabs, line breaks) is a space; other control (Cc) and format (Cf: bidirectional
            // overrides, zero-width characters) characters are invisible or reorder what is shown, so they go;
            // characters Windows forbids in names become "_".
            if (Rune.IsWhiteSpace(rune)) kept.Append(' ');
            else if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format) continue;
            else if (rune.Value is '<' or '>' or '"' or '|' or '?' or '*') kept.Append('_');
            else kept.Append(rune.ToString());
        }
        var cleaned = string.Join(' ', kept.ToString().Normalize(NormalizationForm.FormC).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var dot = cleaned.LastIndexOf('.');
        var extension = dot > 0 && cleaned.Length - dot <= MaxExtensionLength + 1 ? cleaned[dot..] : "";
        // Leading dots hide a file or make it "..", trailing dots and spaces are dropped by Windows.
        var stem = cleaned[..(cleaned.Length - extension.Length)].Trim(' ', '.');
        if (stem.Length == 0) stem = Unnamed;
        if (stem.Length + extension.Length > MaxLength) stem = Shorten(stem, MaxLength - extension.Length).TrimEnd(' ', '.');
        return stem + extension;
    }

    /// <summary>Cuts at a whole character (never half a surrogate pair).</summary>
    private static string Shorten(string text, int length)
    {
        var info = new StringInfo(text);
        var end = 0;
        for (var i = 0; i < info.LengthInTextElements; i++)
        {
            var element = info.SubstringByTextElements(i, 1);
            if (end + element.Length > length) break;
            end += element.Length;
        }
        return text[..end];
    }
}
