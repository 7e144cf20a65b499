using System.Text.RegularExpressions;

namespace CommitteeHub.Amendments;

/// <summary>The lettering and numbering schemes of motions: "(a)", "(A)", "(i)", "(1)" and Markdown's "1." and
/// "1)". Used to reletter merged motions and to number a marked-up list consistently.</summary>
internal static partial class MarkerSequence
{
    public enum Scheme { Lower, Upper, Roman, Bracketed, Dotted, Parenthesised }

    private static readonly string[] Romans =
        ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii",
         "xviii", "xix", "xx", "xxi", "xxii", "xxiii", "xxiv", "xxv"];

    [GeneratedRegex("^\\(([a-z]|[A-Z]|[ivx]{1,5}|[0-9]{1,3})\\)$")] private static partial Regex Bracket();
    [GeneratedRegex("^([0-9]{1,9})([.)])$")] private static partial Regex Markdown();

    /// <summary>Reads the markers of a run of sibling items as one scheme, and gives each its position in it.
    /// "(i)" is a letter unless another marker of the run is a Roman numeral other than a single letter.</summary>
    public static bool TryRead(IReadOnlyList<string> markers, out Scheme scheme, out int[] ordinals)
    {
        scheme = Scheme.Lower;
        ordinals = new int[markers.Count];
        if (markers.Count == 0) return false;
        var roman = markers.Any(m => Bracket().Match(m) is { Success: true } x && x.Groups[1].Value is var v && v.Length > 1 && Array.IndexOf(Romans, v) >= 0);
        for (var k = 0; k < markers.Count; k++)
        {
            if (!TryReadOne(markers[k], roman, out var s, out ordinals[k])) return false;
            if (k == 0) scheme = s;
            else if (s != scheme) return false;
        }
        return true;
    }

    private static bool TryReadOne(string marker, bool roman, out Scheme scheme, out int ordinal)
    {
        scheme = Scheme.Lower;
        ordinal = 0;
        if (Markdown().Match(marker) is { Success: true } md)
        {
            scheme = md.Groups[2].Value == "." ? Scheme.Dotted : Scheme.Parenthesised;
            return int.TryParse(md.Groups[1].Value, out ordinal);
        }
        if (Bracket().Match(marker) is not { Success: true } b) return false;
        var v = b.Groups[1].Value;
        if (char.IsAsciiDigit(v[0])) { scheme = Scheme.Bracketed; return int.TryParse(v, out ordinal); }
        if (roman) { scheme = Scheme.Roman; ordinal = Array.IndexOf(Romans, v) + 1; return ordinal > 0; }
        if (v.Length != 1) return false;
        scheme = char.IsUpper(v[0]) ? Scheme.Upper : Scheme.Lower;
        ordinal = char.ToLowerInvariant(v[0]) - 'a' + 1;
        return true;
    }

    /// <summary>True when the ordinals count up by one.</summary>
    public static bool IsConsecutive(int[] ordinals) => ordinals.Zip(ordinals.Skip(1)).All(p => p.Second == p.First + 1);

    public static string? Write(Scheme scheme, int ordinal) => scheme switch
    {
        Scheme.Lower when ordinal is >= 1 and <= 26 => $"({(char)('a' + ordinal - 1)})",
        Scheme.Upper when ordinal is >= 1 and <= 26 => $"({(char)('A' + ordinal - 1)})",
        Scheme.Roman when ordinal >= 1 && ordinal <= Romans.Length => $"({Romans[ordinal - 1]})",
        Scheme.Bracketed when ordinal >= 0 => $"({ordinal})",
        Scheme.Dotted when ordinal >= 0 => $"{ordinal}.",
        Scheme.Parenthesised when ordinal >= 0 => $"{ordinal})",
        _ => null,
    };

    /// <summary>The indexes of the numbered or lettered siblings of the item at <paramref name="start"/>: items at
    /// its depth and of its style, up to the first shallower block or different item at that depth.</summary>
    public static List<int> Siblings(IReadOnlyList<BlockFormat> formats, int start)
    {
        var f = formats[start];
        var run = new List<int> { start };
        for (var j = start + 1; j < formats.Count; j++)
        {
            var g = formats[j];
            if (g.Depth > f.Depth && g.InList) continue;
            if (g.Kind != BlockKind.ListItem || g.ListStyle != f.ListStyle || g.Depth != f.Depth || g.InList != f.InList) break;
            run.Add(j);
        }
        return run;
    }
}
