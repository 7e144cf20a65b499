using CommitteeHub.Amendments.Text;

namespace CommitteeHub.Amendments.Cleanup;

/// <summary>How good a place the gap before token <c>p</c> is for a change to begin or end: the edge of the block
/// is best, then the end of a sentence, a clause, a phrase; an ordinary gap between words is worst.</summary>
internal static class BoundaryScore
{
    public static int At(IReadOnlyList<Token> tokens, int p)
    {
        if (p <= 0 || p >= tokens.Count) return 10;
        var left = tokens[p - 1].Text;
        var right = tokens[p].Text;
        if (left is "." or "!" or "?") return 8;
        if (left is ";" or ":") return 6;
        if (left is ",") return 4;
        if (left is ")" || right is "(") return 3;
        return 1;
    }

    /// <summary>The score of a change occupying tokens [start, end): both its edges, and a little more when it
    /// begins with a word that starts a phrase ("and the Deputy", not "Deputy and the").</summary>
    public static int ForSpan(IReadOnlyList<Token> tokens, int start, int end)
    {
        var score = At(tokens, start) + At(tokens, end);
        if (start < end && FunctionWords.StartsPhrase(tokens[start].Text)) score += 1;
        return score;
    }
}
