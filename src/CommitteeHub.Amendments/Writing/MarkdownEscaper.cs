using System.Text;
using System.Text.RegularExpressions;

namespace CommitteeHub.Amendments.Writing;

/// <summary>Escapes literal text so Markdown reads it back as the same characters. Inline syntax characters are
/// always escaped; characters that only matter at the start of a line (headings, list markers, quotes) are escaped
/// there.</summary>
internal static partial class MarkdownEscaper
{
    private const string Always = "\\*_`[]<~";

    [GeneratedRegex(@"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});")]
    private static partial Regex EntityLike();

    [GeneratedRegex(@"^([0-9]{1,9})([.)])")]
    private static partial Regex OrderedMarker();

    [GeneratedRegex(@"^\([^()\s]{1,6}\)(\s|$)")]
    private static partial Regex LetteredStart();

    /// <summary>Appends <paramref name="text"/> escaped; <paramref name="following"/> is the text that follows it
    /// directly, needed to tell whether an '&amp;' at its end begins an entity.</summary>
    public static void AppendEscaped(StringBuilder sb, string text, string following = "")
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (Always.Contains(c) || (c == '&' && StartsEntity(text[i..] + following))) sb.Append('\\');
            sb.Append(c);
        }
    }

    private static bool StartsEntity(string s) => EntityLike().Match(s) is { Success: true, Index: 0 };

    /// <summary>Escapes what would make the start of a line a block marker: "# ", "> ", "- ", "+ ", "1. ", "1) ".</summary>
    public static string EscapeLineStart(string line)
    {
        if (line.Length == 0) return line;
        if (line[0] is '#' or '>' or '-' or '+' or '=' or '|') return "\\" + line;
        // Text that merely begins with "(a)" must not read back as a lettered paragraph.
        if (LetteredStart().IsMatch(line)) return "\\" + line;
        var m = OrderedMarker().Match(line);
        return m.Success ? m.Groups[1].Value + "\\" + line[m.Groups[1].Length..] : line;
    }

    /// <summary>A trailing run of '#' after a space would be read as the closing sequence of an ATX heading.</summary>
    public static string EscapeHeadingEnd(string text)
    {
        if (!text.EndsWith('#')) return text;
        var start = text.Length;
        while (start > 0 && text[start - 1] == '#') start--;
        return start > 0 && text[start - 1] == ' ' ? text[..start] + "\\" + text[start..] : text;
    }
}
