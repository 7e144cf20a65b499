using CommitteeHub.Amendments.Cleanup;
using CommitteeHub.Amendments.Text;

namespace CommitteeHub.Amendments.Diffing;

/// <summary>
/// The word-level comparison of two aligned blocks. Tokens are compared by their text, so a change of case is a
/// change and a change of bold is not a change of words. The comparison runs in two passes: first a longest common
/// subsequence of the meaningful words only, which anchors the alignment on what the texts say; then, between
/// anchors, of every token. A single pass over all tokens can prefer matching "and the" over matching "appendix"
/// and then show an unchanged word as deleted and inserted again. The clerk's cleanup follows.
/// </summary>
internal static class WordDiffer
{
    /// <summary>Compares two blocks' words and cleans the result up. <paramref name="ids"/>, when given, holds the
    /// numbers given to words so far as a document's pairs of blocks are compared one after another: numbers are only
    /// ever compared with each other, so one dictionary serves every pair, rather than each of a long motion's
    /// thousand changed paragraphs filling its own (half of what the word comparison allocated).</summary>
    public static WordDiff Diff(IReadOnlyList<Token> a, IReadOnlyList<Token> b, Dictionary<string, int>? ids = null) =>
        ScriptCleanup.Apply(Raw(a, b, ids), a, b);

    /// <summary>The comparison before cleanup, for the tests of each cleanup rule.</summary>
    public static List<Segment> Raw(IReadOnlyList<Token> a, IReadOnlyList<Token> b, Dictionary<string, int>? ids = null)
    {
        ids ??= new Dictionary<string, int>(StringComparer.Ordinal);
        var ia = Intern(a, ids);
        var ib = Intern(b, ids);
        var matches = new List<(int A, int B)>(Math.Min(a.Count, b.Count));
        if (a.Count + b.Count <= SentenceAlignedTokens) Words(a, b, ia, ib, (0, a.Count), (0, b.Count), matches);
        else Sentences(a, b, ia, ib, matches);
        return EditScript.FromMatches(matches, a.Count, b.Count);
    }

    // A paragraph longer than this (a constitution's or a budget's, pasted whole) is first aligned sentence by sentence.
    private const int SentenceAlignedTokens = 2_000;

    /// <summary>A long paragraph is aligned on its whole sentences first (unique ones as anchors, then Myers over
    /// sentences), and words are compared only between the sentences that match. Over words alone, a paragraph that
    /// repeats itself has no unique word to anchor on, and Myers costs its length times its changes: a hundred
    /// thousand words with a thousand changes exhausted its budget and showed the paragraph replaced whole.</summary>
    private static void Sentences(IReadOnlyList<Token> a, IReadOnlyList<Token> b, int[] ia, int[] ib, List<(int A, int B)> matches)
    {
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        var sa = SplitSentences(a);
        var sb = SplitSentences(b);
        var anchors = PatienceAnchors.Matches(SentenceIds(ia, sa, keys), SentenceIds(ib, sb, keys));
        int pa = 0, pb = 0;
        foreach (var (x, y) in anchors.Append((sa.Count, sb.Count)))
        {
            var (aEnd, bEnd) = x < sa.Count ? (sa[x].Start, sb[y].Start) : (a.Count, b.Count);
            Words(a, b, ia, ib, (pa, aEnd), (pb, bEnd), matches);
            if (x == sa.Count) break;
            for (var t = 0; t < sa[x].Length; t++) matches.Add((sa[x].Start + t, sb[y].Start + t));
            (pa, pb) = (sa[x].Start + sa[x].Length, sb[y].Start + sb[y].Length);
        }
    }

    private static List<(int Start, int Length)> SplitSentences(IReadOnlyList<Token> tokens)
    {
        var sentences = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < tokens.Count; i++)
            if (tokens[i].Text is "." or "!" or "?" or ";" || i == tokens.Count - 1)
            {
                sentences.Add((start, i + 1 - start));
                start = i + 1;
            }
        return sentences;
    }

    private static int[] SentenceIds(int[] ids, List<(int Start, int Length)> sentences, Dictionary<string, int> keys)
    {
        var result = new int[sentences.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            var key = string.Join(',', ids.AsSpan(sentences[s].Start, sentences[s].Length).ToArray());
            if (!keys.TryGetValue(key, out var id)) keys[key] = id = keys.Count;
            result[s] = id;
        }
        return result;
    }

    /// <summary>Appends the matches between tokens [A.Lo, A.Hi) and [B.Lo, B.Hi): first a longest common
    /// subsequence of their meaningful words, then of every token between those anchors.</summary>
    private static void Words(IReadOnlyList<Token> a, IReadOnlyList<Token> b, int[] ia, int[] ib, (int Lo, int Hi) ra, (int Lo, int Hi) rb,
        List<(int A, int B)> matches)
    {
        if (ra.Lo >= ra.Hi || rb.Lo >= rb.Hi) return;
        var ca = Meaningful(a, ra);
        var cb = Meaningful(b, rb);
        var anchors = Myers.Matches(Select(ia, ca), Select(ib, cb));
        int pa = ra.Lo, pb = rb.Lo;
        for (var k = 0; k <= anchors.Count; k++)
        {
            var (ma, mb) = k < anchors.Count ? (ca[anchors[k].A], cb[anchors[k].B]) : (ra.Hi, rb.Hi);
            Myers.AddMatches(ia, pa, ma, ib, pb, mb, matches);
            if (k < anchors.Count) matches.Add((ma, mb));
            pa = ma + 1;
            pb = mb + 1;
        }
    }

    private static int[] Select(int[] ids, List<int> indexes)
    {
        var result = new int[indexes.Count];
        for (var i = 0; i < result.Length; i++) result[i] = ids[indexes[i]];
        return result;
    }

    private static List<int> Meaningful(IReadOnlyList<Token> tokens, (int Lo, int Hi) range)
    {
        var list = new List<int>();
        for (var i = range.Lo; i < range.Hi; i++)
            if (tokens[i].IsWordLike && !FunctionWords.IsFunctionWord(tokens[i].Text)) list.Add(i);
        return list;
    }

    private static int[] Intern(IReadOnlyList<Token> tokens, Dictionary<string, int> ids)
    {
        var result = new int[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!ids.TryGetValue(tokens[i].Text, out var id)) ids[tokens[i].Text] = id = ids.Count;
            result[i] = id;
        }
        return result;
    }
}

/// <summary>A cleaned-up word comparison; <see cref="ReplacedWhole"/> when the block is better read as replaced.</summary>
internal sealed record WordDiff(List<Segment> Script, bool ReplacedWhole);
