using System.Globalization;
using CommitteeHub.Amendments;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CommitteeHub.Documents.Docx;

/// <summary>
/// Numbered paragraphs and lettered points as real Word lists. The engine gives each block its typed marker ("(a)",
/// "3.", "-"); a run of list blocks becomes one Word list when Word's own counting, in the original and in the
/// amended text alike, gives exactly those markers. Then accepting or rejecting a deleted or inserted point reletters
/// the rest as a clerk would. A list Word cannot count that way ("(a)", "(c)" with no "(b)") keeps its typed markers
/// as text, each changed marker a deletion and an insertion.
/// </summary>
internal static class WordLists
{
    /// <summary>A level of a Word list: how it counts and how it writes its number.</summary>
    internal sealed record Level(NumberFormatValues Format, string Text, int Start);

    /// <summary>Where a block sits in the document's lists: the Word list (null when its marker is typed) and level.</summary>
    internal sealed record Place(int? NumberingId, int Level);

    /// <summary>The Word lists of a run of blocks, given the shape of each in the original and the amended text
    /// (null where the block is not in that version). Blocks outside any list get no place.</summary>
    internal sealed class Plan(Dictionary<int, int> listOf)
    {
        public Place? For(int block, BlockFormat format) =>
            format.Kind != BlockKind.ListItem ? null
            : new Place(listOf.TryGetValue(block, out var n) ? n : null, Math.Clamp(format.Depth - 1, 0, 8));
    }

    /// <summary>Plans the lists of a run of blocks, adding each to the document's <paramref name="lists"/> (a list's
    /// Word numbering id is its place there, from 1).</summary>
    public static Plan Make(IReadOnlyList<(BlockFormat? Old, BlockFormat? New)> blocks, List<Level[]> lists)
    {
        var listOf = new Dictionary<int, int>();
        var i = 0;
        while (i < blocks.Count)
        {
            if (!InList(blocks[i])) { i++; continue; }
            var start = i;
            while (i < blocks.Count && InList(blocks[i])) i++;
            if (Levels(blocks, start, i) is { } levels)
            {
                lists.Add(levels);
                for (var k = start; k < i; k++) listOf[k] = lists.Count;
            }
        }
        return new Plan(listOf);
    }

    private static bool InList((BlockFormat? Old, BlockFormat? New) b) => IsListy(b.Old) || IsListy(b.New);

    private static bool IsListy(BlockFormat? f) => f is not null && (f.Kind == BlockKind.ListItem || f.Depth > 0);

    /// <summary>The levels of one list, read from its first marker at each depth, or null when Word's counting would
    /// not give every typed marker of either version.</summary>
    private static Level[]? Levels(IReadOnlyList<(BlockFormat? Old, BlockFormat? New)> blocks, int from, int to)
    {
        var levels = new Level?[9];
        var items = Enumerable.Range(from, to - from).SelectMany(k => new[] { blocks[k].Old, blocks[k].New })
            .OfType<BlockFormat>().Where(f => f.Kind == BlockKind.ListItem).ToList();
        foreach (var f in items)
        {
            var depth = Math.Clamp(f.Depth - 1, 0, 8);
            if (levels[depth] is not null) continue;
            var roman = items.Any(g => g.Depth == f.Depth && IsRoman(Inner(g.Marker)));
            if (Read(f.Marker, roman) is not { } level) return null;
            levels[depth] = level;
        }
        var filled = levels.Select(l => l ?? new Level(NumberFormatValues.Bullet, "•", 1)).ToArray();
        bool Counts(Func<(BlockFormat? Old, BlockFormat? New), BlockFormat?> version)
        {
            var counters = new int?[9];
            for (var k = from; k < to; k++)
            {
                if (version(blocks[k]) is not { Kind: BlockKind.ListItem } f) continue;
                var depth = Math.Clamp(f.Depth - 1, 0, 8);
                counters[depth] = (counters[depth] ?? filled[depth].Start - 1) + 1;
                for (var d = depth + 1; d < 9; d++) counters[d] = null;
                if (Write(filled[depth], counters[depth]!.Value) != f.Marker) return false;
            }
            return true;
        }
        return Counts(b => b.Old) && Counts(b => b.New) ? filled : null;
    }

    private static string Inner(string marker) => marker.Length > 2 && marker[0] == '(' && marker[^1] == ')' ? marker[1..^1] : "";

    private static readonly string[] Romans =
        ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii",
         "xviii", "xix", "xx", "xxi", "xxii", "xxiii", "xxiv", "xxv"];

    /// <summary>"(ii)" and longer are Roman numerals; "(i)" alone is read as a letter, as the engine reads it.</summary>
    private static bool IsRoman(string inner) => inner.Length > 1 && Array.IndexOf(Romans, inner) >= 0;

    private static Level? Read(string marker, bool roman)
    {
        if (marker == "-") return new Level(NumberFormatValues.Bullet, "•", 1);
        if (marker.Length > 1 && marker[^1] is '.' or ')' && int.TryParse(marker[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            return new Level(NumberFormatValues.Decimal, "%1" + marker[^1], n);
        var inner = Inner(marker);
        if (inner.Length == 0) return null;
        if (int.TryParse(inner, NumberStyles.None, CultureInfo.InvariantCulture, out var b)) return new Level(NumberFormatValues.Decimal, "(%1)", b);
        if (roman && Array.IndexOf(Romans, inner) is >= 0 and var r) return new Level(NumberFormatValues.LowerRoman, "(%1)", r + 1);
        if (inner.Length != 1 || !char.IsAsciiLetter(inner[0])) return null;
        return char.IsUpper(inner[0])
            ? new Level(NumberFormatValues.UpperLetter, "(%1)", inner[0] - 'A' + 1)
            : new Level(NumberFormatValues.LowerLetter, "(%1)", inner[0] - 'a' + 1);
    }

    /// <summary>The marker Word writes for the <paramref name="n"/>th item of a level (letters and Roman numerals
    /// only as far as the engine reads them).</summary>
    private static string Write(Level level, int n)
    {
        var number = level.Format.Equals(NumberFormatValues.Bullet) ? "•"
            : level.Format.Equals(NumberFormatValues.Decimal) ? n.ToString(CultureInfo.InvariantCulture)
            : level.Format.Equals(NumberFormatValues.LowerRoman) ? (n is >= 1 and <= 25 ? Romans[n - 1] : "?")
            : n is >= 1 and <= 26 ? ((char)((level.Format.Equals(NumberFormatValues.UpperLetter) ? 'A' : 'a') + n - 1)).ToString() : "?";
        return level.Format.Equals(NumberFormatValues.Bullet) ? "-" : level.Text.Replace("%1", number, StringComparison.Ordinal);
    }

    /// <summary>The numbering part: one abstract list and one list instance for each list of the document.</summary>
    public static Numbering Part(IReadOnlyList<Level[]> lists)
    {
        var numbering = new Numbering();
        for (var n = 0; n < lists.Count; n++)
        {
            var abstractNum = new AbstractNum { AbstractNumberId = n + 1 };
            abstractNum.Append(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel });
            for (var d = 0; d < lists[n].Length; d++)
            {
                var l = lists[n][d];
                abstractNum.Append(new DocumentFormat.OpenXml.Wordprocessing.Level(
                    new StartNumberingValue { Val = l.Start },
                    new NumberingFormat { Val = l.Format },
                    // "%1" is the first level's counter, "%2" the second's: each level shows its own.
                    new LevelText { Val = l.Text.Replace("%1", "%" + (d + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal) },
                    new LevelJustification { Val = LevelJustificationValues.Left },
                    new PreviousParagraphProperties(new Indentation { Left = Indent(d + 1), Hanging = "567" }))
                { LevelIndex = d });
            }
            numbering.Append(abstractNum);
        }
        for (var n = 0; n < lists.Count; n++)
            numbering.Append(new NumberingInstance(new AbstractNumId { Val = n + 1 }) { NumberID = n + 1 });
        return numbering;
    }

    /// <summary>The left indent, in twentieths of a point, of a list level or of a further paragraph at that depth.</summary>
    public static string Indent(int depth) => (567 * depth).ToString(CultureInfo.InvariantCulture);
}
