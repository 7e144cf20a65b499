using System.Text.RegularExpressions;
using CommitteeHub.Amendments.Text;

namespace CommitteeHub.Amendments.Parsing;

/// <summary>Recognises the typed markers of council motions, "(a)", "(ii)", "(3)", at the start of a paragraph.</summary>
internal static partial class LetteredMarker
{
    [GeneratedRegex("^([a-z]{1,2}|[A-Z]|[ivxlc]{1,6}|[IVXLC]{1,6}|[0-9]{1,3})$")]
    private static partial Regex Inner();

    /// <summary>If the tokens begin with a bracketed marker followed by a space (or nothing), returns the marker and
    /// the tokens after it: the same list, the marker removed from it (the reader's list is its own: copying every
    /// lettered paragraph's words, with the list item's own copy, was 3 of the 24 MB reading a long motion allocated).</summary>
    public static bool TrySplit(List<Token> tokens, out string marker, out List<Token> rest)
    {
        marker = "";
        rest = tokens;
        if (tokens.Count < 3) return false;
        var (open, inner, close) = (tokens[0], tokens[1], tokens[2]);
        if (open.Text != "(" || close.Text != ")" || inner.SpaceBefore || close.SpaceBefore) return false;
        if (open.Marks != Marks.None || inner.Marks != Marks.None || close.Marks != Marks.None) return false;
        if (!Inner().IsMatch(inner.Text)) return false;
        if (tokens.Count > 3 && !tokens[3].SpaceBefore) return false;

        marker = "(" + inner.Text + ")";
        tokens.RemoveRange(0, 3);
        rest = tokens;
        if (rest.Count > 0) rest[0] = rest[0].WithSpaceBefore(false);
        return true;
    }
}
