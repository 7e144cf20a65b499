namespace CommitteeHub.Amendments.Tree;

/// <summary>
/// Numbers the items of a marked-up list in the order they are shown, deleted and inserted items included, as a
/// word processor numbers tracked changes. Deleting (b) shows "(a) (b) (c) (d)" as the original reads and the
/// amendment refers to it; inserting a new (b) shows "(a) (b) (c)" rather than two items marked (b). It is done
/// only when the original and the amended lettering are each regular; otherwise every item keeps its own marker.
/// Either way the renumbering is not a change.
/// </summary>
internal static class DisplayNumbering
{
    public static void Apply(List<BlockChange> blocks)
    {
        var formats = blocks.Select(b => b.Format).ToList();
        var done = new HashSet<int>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (formats[i].Kind != BlockKind.ListItem || !formats[i].Ordered || done.Contains(i)) continue;
            var run = MarkerSequence.Siblings(formats, i);
            done.UnionWith(run);
            if (run.Count < 2) continue;

            var old = run.Where(k => blocks[k].OldFormat is not null).Select(k => blocks[k].OldFormat!.Marker).ToList();
            var @new = run.Where(k => blocks[k].NewFormat is not null).Select(k => blocks[k].NewFormat!.Marker).ToList();
            var shown = run.Select(k => formats[k].Marker).ToList();
            if (!Regular(old, out var scheme) || !Regular(@new, out var newScheme) || (old.Count > 0 && @new.Count > 0 && scheme != newScheme)) continue;
            if (!MarkerSequence.TryRead(shown, out var shownScheme, out var ordinals)) continue;
            for (var k = 0; k < run.Count; k++)
                if (MarkerSequence.Write(shownScheme, ordinals[0] + k) is { } marker) blocks[run[k]].Marker = marker;
        }
    }

    private static bool Regular(List<string> markers, out MarkerSequence.Scheme scheme)
    {
        scheme = default;
        if (markers.Count == 0) return true;
        return MarkerSequence.TryRead(markers, out scheme, out var ordinals) && MarkerSequence.IsConsecutive(ordinals);
    }
}
