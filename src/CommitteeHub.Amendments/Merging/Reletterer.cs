using CommitteeHub.Amendments.Text;

namespace CommitteeHub.Amendments.Merging;

/// <summary>Reletters the lettered paragraphs of a merged motion. Each amendment letters its paragraphs against the
/// text it was written for; after a merge, "(a) (b) (d)" or "(a) (b) (c) (c)" must read "(a) (b) (c) (d)".
/// Markdown-numbered lists need nothing: the writer numbers them.</summary>
internal static class Reletterer
{
    public static List<(BlockFormat Format, IReadOnlyList<Token> Tokens)> Apply(List<(BlockFormat Format, IReadOnlyList<Token> Tokens)> blocks)
    {
        var formats = blocks.Select(b => b.Format).ToList();
        var done = new HashSet<int>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (formats[i].ListStyle != ListStyle.Lettered || done.Contains(i)) continue;
            var run = MarkerSequence.Siblings(formats, i);
            done.UnionWith(run);
            if (!MarkerSequence.TryRead(run.Select(k => formats[k].Marker).ToList(), out var scheme, out var ordinals)) continue;
            if (MarkerSequence.IsConsecutive(ordinals)) continue; // the substantive motion's own lettering stands
            for (var k = 0; k < run.Count; k++)
            {
                if (MarkerSequence.Write(scheme, ordinals[0] + k) is not { } marker) break;
                var (format, tokens) = blocks[run[k]];
                blocks[run[k]] = (format with { Marker = marker }, tokens);
            }
        }
        return blocks;
    }
}
