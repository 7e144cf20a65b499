using System.Text;
using CsCheck;

namespace CommitteeHub.Amendments.Tests;

/// <summary>Generated motions: blocks of every kind, words with amounts, punctuation, marks and characters that
/// Markdown treats as syntax; and amended versions made by the edits an amendment makes.</summary>
internal static class Generators
{
    public sealed record GWord(string Text, int Mark);

    public sealed record GBlock(string Kind, List<GWord> Words);

    public sealed record Edit(int Kind, int X, int Y, GWord Word, GBlock Block);

    private static readonly string[] Pool =
    [
        "the", "Council", "notes", "report", "and", "to", "of", "a", "in", "for", "Leader", "Cabinet", "services",
        "children", "agrees", "plan", "review", "staff", "Committee", "March", "£2.5m", "2,500", "7", "June", "2019",
        "10.30am", "Vice-Chairman", "Council's", ",", ".", ";", ":", "(", ")", "&", "<b>", "*", "_", "#", "[x]", "-", "1.",
        "2)", "\\", "~", "`", "!", "it", "It", "be", "services;",
    ];

    private static readonly string[] Kinds = ["p", "p", "p", "h", "bullet", "ordered", "lettered", "lettered", "nested"];

    public static readonly Gen<GWord> Word =
        Gen.Select(Gen.OneOf(Pool), Gen.Int[0, 12], (t, m) => new GWord(t, m < 9 ? 0 : m - 8));

    public static readonly Gen<GBlock> Block = Gen.Select(Gen.OneOf(Kinds), Word.List[1, 14], (k, w) => new GBlock(k, w));

    public static readonly Gen<List<GBlock>> Document = Block.List[0, 8];

    public static readonly Gen<Edit> AnEdit =
        Gen.Select(Gen.Int[0, 9], Gen.Int[0, 1000], Gen.Int[0, 1000], Word, Block, (k, x, y, w, b) => new Edit(k, x, y, w, b));

    /// <summary>A motion and an amendment of it.</summary>
    public static readonly Gen<(string Original, string Amended)> Pair =
        Gen.Select(Document, AnEdit.List[0, 8], (doc, edits) => (Render(doc), Render(Apply(doc, edits))));

    /// <summary>A motion and two amendments of it.</summary>
    public static readonly Gen<(string Base, string First, string Second)> Triple =
        Gen.Select(Document, AnEdit.List[0, 5], AnEdit.List[0, 5], (doc, e1, e2) => (Render(doc), Render(Apply(doc, e1)), Render(Apply(doc, e2))));

    /// <summary>Arbitrary text, heavy in Markdown syntax, control characters and broken surrogates.</summary>
    public static readonly Gen<string> Junk =
        Gen.Frequency(
            (3, Gen.Char["ab (c)*_[]<>&#-+1.)\n\t\\`~!|:=>'\"é£"].Array[0, 120].Select(cs => new string(cs))),
            (1, Gen.String[0, 80]),
            (1, Gen.Char[(char)0, (char)0xFFFF].Array[0, 40].Select(cs => new string(cs))));

    public static List<GBlock> Apply(List<GBlock> doc, List<Edit> edits)
    {
        var blocks = doc.Select(b => b with { Words = [.. b.Words] }).ToList();
        foreach (var e in edits)
        {
            if (e.Kind >= 6 || blocks.Count == 0)
            {
                switch (e.Kind)
                {
                    case 6 when blocks.Count > 0: blocks.RemoveAt(e.X % blocks.Count); break;
                    case 7 when blocks.Count > 1:
                        var moved = blocks[e.X % blocks.Count];
                        blocks.Remove(moved);
                        blocks.Insert(e.Y % (blocks.Count + 1), moved);
                        break;
                    case 8 when blocks.Count > 0: blocks[e.X % blocks.Count] = blocks[e.X % blocks.Count] with { Kind = e.Block.Kind }; break;
                    default: blocks.Insert(e.Y % (blocks.Count + 1), e.Block); break;
                }
                continue;
            }
            var words = blocks[e.X % blocks.Count].Words;
            var i = words.Count == 0 ? 0 : e.Y % words.Count;
            switch (e.Kind)
            {
                case 0 when words.Count > 0: words[i] = e.Word; break;
                case 1 when words.Count > 1: words.RemoveAt(i); break;
                case 2: words.Insert(words.Count == 0 ? 0 : e.Y % (words.Count + 1), e.Word); break;
                case 3 when words.Count > 0: words[i] = words[i] with { Mark = (words[i].Mark + 1) % 4 }; break;
                case 4 when words.Count > 0: words[i] = words[i] with { Text = Flip(words[i].Text) }; break;
                case 5 when words.Count > 2: words.RemoveRange(i, Math.Min(3, words.Count - i)); if (words.Count == 0) words.Add(e.Word); break;
            }
        }
        return blocks;
    }

    private static string Flip(string s) => s.Length == 0 ? s : char.IsUpper(s[0]) ? char.ToLowerInvariant(s[0]) + s[1..] : char.ToUpperInvariant(s[0]) + s[1..];

    public static string Render(List<GBlock> blocks)
    {
        var sb = new StringBuilder();
        var letter = 0;
        foreach (var b in blocks)
        {
            letter = b.Kind == "lettered" ? letter + 1 : 0;
            if (sb.Length > 0) sb.Append("\n\n");
            sb.Append(b.Kind switch
            {
                "h" => "## ",
                "bullet" => "- ",
                "ordered" => "1. ",
                "lettered" => $"({(char)('a' + Math.Min(letter, 26) - 1)}) ",
                "nested" => "  - ",
                _ => "",
            });
            var first = true;
            foreach (var w in b.Words)
            {
                if (!first && w.Text is not ("," or "." or ";" or ":" or ")")) sb.Append(' ');
                first = false;
                var delimiter = w.Mark switch { 1 => "**", 2 => "*", 3 => "~~", _ => "" };
                sb.Append(delimiter).Append(w.Text).Append(delimiter);
            }
        }
        return sb.ToString();
    }
}
