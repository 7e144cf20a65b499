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

    // Beyond a dozen words a quotation stops helping a reader; in text that repeats itself it could grow without end.
    private const int MaxContext = 12;

    private readonly ChangeTree _tree;
    private readonly string?[] _current; // each block's text as it stands so far; null when not in the text
    private readonly List<string> _out = [];
    private readonly CancellationToken _cancellation;

    private InstructionWriter(ChangeTree tree, CancellationToken cancellation)
    {
        _tree = tree;
        _cancellation = cancellation;
        _current = tree.Blocks.Select(b => b.OldFormat is null ? null : b.OriginalText).ToArray();
    }

    public static List<string> Write(ChangeTree tree, CancellationToken cancellation = default)
    {
        var w = new InstructionWriter(tree, cancellation);
        for (var k = 0; k < tree.Blocks.Count; k++) w.Block(k);
        return w._out;
    }

    private void Block(int k)
    {
        _cancellation.ThrowIfCancellationRequested();
        var b = _tree.Blocks[k];
        switch (b.Change)
        {
            case BlockChangeKind.Deleted:
                _out.Add($"leave out {Ref(k)}");
                _current[k] = null;
                break;
            case BlockChangeKind.Inserted:
                _out.Add($"{Where(k)} insert a new {BlockNames.NewBlock(b.NewFormat!)}: {Quote(b.AmendedText)}");
                _current[k] = b.AmendedText;
                break;
            case BlockChangeKind.MovedTo:
                Moved(k);
                break;
            case BlockChangeKind.Modified:
                Modified(k);
                _current[k] = b.AmendedText;
                break;
        }
    }

    private void Moved(int k)
    {
        var b = _tree.Blocks[k];
        var from = b.MovePartner;
        var what = from >= 0 ? Ref(from) : "the paragraph";
        if (from >= 0) _current[from] = null;
        var where = Where(k);
        _out.Add(b.Runs.Any(r => r.IsVisibleChange)
            ? $"leave out {what} and {where} insert a new {BlockNames.NewBlock(b.NewFormat!)}: {Quote(b.AmendedText)}"
            : where == "at the beginning" ? $"move {what} to the beginning" : $"move {what} to follow {where["after ".Length..]}");
        _current[k] = b.AmendedText;
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
        var done = ""; // the amended text of the groups already dealt with
        for (var g = 0; g < groups.Count;)
        {
            var group = groups[g];
            if (group.Change == RunChange.Equal || group.IsWhitespace)
            {
                done += Amended(group.Runs);
                g++;
                continue;
            }
            var end = g;
            if (group.Change == RunChange.FormatChanged) end = g + 1;
            else while (end < groups.Count && groups[end].Change is RunChange.Inserted or RunChange.Deleted) end++;

            var hunk = groups.Skip(g).Take(end - g).SelectMany(x => x.Runs).ToList();
            var rest = string.Concat(groups.Skip(end).SelectMany(x => x.Runs).Where(r => r.InOriginal).Select(r => r.Text));
            Hunk(k, done, hunk, rest);
            done += Amended(hunk);
            g = end;
        }
    }

    private void Hunk(int k, string before, List<InlineRun> hunk, string after)
    {
        var old = string.Concat(hunk.Where(r => r.InOriginal).Select(r => r.Text));
        var running = before + old + after;
        _current[k] = running;
        var removed = string.Concat(hunk.Where(r => r.Change == RunChange.Deleted).Select(r => r.Text)).Trim();
        var added = string.Concat(hunk.Where(r => r.Change == RunChange.Inserted).Select(r => r.Text)).Trim();

        if (hunk[0].Change == RunChange.FormatChanged)
        {
            var (prefix, context) = Place(k, running, before.Length + Lead(old), old.Trim(), 0);
            _out.Add($"{prefix}{After(context)}change the formatting of {Quote(old.Trim())} ({MarkNames.Describe(hunk[0].OldMarks, hunk[0].Marks)})");
            return;
        }
        if (removed.Length == 0)
        {
            if (before.Trim().Length == 0)
            {
                _out.Add($"at the beginning of {Ref(k)}, insert {Quote(added)}");
                return;
            }
            var (prefix, context) = Place(k, running, before.TrimEnd().Length, "", MinInsertContext);
            _out.Add($"{prefix}after {Quote(context)} insert {Quote(added)}");
            return;
        }
        var (p, c) = Place(k, running, before.Length + Lead(old), removed, MinContext(removed));
        _out.Add(added.Length == 0
            ? $"{p}{After(c)}leave out {Quote(removed)}"
            : $"{p}{After(c)}leave out {Quote(removed)} and insert {Quote(added)}");
    }

    /// <summary>Finds the shortest context before <paramref name="at"/> (at least <paramref name="minWords"/> words)
    /// that, with the quoted phrase, occurs once in the paragraph. A lettered or numbered paragraph is then named
    /// ("in paragraph (b), ...") if the phrase also occurs elsewhere in the motion; in an unnumbered one the context
    /// grows until it is unique in the whole motion, since "the paragraph beginning '...'" is clumsier than a
    /// word or two more of quotation.</summary>
    private (string Prefix, string Context) Place(int k, string running, int at, string phrase, int minWords)
    {
        _cancellation.ThrowIfCancellationRequested();
        var before = running[..at];
        var starts = Words.Starts(before);
        var motion = string.Join("\n", _current.Where((t, i) => t is not null && i != k).Append(running));
        var cited = _tree.Blocks[k].Format is { Kind: BlockKind.ListItem, Ordered: true };
        var context = "";
        for (var n = Math.Min(minWords, starts.Count); n <= Math.Min(starts.Count, MaxContext); n++)
        {
            context = n == 0 ? "" : before[starts[^n]..].TrimEnd();
            var needle = Join(context, phrase, running, at);
            if (Words.Count(running, needle) > 1) continue;
            if (cited || Words.Count(motion, needle) <= 1) break;
        }
        var prefix = Words.Count(motion, Join(context, phrase, running, at)) > 1 ? $"in {Ref(k)}, " : "";
        return (prefix, context);
    }

    /// <summary>A lone "and" or "the", or a lone full stop, is unique often enough, but no clerk would quote it
    /// bare: it gets a word of context, punctuation two.</summary>
    private static int MinContext(string removed)
    {
        if (!removed.Any(Words.IsWordChar)) return 2;
        return removed.All(Words.IsWordChar) && Text.FunctionWords.IsFunctionWord(removed) ? 1 : 0;
    }

    /// <summary>The context and the phrase as they stand together in the running text.</summary>
    private static string Join(string context, string phrase, string running, int at)
    {
        if (context.Length == 0) return phrase;
        if (phrase.Length == 0) return context;
        var start = running.LastIndexOf(context, Math.Max(0, at - 1), StringComparison.Ordinal);
        return start < 0 ? context + " " + phrase : running[start..(at + phrase.Length)];
    }

    private static string After(string context) => context.Length == 0 ? "" : $"after {Quote(context)} ";

    private static int Lead(string s) => s.Length - s.TrimStart().Length;

    private static string Amended(IEnumerable<InlineRun> runs) => string.Concat(runs.Where(r => r.InAmended).Select(r => r.Text));

    private static string Quote(string s) => "'" + s + "'";

    /// <summary>"after paragraph (c)", or "at the beginning" when no block precedes.</summary>
    private string Where(int k)
    {
        for (var j = k - 1; j >= 0; j--)
            if (_current[j] is not null) return "after " + Ref(j);
        return "at the beginning";
    }

    private string Ref(int k)
    {
        var named = new List<BlockNames.Named>();
        var position = -1;
        for (var i = 0; i < _tree.Blocks.Count; i++)
        {
            if (_current[i] is null && i != k) continue;
            if (i == k) position = named.Count;
            named.Add(new BlockNames.Named(_tree.Blocks[i].Format, _current[i] ?? _tree.Blocks[i].OriginalText));
        }
        return BlockNames.Reference(named, position);
    }
}
