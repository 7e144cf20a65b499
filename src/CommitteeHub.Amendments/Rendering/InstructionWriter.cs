namespace CommitteeHub.Amendments.Rendering;

/// <summary>
/// Words the amendment as an order paper does: "leave out 'all elements' and insert 'the overall effectiveness'",
/// "after 'Young People' insert '...'", "leave out paragraph (d)". Instructions apply in order, each to the text as
/// the ones before it left it, and each quotes enough to be unambiguous: an insertion point is named by at least two
/// words, more when those occur twice in the paragraph; a phrase that occurs elsewhere in the motion is placed with
/// "in paragraph (a), ...".
/// </summary>
internal sealed class InstructionWriter
{
    private const int MinInsertContext = 2;

    // As Cleanup.RewriteAfterKeptWords: a shorter replacement at the end of a paragraph is an ordinary "leave out".
    private const int DeleteAllAfterWords = 8;

    // Beyond a dozen words a quotation stops helping a reader; in text that repeats itself it could grow without end.
    private const int MaxContext = 12;

    private readonly ChangeTree _tree;
    private readonly MotionIndex _current; // each block's text as it stands so far; null when not in the text
    private readonly List<string> _out = [];
    private readonly CancellationToken _cancellation;
    private ParagraphInProgress? _inProgress; // the paragraph whose changes are being worded, as it stands so far
    private int _inProgressBlock = -1;
    private bool _deleteAllAfter; // the last change worded was "delete all after"

    private InstructionWriter(ChangeTree tree, CancellationToken cancellation)
    {
        _tree = tree;
        _cancellation = cancellation;
        _current = new MotionIndex(tree.Blocks.Select(b => b.OldFormat is null ? null : b.OriginalText).ToList());
    }

    public static List<string> Write(ChangeTree tree, CancellationToken cancellation = default)
    {
        var w = new InstructionWriter(tree, cancellation);
        for (var k = 0; k < tree.Blocks.Count; k++)
        {
            w.Block(k);
            if (w._deleteAllAfter && w.RewritesTheRest(k)) break;
        }
        return w._out;
    }

    /// <summary>When the last change of block <paramref name="k"/> was "delete all after" and every block after it is
    /// left out, replaced whole or new, the amendment rewrote the rest of the motion: one instruction says so,
    /// "delete all after 'This Council' and insert '...' and new paragraphs: '...'; '...'", as the order paper
    /// words it.</summary>
    private bool RewritesTheRest(int k)
    {
        var rest = _tree.Blocks.Skip(k + 1).ToList();
        if (rest.Count == 0 || !rest.All(b => b.Change is BlockChangeKind.Deleted or BlockChangeKind.Inserted || b is { Change: BlockChangeKind.Modified, ReplacedWhole: true })) return false;
        var added = rest.Where(b => b.Change != BlockChangeKind.Deleted).Select(b =>
            BlockNames.NewBlock(b.NewFormat!) is var name && name.StartsWith("paragraph (", StringComparison.Ordinal)
                ? $"{name["paragraph ".Length..]} {Quote(b.AmendedText)}" : Quote(b.AmendedText)).ToList();
        if (added.Count > 0) _out[^1] += $" and {(added.Count == 1 ? "a new paragraph" : "new paragraphs")}: {string.Join("; ", added)}";
        return true;
    }

    private void Block(int k)
    {
        _cancellation.ThrowIfCancellationRequested();
        var b = _tree.Blocks[k];
        switch (b.Change)
        {
            case BlockChangeKind.Deleted:
                _out.Add($"leave out {Ref(k)}");
                _current.Set(k, null);
                break;
            case BlockChangeKind.Inserted:
                _out.Add($"{Where(k)} insert a new {BlockNames.NewBlock(b.NewFormat!)}: {Quote(b.AmendedText)}");
                _current.Set(k, b.AmendedText);
                break;
            case BlockChangeKind.MovedTo:
                Moved(k);
                break;
            case BlockChangeKind.Modified:
                Modified(k);
                _current.Set(k, b.AmendedText);
                break;
        }
    }

    private void Moved(int k)
    {
        var b = _tree.Blocks[k];
        var from = b.MovePartner;
        var what = from >= 0 ? Ref(from) : "the paragraph";
        if (from >= 0) _current.Set(from, null);
        var where = Where(k);
        _out.Add(b.Runs.Any(r => r.IsVisibleChange)
            ? $"leave out {what} and {where} insert a new {BlockNames.NewBlock(b.NewFormat!)}: {Quote(b.AmendedText)}"
            : where == "at the beginning" ? $"move {what} to the beginning" : $"move {what} to follow {where["after ".Length..]}");
        _current.Set(k, b.AmendedText);
    }

    private void Modified(int k)
    {
        var b = _tree.Blocks[k];
        if (b.ShapeChanged) _out.Add($"make {Ref(k)} a {b.NewFormat!.Describe()}");
        if (b.ReplacedWhole)
        {
            _out.Add($"leave out the text of {Ref(k)} and insert {Quote(b.AmendedText)}");
            return;
        }

        var groups = RunGroups.Of(b.Runs);
        var running = _inProgress = new ParagraphInProgress(b.AmendedText, b.OriginalText);
        _inProgressBlock = k;
        for (var g = 0; g < groups.Count;)
        {
            var group = groups[g];
            if (group.Change == RunChange.Equal || group.IsWhitespace)
            {
                running.Advance(RunText.Length(group.Runs, RunText.Amended), RunText.Length(group.Runs, RunText.Original));
                g++;
                continue;
            }
            var end = g;
            if (group.Change == RunChange.FormatChanged) end = g + 1;
            else while (end < groups.Count && groups[end].Change is RunChange.Inserted or RunChange.Deleted) end++;

            var hunk = new List<InlineRun>();
            for (var h = g; h < end; h++) hunk.AddRange(groups[h].Runs);
            Hunk(k, running, hunk);
            running.Advance(RunText.Length(hunk, RunText.Amended), RunText.Length(hunk, RunText.Original));
            g = end;
        }
        _inProgress = null;
    }

    /// <summary>Words one change of paragraph <paramref name="k"/>, whose text so far is <paramref name="running"/>:
    /// the amended text before the change, then the original text from the change on.</summary>
    private void Hunk(int k, ParagraphInProgress running, List<InlineRun> hunk)
    {
        var old = RunText.Join(hunk, RunText.Original);
        var at = running.Done;
        var removed = RunText.Join(hunk, RunText.Deleted).Trim();
        var added = RunText.Join(hunk, RunText.Inserted).Trim();

        if (hunk[0].Change == RunChange.FormatChanged)
        {
            var (prefix, context) = Place(k, running, at + Lead(old), old.Trim(), 0);
            _out.Add($"{prefix}{After(context)}change the formatting of {Quote(old.Trim())} ({MarkNames.Describe(hunk[0].OldMarks, hunk[0].Marks)})");
            return;
        }
        if (removed.Length == 0)
        {
            var trimmed = at;
            while (trimmed > 0 && char.IsWhiteSpace(running[trimmed - 1])) trimmed--;
            if (trimmed == 0)
            {
                _out.Add($"at the beginning of {Ref(k)}, insert {Quote(added)}");
                return;
            }
            var (prefix, context) = Place(k, running, trimmed, "", MinInsertContext);
            _out.Add($"{prefix}after '{context}' insert '{added}'");
            return;
        }
        _deleteAllAfter = false;
        if (RewritesToTheEnd(running, at, old, removed, added) is { } kept)
        {
            _deleteAllAfter = true;
            _out.Add($"{kept.Prefix}delete all after '{kept.Context}' and insert '{added}'");
            return;
        }
        if (RewritesFromTheStart(k, running, at, old, removed, added) is { } before)
        {
            _out.Add($"{before.Prefix}delete all before '{before.Kept}' and insert '{before.Inserted}'");
            return;
        }
        var (p, c) = Place(k, running, at + Lead(old), removed, MinContext(removed));
        _out.Add(added.Length == 0
            ? $"{p}{After(c)}leave out '{removed}'"
            : $"{p}{After(c)}leave out '{removed}' and insert '{added}'");
    }

    /// <summary>"delete all after 'This Council' and insert '...'": a long replacement that runs to the end of the
    /// paragraph, after words it keeps, is worded as clerks word it. The kept words are quoted whole when they are the
    /// paragraph's opening of up to three words, otherwise the fewest words before the change that are unique (never
    /// a lone "that").</summary>
    private (string Prefix, string Context)? RewritesToTheEnd(ParagraphInProgress running, int at, string old, string removed, string added)
    {
        if (added.Length == 0 || running.Length != at + old.Length || Words.WordCount(removed) < DeleteAllAfterWords) return null;
        var end = at;
        while (end > 0 && char.IsWhiteSpace(running[end - 1])) end--;
        if (end == 0) return null;
        var k = _inProgressBlock;
        if (end < 64 && running.Slice(0, end) is var opening && Words.WordCount(opening) <= 3)
            return (InMotion(k, running, opening + " " + removed) > 1 ? $"in {Ref(k)}, " : "", opening);
        var placed = Place(k, running, end, "", 1);
        return Words.WordCount(placed.Context) == 1 && Text.FunctionWords.IsFunctionWord(placed.Context) ? Place(k, running, end, "", 2) : placed;
    }

    /// <summary>"delete all before 'the Cabinet will consider' and insert '...'": the mirror of "delete all after", a
    /// long replacement from the start of the paragraph up to words it keeps. The kept words are quoted from the first
    /// word after the change, two or more until unique (in its paragraph, when that is named, as <see cref="Place"/>
    /// does); what stands between (", ") goes with the insertion, since
    /// everything before the quotation is replaced.</summary>
    private (string Prefix, string Kept, string Inserted)? RewritesFromTheStart(int k, ParagraphInProgress running, int at, string old, string removed, string added)
    {
        if (added.Length == 0 || Words.WordCount(removed) < DeleteAllAfterWords || !running.BlankBefore(at)) return null;
        var end = at + old.Length;
        var rest = running.Slice(end, Math.Min(running.Length, end + 1_000));
        var starts = Words.Starts(rest);
        if (starts.Count < MinInsertContext) return null;
        var between = rest[..starts[0]];
        var cited = _tree.Blocks[k].Format is { Kind: BlockKind.ListItem, Ordered: true };
        var kept = "";
        for (var n = MinInsertContext; n <= Math.Min(MaxContext, starts.Count); n++)
        {
            kept = (n < starts.Count ? rest[starts[0]..starts[n]] : rest[starts[0]..]).TrimEnd();
            if (running.Count(kept, 2) == 1 && (cited || InMotion(k, running, kept) <= 1)) break;
        }
        var prefix = InMotion(k, running, kept) > 1 ? $"in {Ref(k)}, " : "";
        return (prefix, kept, (added + between).TrimEnd());
    }

    /// <summary>Finds the shortest context before <paramref name="at"/> (at least <paramref name="minWords"/> words)
    /// that, with the quoted phrase, occurs once in the paragraph. A lettered or numbered paragraph is then named
    /// ("in paragraph (b), ...") if the phrase also occurs elsewhere in the motion; in an unnumbered one the context
    /// grows until it is unique in the whole motion, since "the paragraph beginning '...'" is clumsier than a
    /// word or two more of quotation.</summary>
    private (string Prefix, string Context) Place(int k, ParagraphInProgress running, int at, string phrase, int minWords)
    {
        _cancellation.ThrowIfCancellationRequested();
        var starts = running.StartsBefore(at, MaxContext);
        var cited = _tree.Blocks[k].Format is { Kind: BlockKind.ListItem, Ordered: true };
        var needles = new string?[starts.Count + 1];
        string Context(int n) => n == 0 ? "" : running.Slice(starts[^n], at).TrimEnd();
        string Needle(int n) => needles[n] ??= n == 0 ? phrase : phrase.Length == 0 ? Context(n) : running.Slice(starts[^n], at + phrase.Length);
        bool Unique(int n) => (cited ? running.Count(Needle(n), 2) : InMotion(k, running, Needle(n))) <= 1;

        // A quotation occurs no more often than a shorter one it ends with, so the fewest words that make it unique
        // are found by halving: four counts for a change in text that repeats itself, not twelve. (Unique in the
        // motion implies unique in the paragraph, which a paragraph cited by its number needs alone.)
        int lo = Math.Min(minWords, starts.Count), hi = starts.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Unique(mid)) hi = mid; else lo = mid + 1;
        }
        var prefix = InMotion(k, running, Needle(lo)) > 1 ? $"in {Ref(k)}, " : "";
        return (prefix, Context(lo));
    }

    /// <summary>How often (up to twice) a quotation occurs in the motion as it stands, paragraph <paramref name="k"/>
    /// being <paramref name="running"/>. Only the paragraphs holding the quotation's rarest word are searched.</summary>
    private int InMotion(int k, ParagraphInProgress running, string needle)
    {
        var n = running.Count(needle, 2);
        if (_tree.Blocks.Count == 1) return n;
        foreach (var i in _current.Candidates(needle))
        {
            if (n > 1) break;
            if (i != k && _current[i] is { } text) n += Words.Count(text, needle, 2 - n);
        }
        return n;
    }

    /// <summary>A lone "and" or "the", or a lone full stop, is unique often enough, but no clerk would quote it
    /// bare: it gets a word of context, punctuation two.</summary>
    private static int MinContext(string removed)
    {
        if (!removed.Any(Words.IsWordChar)) return 2;
        return removed.All(Words.IsWordChar) && Text.FunctionWords.IsFunctionWord(removed) ? 1 : 0;
    }

    private static string After(string context) => context.Length == 0 ? "" : $"after '{context}' ";

    private static int Lead(string s) => s.Length - s.TrimStart().Length;

    /// <summary>A quotation as the order paper prints it. The commonest instructions quote inline in one interpolated
    /// string instead, so that a long amendment's thousands of changes are not each a few quoted copies first.</summary>
    private static string Quote(string s) => "'" + s + "'";

    /// <summary>"after paragraph (c)", or "at the beginning" when no block precedes.</summary>
    private string Where(int k)
    {
        for (var j = k - 1; j >= 0; j--)
            if (_current[j] is not null) return "after " + Ref(j);
        return "at the beginning";
    }

    /// <summary>How the order paper names block <paramref name="k"/>. Only the block and, for a nested item, the items
    /// above it up to its top-level one take part, so naming costs the nesting, not the length of the motion.</summary>
    private string Ref(int k)
    {
        var format = _tree.Blocks[k].Format;
        // BlockNames reads at most the first ten words of a heading, four of a paragraph.
        var text = _inProgress is { } running && _inProgressBlock == k ? running.Head(12) : _current[k] ?? _tree.Blocks[k].OriginalText;
        var named = new List<BlockNames.Named> { new(format, text) };
        var depth = format.Kind == BlockKind.ListItem ? format.Depth : 0;
        for (var i = k - 1; i >= 0 && depth > 1; i--)
        {
            if (_current[i] is null) continue;
            var f = _tree.Blocks[i].Format;
            named.Add(new BlockNames.Named(f, ""));
            if (f.Kind == BlockKind.ListItem && f.Depth < depth) depth = f.Depth;
        }
        named.Reverse();
        return BlockNames.Reference(named, named.Count - 1);
    }
}
