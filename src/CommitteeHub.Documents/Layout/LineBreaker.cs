using CommitteeHub.Documents.Pdf;
using CommitteeHub.Documents.Templates;

namespace CommitteeHub.Documents.Layout;

/// <summary>A piece of a line: a word, part of a word, or a space, in one run's style.</summary>
internal sealed record Piece(string Text, RunStyle Style, int RunIndex, bool IsSpace, double Width, string? PageOf)
{
    /// <summary>The run's <see cref="Run.Link"/>.</summary>
    public string? Link { get; init; }
}

/// <param name="StartsHardLine">The paragraph's first line, or the first after a "\n": where a numbered line starts.</param>
internal sealed record Line(IReadOnlyList<Piece> Pieces, double Width, bool StartsHardLine = false);

/// <summary>
/// Greedy line breaking over runs of mixed styles. Breaks only at spaces, so "**bold**," stays one word; a word
/// wider than the line (a long address) is cut between letters rather than overflowing the margin.
/// </summary>
internal static class LineBreaker
{
    /// <summary>Page references are measured as three digits: the number is known only once the whole document is
    /// laid out, and no council pack runs to a thousand pages.</summary>
    private const string PageNumberShape = "000";

    public static FontFace FaceFor(FontFamily fonts, RunStyle style) =>
        fonts.Get((style & (RunStyle.Bold | RunStyle.Inserted)) != 0, (style & RunStyle.Italic) != 0);

    public static List<Line> Break(IReadOnlyList<Run> runs, double width, double size, FontFamily fonts)
    {
        var lines = new List<Line>();
        var current = new List<Piece>();
        double currentWidth = 0;
        var word = new List<Piece>();
        double wordWidth = 0;
        Piece? space = null;
        var hard = true;

        void EndLine()
        {
            lines.Add(new Line(current, currentWidth, hard));
            hard = false;
            current = [];
            currentWidth = 0;
        }

        void EndWord()
        {
            if (word.Count == 0) return;
            if (current.Count > 0 && currentWidth + (space?.Width ?? 0) + wordWidth > width) EndLine();
            if (current.Count > 0 && space is not null)
            {
                current.Add(space);
                currentWidth += space.Width;
            }
            if (wordWidth > width) SplitLongWord();
            else
            {
                current.AddRange(word);
                currentWidth += wordWidth;
            }
            word = [];
            wordWidth = 0;
            space = null;
        }

        void SplitLongWord()
        {
            foreach (var piece in word)
            {
                var face = FaceFor(fonts, piece.Style);
                var start = 0;
                for (var i = 1; i <= piece.Text.Length; i++)
                {
                    var w = face.Measure(piece.Text.AsSpan(start, i - start)) * size / 1000;
                    if (currentWidth + w > width && i - start > 1)
                    {
                        var part = piece.Text[start..(i - 1)];
                        current.Add(piece with { Text = part, Width = face.Measure(part) * size / 1000 });
                        currentWidth += current[^1].Width;
                        EndLine();
                        start = i - 1;
                    }
                }
                var rest = piece.Text[start..];
                current.Add(piece with { Text = rest, Width = face.Measure(rest) * size / 1000 });
                currentWidth += current[^1].Width;
            }
        }

        for (var r = 0; r < runs.Count; r++)
        {
            var run = runs[r];
            var face = FaceFor(fonts, run.Style);
            if (run.PageOf is not null)
            {
                var w = face.Measure(PageNumberShape) * size / 1000;
                word.Add(new Piece(PageNumberShape, run.Style, r, false, w, run.PageOf) { Link = run.Link });
                wordWidth += w;
                continue;
            }
            var text = run.Text;
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (c == '\n')
                {
                    EndWord();
                    EndLine();
                    hard = true;
                    space = null;
                    i++;
                    continue;
                }
                if (c is ' ' or '\t' or '\r')
                {
                    EndWord();
                    // Runs of spaces collapse to one, as in HTML; the space keeps the style of the run it is in.
                    while (i < text.Length && text[i] is ' ' or '\t' or '\r') i++;
                    if (current.Count > 0 || word.Count > 0)
                        space = new Piece(" ", run.Style, r, true, face.Measure(" ") * size / 1000, null) { Link = run.Link };
                    continue;
                }
                var start = i;
                while (i < text.Length && text[i] is not (' ' or '\t' or '\r' or '\n')) i++;
                var part = text[start..i];
                var width2 = face.Measure(part) * size / 1000;
                word.Add(new Piece(part, run.Style, r, false, width2, null) { Link = run.Link });
                wordWidth += width2;
            }
        }
        EndWord();
        if (current.Count > 0 || lines.Count == 0) EndLine();
        return lines;
    }
}
