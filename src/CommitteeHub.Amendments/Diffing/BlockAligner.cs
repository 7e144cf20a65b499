using CommitteeHub.Amendments.Parsing;

namespace CommitteeHub.Amendments.Diffing;

internal enum AlignKind
{
    /// <summary>The same content in both (its shape may still differ).</summary>
    Same,
    /// <summary>An original block and its amended version.</summary>
    Paired,
    Deleted,
    Inserted,
    MovedFrom,
    MovedTo,
}

/// <summary>One entry of the aligned sequence; A and B are block indexes (-1 when absent). A move's two entries
/// both carry both indexes.</summary>
internal readonly record struct Alignment(AlignKind Kind, int A, int B);

/// <summary>
/// Aligns the blocks of two versions before any word is compared: blocks with identical content anchor the
/// alignment (unique blocks first, <see cref="PatienceAnchors"/>, then a longest common subsequence between them);
/// in each gap between anchors, blocks are paired by
/// similarity; a block that disappears in one place and appears in another, unchanged or nearly so, is a move.
/// Markers are not content, so a relettered or renumbered list aligns item for item.
/// </summary>
internal static class BlockAligner
{
    private const double PairThreshold = 0.3;
    private const double MoveThreshold = 0.8;
    private const int MoveMinWords = 4;
    private const int BandWidth = 25;

    public static List<Alignment> Align(Document a, Document b, CancellationToken cancellation = default)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var ka = a.Blocks.Select(x => Id(ids, x.Key)).ToArray();
        var kb = b.Blocks.Select(x => Id(ids, x.Key)).ToArray();
        var anchors = PatienceAnchors.Matches(ka, kb);
        var similarity = new BlockSimilarity(a, b);

        // Gaps between anchors, and the blocks in them.
        var gaps = new List<(int A0, int A1, int B0, int B1)>();
        int pa = 0, pb = 0;
        foreach (var (ma, mb) in anchors.Append((a.Blocks.Count, b.Blocks.Count)))
        {
            gaps.Add((pa, ma, pb, mb));
            pa = ma + 1;
            pb = mb + 1;
        }

        var movedA = new Dictionary<int, int>();
        var movedB = new Dictionary<int, int>();
        FindExactMoves(gaps, ka, kb, movedA, movedB);

        var pairs = new Dictionary<int, int>();
        foreach (var g in gaps) PairGap(g, a, b, similarity, movedA, movedB, pairs, cancellation);

        FindSimilarMoves(gaps, similarity, movedA, movedB, pairs);

        var result = new List<Alignment>();
        var gi = 0;
        foreach (var (ma, mb) in anchors.Append((-1, -1)))
        {
            EmitGap(gaps[gi++], pairs, movedA, movedB, result);
            if (ma >= 0) result.Add(new Alignment(AlignKind.Same, ma, mb));
        }
        return result;
    }

    private static int Id(Dictionary<string, int> ids, string key)
    {
        if (!ids.TryGetValue(key, out var id)) ids[key] = id = ids.Count;
        return id;
    }

    /// <summary>Blocks with identical content on both sides but in different gaps (or out of order in one gap) are
    /// moves; they are found before pairing so that two swapped paragraphs are not paired with each other.</summary>
    private static void FindExactMoves(List<(int A0, int A1, int B0, int B1)> gaps, int[] ka, int[] kb,
        Dictionary<int, int> movedA, Dictionary<int, int> movedB)
    {
        var inserted = new Dictionary<int, Queue<int>>();
        foreach (var g in gaps)
            for (var j = g.B0; j < g.B1; j++)
            {
                if (!inserted.TryGetValue(kb[j], out var q)) inserted[kb[j]] = q = new Queue<int>();
                q.Enqueue(j);
            }
        foreach (var g in gaps)
            for (var i = g.A0; i < g.A1; i++)
                if (inserted.TryGetValue(ka[i], out var q) && q.Count > 0)
                {
                    var j = q.Dequeue();
                    movedA[i] = j;
                    movedB[j] = i;
                }
    }

    /// <summary>Pairs the remaining deleted and inserted blocks of one gap, in order, maximising total similarity.
    /// A gap of one block against one block of the same kind is a pair whatever the similarity: it is that paragraph,
    /// rewritten.</summary>
    private static void PairGap((int A0, int A1, int B0, int B1) g, Document a, Document b, BlockSimilarity sim,
        Dictionary<int, int> movedA, Dictionary<int, int> movedB, Dictionary<int, int> pairs, CancellationToken cancellation)
    {
        var xs = Enumerable.Range(g.A0, g.A1 - g.A0).Where(i => !movedA.ContainsKey(i)).ToArray();
        var ys = Enumerable.Range(g.B0, g.B1 - g.B0).Where(j => !movedB.ContainsKey(j)).ToArray();
        if (xs.Length == 0 || ys.Length == 0) return;

        if (xs.Length == 1 && ys.Length == 1)
        {
            var (fa, fb) = (a.Blocks[xs[0]].Format, b.Blocks[ys[0]].Format);
            if ((fa.Kind == fb.Kind && fa.Depth == fb.Depth) || sim.Of(xs[0], ys[0]) >= PairThreshold) pairs[xs[0]] = ys[0];
            return;
        }

        var band = new Band(xs.Length, ys.Length);
        for (var i = 1; i <= xs.Length; i++)
        {
            cancellation.ThrowIfCancellationRequested();
            band.StartRow(i);
            for (var j = band.Lo[i]; j <= band.Hi[i]; j++)
            {
                var best = Math.Max(band.Score(i - 1, j), band.Score(i, j - 1));
                var s = sim.Of(xs[i - 1], ys[j - 1]);
                if (i == 1 && j == 1 && SameOpening(a.Blocks[xs[0]], b.Blocks[ys[0]])) s = Math.Max(s, PairThreshold);
                if (s >= PairThreshold) best = Math.Max(best, band.Score(i - 1, j - 1) + s);
                band.Set(i, j, best);
            }
        }
        for (int i = xs.Length, j = ys.Length; i > 0 && j > 0;)
        {
            if (band.Score(i, j) == band.Score(i - 1, j)) i--;
            else if (band.Score(i, j) == band.Score(i, j - 1)) j--;
            else { pairs[xs[i - 1]] = ys[j - 1]; i--; j--; }
        }
    }

    /// <summary>
    /// The scores of a gap's pairing, kept only near the diagonal once the gap is large: row i holds the columns
    /// within <see cref="BandWidth"/> of i × n / m, so time and memory grow with the gap, not its square. Outside the
    /// band nothing pairs, so a cell there scores what the nearest cell of the band beside it (to its left in its
    /// row) or above it (in its column) scores: the scores only grow rightwards and downwards.
    /// </summary>
    private sealed class Band
    {
        private readonly double[][] _rows;
        private readonly double[] _left; // each row's score just left of its band: the row above's there
        public readonly int[] Lo;
        public readonly int[] Hi;

        public Band(int m, int n)
        {
            var full = (long)m * n <= 2500;
            (_rows, _left, Lo, Hi) = (new double[m + 1][], new double[m + 1], new int[m + 1], new int[m + 1]);
            for (var i = 0; i <= m; i++)
            {
                Lo[i] = full ? 1 : (int)Math.Max(1, (long)i * n / m - BandWidth);
                Hi[i] = full ? n : (int)Math.Min(n, (long)i * n / m + BandWidth);
            }
            _rows[0] = [];
        }

        public void StartRow(int i)
        {
            _rows[i] = new double[Math.Max(0, Hi[i] - Lo[i] + 1)];
            _left[i] = Score(i - 1, Lo[i] - 1);
        }

        public void Set(int i, int j, double score) => _rows[i][j - Lo[i]] = score;

        public double Score(int i, int j)
        {
            while (true)
            {
                if (i == 0 || j == 0) return 0;
                if (j > Hi[i]) j = Hi[i];
                if (j >= Lo[i]) return _rows[i][j - Lo[i]];
                if (j == Lo[i] - 1) return _left[i];
                i--;
            }
        }
    }

    /// <summary>"Delete all after 'This Council' and insert ...", over several paragraphs: the first paragraph of a
    /// rewritten stretch keeps its opening words, and is that paragraph rewritten, however little else it shares
    /// with the new one. So the first blocks of a gap pair when they are of one kind and open with the same words,
    /// a meaningful one among them.</summary>
    private static bool SameOpening(DocBlock x, DocBlock y)
    {
        if (x.Format.Kind != y.Format.Kind || x.Format.Depth != y.Format.Depth) return false;
        for (var t = 0; t < Math.Min(x.Tokens.Count, y.Tokens.Count) && x.Tokens[t].Text == y.Tokens[t].Text; t++)
            if (x.Tokens[t].IsWordLike && !Text.FunctionWords.IsFunctionWord(x.Tokens[t].Text)) return true;
        return false;
    }

    /// <summary>Near-identical blocks left unpaired on both sides, in different places: moved and lightly edited.</summary>
    private static void FindSimilarMoves(List<(int A0, int A1, int B0, int B1)> gaps, BlockSimilarity sim,
        Dictionary<int, int> movedA, Dictionary<int, int> movedB, Dictionary<int, int> pairs)
    {
        var paired = pairs.Values.ToHashSet();
        var deleted = gaps.SelectMany(g => Enumerable.Range(g.A0, g.A1 - g.A0))
            .Where(i => !movedA.ContainsKey(i) && !pairs.ContainsKey(i) && sim.WordCountA(i) >= MoveMinWords).Take(200).ToList();
        var inserted = gaps.SelectMany(g => Enumerable.Range(g.B0, g.B1 - g.B0))
            .Where(j => !movedB.ContainsKey(j) && !paired.Contains(j)).Take(200).ToList();
        var candidates = new List<(double Score, int I, int J)>();
        foreach (var i in deleted)
            foreach (var j in inserted)
            {
                var s = sim.Of(i, j);
                if (s >= MoveThreshold) candidates.Add((s, i, j));
            }
        foreach (var (_, i, j) in candidates.OrderByDescending(c => c.Score))
        {
            if (movedA.ContainsKey(i) || movedB.ContainsKey(j)) continue;
            movedA[i] = j;
            movedB[j] = i;
        }
    }

    /// <summary>Orders a gap's entries: each pair in place, with the unpaired deletions and insertions that come
    /// before it in their own version first, deletions before insertions.</summary>
    private static void EmitGap((int A0, int A1, int B0, int B1) g, Dictionary<int, int> pairs,
        Dictionary<int, int> movedA, Dictionary<int, int> movedB, List<Alignment> result)
    {
        int i = g.A0, j = g.B0;
        foreach (var (pi, pj) in Enumerable.Range(g.A0, g.A1 - g.A0).Where(pairs.ContainsKey).Select(x => (x, pairs[x])))
        {
            for (; i < pi; i++) result.Add(Unpaired(i, true, movedA));
            for (; j < pj; j++) result.Add(Unpaired(j, false, movedB));
            result.Add(new Alignment(AlignKind.Paired, pi, pj));
            i = pi + 1;
            j = pj + 1;
        }
        for (; i < g.A1; i++) result.Add(Unpaired(i, true, movedA));
        for (; j < g.B1; j++) result.Add(Unpaired(j, false, movedB));
    }

    private static Alignment Unpaired(int index, bool original, Dictionary<int, int> moved) =>
        original
            ? moved.TryGetValue(index, out var to) ? new Alignment(AlignKind.MovedFrom, index, to) : new Alignment(AlignKind.Deleted, index, -1)
            : moved.TryGetValue(index, out var from) ? new Alignment(AlignKind.MovedTo, from, index) : new Alignment(AlignKind.Inserted, -1, index);
}
