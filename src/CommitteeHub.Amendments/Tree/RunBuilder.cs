using CommitteeHub.Amendments.Diffing;
using CommitteeHub.Amendments.Text;

namespace CommitteeHub.Amendments.Tree;

/// <summary>
/// Turns a word comparison into inline runs. Spacing follows two rules. Around a change, a space that both versions
/// have is unchanged, so "the big dog" → "the dog" deletes "big " and keeps one space. A space that only one
/// version has next to an unchanged word (", " against ",") is a whitespace-only run: kept in the tree so that
/// accepting and rejecting are exact, never shown as a change. A space carries the marks shared by the words on
/// both sides of it.
/// </summary>
internal static class RunBuilder
{
    /// <summary>A word of either version or both (the indexes of its tokens, Old and New, -1 where absent), or a
    /// space (neither): 12 bytes, and a long block has two of them a word (as two tokens' references and a text it
    /// was 32).</summary>
    private readonly record struct Piece(RunChange Change, int Old, int New)
    {
        public bool IsSpace => Old < 0 && New < 0;
    }

    private static Piece Space(RunChange change) => new(change, -1, -1);

    public static List<InlineRun> Build(IReadOnlyList<Token> a, IReadOnlyList<Token> b, IReadOnlyList<Segment> script)
    {
        if (script is [{ IsEqual: true }] && Identical(a, b)) return Unchanged(b);
        var pieces = new List<Piece>(Capacity(script));
        // The two sides of a change are laid out in these before they join the pieces: one pair of lists for the
        // block, not two new lists for each of its changes.
        var (old, @new) = (new List<Piece>(), new List<Piece>());
        for (var s = 0; s < script.Count; s++)
        {
            var seg = script[s];
            if (seg.IsEqual) AddEqual(pieces, a, b, seg, afterChange: s > 0);
            else AddChange(pieces, a, b, seg, s + 1 < script.Count ? script[s + 1] : null, old, @new);
        }
        return Merge(pieces, a, b);
    }

    /// <summary>An unchanged block, the common case, without the bookkeeping a change needs: runs split only where
    /// the marks change.</summary>
    private static List<InlineRun> Unchanged(IReadOnlyList<Token> tokens)
    {
        var runs = new List<InlineRun>();
        var text = new System.Text.StringBuilder();
        (Marks Marks, string? Href)? current = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (i > 0 && t.SpaceBefore) Append(Shared(tokens[i - 1], t), " ");
            Append((t.Marks, t.Href), t.Text);
        }
        if (current is { } last) runs.Add(new InlineRun(text.ToString(), RunChange.Equal, last.Marks, last.Marks, last.Href, last.Href));
        return runs;

        void Append((Marks Marks, string? Href) style, string s)
        {
            if (current is { } c && c != style)
            {
                runs.Add(new InlineRun(text.ToString(), RunChange.Equal, c.Marks, c.Marks, c.Href, c.Href));
                text.Clear();
            }
            current = style;
            text.Append(s);
        }
    }

    private static bool Identical(IReadOnlyList<Token> a, IReadOnlyList<Token> b)
    {
        if (a.Count != b.Count) return false;
        for (var i = 0; i < a.Count; i++)
            if (!a[i].SameContentAs(b[i]) || (i > 0 && a[i].SpaceBefore != b[i].SpaceBefore)) return false;
        return true;
    }

    public static List<InlineRun> Whole(IReadOnlyList<Token> tokens, RunChange change)
    {
        var seg = change == RunChange.Deleted ? Segment.Change(0, tokens.Count, 0, 0) : Segment.Change(0, 0, 0, tokens.Count);
        return change == RunChange.Deleted ? Build(tokens, [], [seg]) : Build([], tokens, [seg]);
    }

    private static void AddEqual(List<Piece> pieces, IReadOnlyList<Token> a, IReadOnlyList<Token> b, Segment seg, bool afterChange)
    {
        for (var k = 0; k < seg.ALength; k++)
        {
            var (ta, tb) = (a[seg.A + k], b[seg.B + k]);
            // The space before the first word after a change was laid out with the change.
            if (!(k == 0 && afterChange))
            {
                var (sa, sb) = (ta.SpaceBefore && seg.A + k > 0, tb.SpaceBefore && seg.B + k > 0);
                if (sa && sb) pieces.Add(Space(RunChange.Equal));
                else if (sa) pieces.Add(Space(RunChange.Deleted));
                else if (sb) pieces.Add(Space(RunChange.Inserted));
            }
            var format = ta.Marks != tb.Marks || ta.Href != tb.Href;
            pieces.Add(new Piece(format ? RunChange.FormatChanged : RunChange.Equal, seg.A + k, seg.B + k));
        }
    }

    private static void AddChange(List<Piece> pieces, IReadOnlyList<Token> a, IReadOnlyList<Token> b, Segment seg, Segment? next,
        List<Piece> old, List<Piece> @new)
    {
        Side(old, a, seg.A, seg.ALength, next is { } n ? n.A : -1, RunChange.Deleted);
        Side(@new, b, seg.B, seg.BLength, next is { } m ? m.B : -1, RunChange.Inserted);

        if (old.Count > 0 && @new.Count > 0 && old[0].IsSpace && @new[0].IsSpace)
        {
            pieces.Add(Space(RunChange.Equal));
            old.RemoveAt(0);
            @new.RemoveAt(0);
        }
        var trailing = old.Count > 0 && @new.Count > 0 && old[^1].IsSpace && @new[^1].IsSpace;
        if (trailing)
        {
            old.RemoveAt(old.Count - 1);
            @new.RemoveAt(@new.Count - 1);
        }
        pieces.AddRange(old);
        pieces.AddRange(@new);
        if (trailing) pieces.Add(Space(RunChange.Equal));
    }

    /// <summary>One side of a change as pieces: each token with its leading space, then the space before the next
    /// unchanged word.</summary>
    private static void Side(List<Piece> list, IReadOnlyList<Token> tokens, int start, int length, int nextIndex, RunChange change)
    {
        list.Clear();
        for (var i = start; i < start + length; i++)
        {
            if (tokens[i].SpaceBefore && i > 0) list.Add(Space(change));
            list.Add(change == RunChange.Deleted ? new Piece(change, i, -1) : new Piece(change, -1, i));
        }
        if (nextIndex >= 0 && nextIndex < tokens.Count && tokens[nextIndex].SpaceBefore && nextIndex > 0)
            list.Add(Space(change));
    }

    /// <summary>Gives each space the marks its neighbours share, then joins pieces with the same change and marks.
    /// Linear in the number of pieces: a block replaced whole may have tens of thousands.</summary>
    private static List<InlineRun> Merge(List<Piece> pieces, IReadOnlyList<Token> a, IReadOnlyList<Token> b)
    {
        Token? Old(int p) => p < pieces.Count && pieces[p].Old >= 0 ? a[pieces[p].Old] : null;
        Token? New(int p) => p < pieces.Count && pieces[p].New >= 0 ? b[pieces[p].New] : null;
        // The nearest word of each version before and after the piece: the one before is the last seen, the one
        // after is found by looking ahead, once for each stretch of spaces and other pieces the version lacks.
        Token? oldBefore = null, newBefore = null;
        int oldAfter = -1, newAfter = -1;
        var runs = new List<InlineRun>();
        var text = new System.Text.StringBuilder();
        Style? current = null;
        for (var p = 0; p < pieces.Count; p++)
        {
            var piece = pieces[p];
            Style style;
            if (piece.IsSpace)
            {
                if (oldAfter <= p) oldAfter = NextVisible(pieces, p, original: true);
                if (newAfter <= p) newAfter = NextVisible(pieces, p, original: false);
                var (oldMarks, oldHref) = Shared(oldBefore, Old(oldAfter));
                var (newMarks, newHref) = Shared(newBefore, New(newAfter));
                style = piece.Change switch
                {
                    RunChange.Deleted => new Style(RunChange.Deleted, oldMarks, oldMarks, oldHref, oldHref),
                    RunChange.Inserted => new Style(RunChange.Inserted, newMarks, newMarks, newHref, newHref),
                    _ => new Style(oldMarks == newMarks && oldHref == newHref ? RunChange.Equal : RunChange.FormatChanged,
                        newMarks, oldMarks, newHref, oldHref),
                };
            }
            else
            {
                var (o, n) = (piece.Old >= 0 ? a[piece.Old] : default, piece.New >= 0 ? b[piece.New] : default);
                style = piece.Change switch
                {
                    RunChange.Deleted => new Style(RunChange.Deleted, o.Marks, o.Marks, o.Href, o.Href),
                    RunChange.Inserted => new Style(RunChange.Inserted, n.Marks, n.Marks, n.Href, n.Href),
                    _ => new Style(piece.Change, n.Marks, o.Marks, n.Href, o.Href),
                };
            }
            if (current is { } c && c != style)
            {
                runs.Add(c.Run(text.ToString()));
                text.Clear();
            }
            current = style;
            text.Append(piece.IsSpace ? " " : piece.New >= 0 ? b[piece.New].Text : a[piece.Old].Text);
            if (Visible(piece, original: true)) oldBefore = Old(p);
            if (Visible(piece, original: false)) newBefore = New(p);
        }
        if (current is { } last) runs.Add(last.Run(text.ToString()));
        return runs;
    }

    /// <summary>The number of pieces a script makes, at most: a word and the space before it for every token.</summary>
    private static int Capacity(IReadOnlyList<Segment> script)
    {
        var n = 16;
        foreach (var seg in script) n += seg.IsEqual ? 2 * seg.ALength : 2 * (seg.ALength + seg.BLength) + 2;
        return n;
    }

    /// <summary>The index of the first piece after <paramref name="p"/> that is a word of the original (or the
    /// amended) version, or the number of pieces when none is.</summary>
    private static int NextVisible(List<Piece> pieces, int p, bool original)
    {
        for (var i = p + 1; i < pieces.Count; i++)
            if (Visible(pieces[i], original)) return i;
        return pieces.Count;
    }

    /// <summary>Everything about a run but its text: pieces with the same style join.</summary>
    private readonly record struct Style(RunChange Change, Marks Marks, Marks OldMarks, string? Href, string? OldHref)
    {
        public InlineRun Run(string text) => new(text, Change, Marks, OldMarks, Href, OldHref);
    }

    private static (Marks, string?) Shared(Token? before, Token? after)
    {
        if (before is not { } x || after is not { } y) return (Marks.None, null);
        var marks = x.Marks & y.Marks;
        if (marks.Has(Marks.Link) && x.Href != y.Href) marks &= ~Marks.Link;
        return (marks, marks.Has(Marks.Link) ? y.Href : null);
    }

    private static bool Visible(Piece piece, bool original) =>
        !piece.IsSpace && (original ? piece.Change != RunChange.Inserted : piece.Change != RunChange.Deleted);
}
