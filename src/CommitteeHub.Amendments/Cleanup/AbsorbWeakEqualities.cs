using CommitteeHub.Amendments.Diffing;
using CommitteeHub.Amendments.Text;

namespace CommitteeHub.Amendments.Cleanup;

/// <summary>
/// "it has failed to provide adequate funding to prevent" → "the Council needs to address" shares only "to"; the
/// minimal diff keeps it and shows two replacements around it. A clerk shows one deletion and one insertion. So an
/// unchanged stretch between two changes that is short (three words at most) and made only of function words and
/// joining punctuation is taken into the changes on either side. Full stops, semicolons and colons are never taken:
/// a sentence boundary is a real boundary.
/// </summary>
internal static class AbsorbWeakEqualities
{
    private const int MaxWords = 3;

    public static List<Segment> Apply(List<Segment> script, IReadOnlyList<Token> a)
    {
        script = EditScript.Normalise(script);
        for (var i = 1; i + 1 < script.Count; i++)
        {
            var s = script[i];
            if (!s.IsEqual || script[i - 1].IsEqual || script[i + 1].IsEqual) continue;
            if (!IsWeak(a, s.A, s.ALength)) continue;
            ScriptCleanup.JoinAround(script, i);
            i = Math.Max(0, i - 2);
        }
        return script;
    }

    private static bool IsWeak(IReadOnlyList<Token> a, int start, int length)
    {
        var words = 0;
        for (var k = start; k < start + length; k++)
        {
            if (!FunctionWords.IsWeak(a[k])) return false;
            if (a[k].IsWordLike) words++;
        }
        return words <= MaxWords;
    }
}
