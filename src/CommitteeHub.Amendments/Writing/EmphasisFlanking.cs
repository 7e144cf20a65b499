using CommitteeHub.Amendments.Text;

namespace CommitteeHub.Amendments.Writing;

/// <summary>
/// CommonMark reads a delimiter run as opening emphasis only if it is left-flanking: "**" before punctuation must
/// itself follow a space or punctuation, so "2019**:**" cannot be written with the colon bold. Such marks (which
/// only arise from delimiter soup in the input) cannot be expressed in Markdown without HTML, so the writer drops
/// them, and the canonical form reads back as itself.
/// </summary>
internal static class EmphasisFlanking
{
    private static readonly Marks[] Delimited = [Marks.Bold, Marks.Italic, Marks.Strikethrough];

    public static IReadOnlyList<Token> Expressible(IReadOnlyList<Token> tokens)
    {
        var result = tokens.ToList();
        foreach (var mark in Delimited)
        {
            for (var i = 0; i < result.Count; i++)
            {
                if (!result[i].Marks.Has(mark)) continue;
                var j = i;
                while (j + 1 < result.Count && result[j + 1].Marks.Has(mark)) j++;
                if (!CanOpen(result, i, mark) || !CanClose(result, j, mark))
                    for (var k = i; k <= j; k++) result[k] = result[k] with { Marks = result[k].Marks & ~mark };
                i = j;
            }
        }
        return result;
    }

    private static bool CanOpen(List<Token> t, int i, Marks mark)
    {
        if (!IsPunctuation(t[i].Text[0]) || i == 0 || t[i].SpaceBefore) return true;
        // Another mark closing here puts its delimiter (punctuation) before ours.
        if (Others(t[i - 1], mark) != Others(t[i], mark)) return true;
        return IsPunctuation(t[i - 1].Text[^1]);
    }

    private static bool CanClose(List<Token> t, int j, Marks mark)
    {
        if (!IsPunctuation(t[j].Text[^1]) || j == t.Count - 1 || t[j + 1].SpaceBefore) return true;
        if (Others(t[j + 1], mark) != Others(t[j], mark)) return true;
        return IsPunctuation(t[j + 1].Text[0]);
    }

    private static (Marks, string?) Others(Token t, Marks mark) => (t.Marks & ~mark, t.Href);

    private static bool IsPunctuation(char c) => char.IsPunctuation(c) || char.IsSymbol(c);
}
