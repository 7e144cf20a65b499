using System.Globalization;
using CommitteeHub.Documents.Pdf;
using CommitteeHub.Documents.Templates;

namespace CommitteeHub.Documents.Layout;

/// <summary>
/// The one layout every paper uses: flows the document model onto pages (line breaking, page breaking, headings kept
/// with what follows, hanging list markers, tables breaking between rows with their header repeated), builds the
/// structure tree as it goes, then adds the page furniture once the page count is known and hands the pages to the
/// PDF writer.
/// </summary>
internal sealed class LayoutEngine
{
    private readonly PdfStyle _style;
    private readonly FontFamily _fonts;
    private readonly Action<string>? _warn;
    private readonly double _pageWidth, _pageHeight, _left, _right, _top, _bottom;
    private readonly Rgb _text, _headingColour, _ruleColour;
    private readonly List<OutputPage> _pages = [];
    private readonly List<OutlineEntry> _outlines = [];
    private readonly Dictionary<string, int> _anchors = [];
    private readonly List<string> _pendingAnchors = [];
    private readonly List<ImportedDocument> _imports = [];
    private LaidOutPage _page = null!;
    private double _y;
    private bool _measuring;
    private PendingMarker? _marker;

    private sealed record PendingMarker(string Text, StructElement Owner, double X, double Size);

    private readonly record struct Frame(double Left, double Right, StructElement Parent)
    {
        public double Width => Right - Left;
    }

    public LayoutEngine(DocumentTemplates templates)
    {
        _style = templates.Style;
        _fonts = templates.Fonts;
        _warn = templates.Warn;
        _pageWidth = _style.PageWidthMm * PdfStyle.PointsPerMm;
        _pageHeight = _style.PageHeightMm * PdfStyle.PointsPerMm;
        _left = _style.MarginsMm.Left * PdfStyle.PointsPerMm;
        _right = _pageWidth - _style.MarginsMm.Right * PdfStyle.PointsPerMm;
        _top = _pageHeight - _style.MarginsMm.Top * PdfStyle.PointsPerMm;
        _bottom = _style.MarginsMm.Bottom * PdfStyle.PointsPerMm;
        _text = Rgb.Parse(_style.TextColour);
        _headingColour = Rgb.Parse(_style.HeadingColour);
        _ruleColour = Rgb.Parse(_style.RuleColour);
    }

    public byte[] Render(LayoutDocument document)
    {
        try
        {
            var root = new StructElement("Document", null) { Title = document.Title };
            NewPage();
            Blocks(document.Blocks, new Frame(_left, _right, root));
            if (_pages.Count > 1 && _pages[^1] is LaidOutPage last && last.Ops.Count == 0) _pages.RemoveAt(_pages.Count - 1);
            ResolvePageReferences();
            AddFurniture(document);
            var info = new DocumentInfo(document.Title, _style.Language, document.Author, document.Subject, document.Created);
            return TaggedPdfWriter.Write(info, _pages, root, _outlines, _warn);
        }
        finally
        {
            foreach (var d in _imports) d.Dispose();
        }
    }

    private bool PageEmpty => _y >= _top - 0.01;
    private double LineHeight(double size) => size * _style.LineSpacing;

    private void NewPage()
    {
        _page = new LaidOutPage(_pageWidth, _pageHeight);
        _pages.Add(_page);
        _y = _top;
    }

    private void Blocks(IReadOnlyList<Block> blocks, Frame f)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            switch (blocks[i])
            {
                case Heading h:
                    if (!_measuring && !PageEmpty && _y - HeadingHeight(h, f) - LeadHeight(blocks, i + 1, f) < _bottom) NewPage();
                    HeadingBlock(h, f);
                    break;
                case Paragraph p:
                    ParagraphBlock(p, f, new StructElement("P", f.Parent));
                    break;
                case ListBlock l:
                    ListLayout(l, f);
                    break;
                case Table t:
                    TableLayout(t, f);
                    break;
                case PageBreak:
                    if (!_measuring && !PageEmpty) NewPage();
                    break;
                case KeepTogether k:
                {
                    var height = Measure(() => Blocks(k.Blocks, f));
                    if (!_measuring && !PageEmpty && _y - height < _bottom && height <= _top - _bottom) NewPage();
                    Blocks(k.Blocks, f);
                    break;
                }
                case Section s:
                    Blocks(s.Blocks, f with { Parent = new StructElement("Sect", f.Parent) { Title = s.Title } });
                    break;
                case Indented ind:
                    Blocks(ind.Blocks, f with { Left = f.Left + NumberIndent(_style.BodySize) });
                    break;
                case Appendix a:
                    AppendixLayout(a, f);
                    break;
                case SignatureBlock s:
                    SignatureLayout(s, f);
                    break;
                case Anchor a:
                    if (!_measuring) _pendingAnchors.Add(a.Id);
                    break;
                case Spacer s:
                    _y -= s.Points;
                    if (!_measuring && _y < _bottom) NewPage();
                    break;
                case Rule:
                    RuleLayout(f);
                    break;
            }
        }
    }

    /// <summary>How much of what follows a heading must fit under it on the same page: the heading itself when it is
    /// another heading, otherwise the first two lines of a paragraph, a list's first line, a table's header and first
    /// row.</summary>
    private double LeadHeight(IReadOnlyList<Block> blocks, int index, Frame f)
    {
        if (index >= blocks.Count) return 0;
        var body = LineHeight(_style.BodySize);
        return blocks[index] switch
        {
            Heading h => HeadingHeight(h, f) + LeadHeight(blocks, index + 1, f),
            Paragraph p => Math.Min(2, LineBreaker.Break(p.Runs, f.Width, p.Size ?? _style.BodySize, _fonts).Count) * LineHeight(p.Size ?? _style.BodySize),
            ListBlock { Items.Count: > 0 } => 2 * body,
            Table t => Measure(() => TableLayout(t with { Rows = t.Rows.Take(1).ToList() }, f)),
            KeepTogether k => Measure(() => Blocks(k.Blocks, f)),
            SignatureBlock s => Measure(() => SignatureLayout(s, f)),
            Section s => LeadHeight(s.Blocks, 0, f),
            Indented ind => LeadHeight(ind.Blocks, 0, f),
            Anchor or Spacer or Rule => Measure(() => Blocks([blocks[index]], f)) + LeadHeight(blocks, index + 1, f),
            _ => 0,
        };
    }

    private double HeadingHeight(Heading h, Frame f)
    {
        var size = HeadingSize(h);
        var lines = LineBreaker.Break([new Run(h.Text, RunStyle.Bold)], f.Width, size, _fonts).Count;
        return _style.HeadingSpaceBefore + lines * LineHeight(size) + _style.HeadingSpaceAfter;
    }

    private double HeadingSize(Heading h) => _style.HeadingSizes[Math.Clamp(h.Level, 1, _style.HeadingSizes.Count) - 1];

    /// <summary>Lays out <paramref name="layout"/> without drawing anything or breaking pages, and returns its height.</summary>
    private double Measure(Action layout)
    {
        var (y, measuring, marker) = (_y, _measuring, _marker);
        _measuring = true;
        _y = 0;
        try
        {
            layout();
            return -_y;
        }
        finally
        {
            (_y, _measuring, _marker) = (y, measuring, marker);
        }
    }

    private void HeadingBlock(Heading h, Frame f)
    {
        var level = Math.Clamp(h.Level, 1, 3);
        var size = HeadingSize(h);
        if (!PageEmpty) _y -= _style.HeadingSpaceBefore;
        var element = new StructElement("H" + level, f.Parent);
        var lines = LineBreaker.Break([new Run(h.Text, RunStyle.Bold)], f.Width, size, _fonts);
        for (var i = 0; i < lines.Count; i++)
        {
            PlaceLine(lines[i], f, size, Alignment.Left, _ => element, _headingColour, i < lines.Count - 1);
            if (i == 0 && h.Bookmark && !_measuring)
                _outlines.Add(new OutlineEntry(h.Text, h.Level, _pages.Count - 1, _y + LineHeight(size)));
        }
        _y -= _style.HeadingSpaceAfter;
    }

    private void ParagraphBlock(Paragraph p, Frame f, StructElement element)
    {
        var size = p.Size ?? _style.BodySize;
        if (p.Number is { } number)
        {
            // The number hangs like a list marker but is the paragraph's own first words ("4.1 The Committee..."),
            // tagged with it in its P.
            _marker = new PendingMarker(number + " ", element, f.Left, size);
            f = f with { Left = f.Left + Math.Max(NumberIndent(size), _fonts.Regular.Measure(number) * size / 1000 + size * 0.6) };
        }
        var runs = Addresses.Linked(p.Runs);
        var owner = InlineOwners(runs, element);
        var lines = LineBreaker.Break(runs, f.Width, size, _fonts);
        var lineNumber = p.FirstLineNumber;
        for (var i = 0; i < lines.Count; i++)
        {
            string? numbered = null;
            if (lineNumber is int n && lines[i].StartsHardLine) (numbered, lineNumber) = (n.ToString(CultureInfo.InvariantCulture), n + 1);
            PlaceLine(lines[i], f, size, p.Alignment, owner, _text, i < lines.Count - 1, numbered);
        }
        _y -= _style.ParagraphSpacing;
    }

    /// <summary>The indent of what is set under a numbered paragraph: room for "10.10" and a space.</summary>
    private double NumberIndent(double size) => Math.Max(_style.ListIndent, _fonts.Regular.Measure("00.00") * size / 1000 + size * 0.6);

    /// <summary>The structure element each piece of a paragraph or cell belongs to: the block's own, except inserted
    /// and deleted words, each change an Ins or Del announced as the screen announces it ("inserted: ..."), and linked
    /// words, a Link. A null <paramref name="element"/> (a repeated table header) makes everything an artifact.</summary>
    private static Func<Piece, StructElement?> InlineOwners(IReadOnlyList<Run> runs, StructElement? element)
    {
        var spans = new Dictionary<int, StructElement>();
        return piece =>
        {
            var changed = (piece.Style & (RunStyle.Inserted | RunStyle.Deleted)) != 0;
            if (element is null || (!changed && piece.Link is null)) return element;
            if (!spans.TryGetValue(piece.RunIndex, out var span))
            {
                var inserted = (piece.Style & RunStyle.Inserted) != 0;
                spans[piece.RunIndex] = span = !changed ? new StructElement("Link", element)
                    : new StructElement(inserted ? "Ins" : "Del", element)
                    {
                        Title = inserted ? "Inserted text" : "Deleted text",
                        ActualText = (inserted ? "inserted: " : "deleted: ") + runs[piece.RunIndex].Text.Trim(),
                    };
            }
            return span;
        };
    }

    /// <summary>Places one line below the last, starting a new page where it does not fit, and draws it with any
    /// list marker waiting for its item's first line.</summary>
    /// <param name="lineNumber">Printed in the margin before the line, as an artifact.</param>
    private void PlaceLine(Line line, Frame f, double size, Alignment alignment, Func<Piece, StructElement?> owner, Rgb colour, bool continues,
        string? lineNumber = null)
    {
        var height = LineHeight(size);
        if (!_measuring && _y - height < _bottom && !PageEmpty) NewPage();
        var baseline = _y - (height - size) / 2 - size * 0.8;
        _y -= height;
        if (_measuring) return;
        FlushAnchors();
        if (_marker is { } m)
        {
            _page.Ops.Add(new TextOp(m.X, baseline, _fonts.Regular, m.Size, m.Text, Colour: colour) { Owner = m.Owner });
            _marker = null;
        }
        if (lineNumber is not null)
            _page.Ops.Add(new TextOp(f.Left - size * 0.6, baseline, _fonts.Regular, size * 0.8, lineNumber, AlignRight: true, Colour: colour));
        var x = alignment switch
        {
            Alignment.Centre => f.Left + (f.Width - line.Width) / 2,
            Alignment.Right => f.Right - line.Width,
            _ => f.Left,
        };
        DrawLine(line, x, baseline, size, owner, colour, continues);
    }

    /// <summary>Draws a line's text, one operation per stretch of one style and owner, then its underlines and
    /// strike-throughs (as artifacts: the structure says which words are inserted or deleted). A line that
    /// <paramref name="continues"/> onto the next ends with a space glyph, so that text read through the structure
    /// tree (as a screen reader does) does not run the last word of one line into the first of the next.</summary>
    private void DrawLine(Line line, double x, double baseline, double size, Func<Piece, StructElement?> owner, Rgb colour, bool continues = false)
    {
        var decorations = new List<LineOp>();
        var i = 0;
        while (i < line.Pieces.Count)
        {
            var first = line.Pieces[i];
            var who = owner(first);
            if (first.PageOf is not null)
            {
                _page.Ops.Add(new TextOp(x, baseline, LineBreaker.FaceFor(_fonts, first.Style), size, "", Anchor: first.PageOf, Colour: colour) { Owner = who });
                x += first.Width;
                i++;
                continue;
            }
            var j = i;
            var width = 0.0;
            var text = new System.Text.StringBuilder();
            while (j < line.Pieces.Count && line.Pieces[j].Style == first.Style && line.Pieces[j].PageOf is null &&
                   line.Pieces[j].Link == first.Link && owner(line.Pieces[j]) == who)
            {
                text.Append(line.Pieces[j].Text);
                width += line.Pieces[j].Width;
                j++;
            }
            _page.Ops.Add(new TextOp(x, baseline, LineBreaker.FaceFor(_fonts, first.Style), size, text.ToString(), Colour: colour) { Owner = who });
            // Underlines, strike lines and link areas cover the words, not the spaces either side of them.
            var (from, to) = (x + line.Pieces.Skip(i).Take(j - i).TakeWhile(p => p.IsSpace).Sum(p => p.Width),
                x + width - line.Pieces.Skip(i).Take(j - i).Reverse().TakeWhile(p => p.IsSpace).Sum(p => p.Width));
            if (to > from && (first.Style & RunStyle.Inserted) != 0)
                decorations.Add(new LineOp(from, baseline - size * 0.12, to, baseline - size * 0.12, size * 0.06, colour));
            if (to > from && (first.Style & RunStyle.Deleted) != 0)
                decorations.Add(new LineOp(from, baseline + size * 0.28, to, baseline + size * 0.28, size * 0.06, colour));
            if (to > from && first.Link is { } target && who is { Type: "Link" })
            {
                _page.Links.Add(new LinkArea(from, baseline - size * 0.25, to, baseline + size * 0.9, target, who, text.ToString()));
                // Underlined, as links are on screen, so a reader sees what can be clicked.
                decorations.Add(new LineOp(from, baseline - size * 0.12, to, baseline - size * 0.12, size * 0.04, colour));
            }
            x += width;
            i = j;
        }
        if (continues && _page.Ops.Count > 0 && _page.Ops[^1] is TextOp { Anchor: null } last && last.Text.Length > 0 && !last.Text.EndsWith(' '))
            _page.Ops[^1] = last with { Text = last.Text + " " };
        _page.Ops.AddRange(decorations);
    }

    private void FlushAnchors()
    {
        foreach (var id in _pendingAnchors) _anchors[id] = _pages.Count - 1;
        _pendingAnchors.Clear();
    }

    private void ListLayout(ListBlock list, Frame f)
    {
        var numbering = list.Kind switch { ListKind.Bulleted => "/Disc", ListKind.Lettered => "/LowerAlpha", _ => "/Decimal" };
        var element = new StructElement("L", f.Parent) { Attributes = "/O /List /ListNumbering " + numbering };
        var markers = list.Items.Select((item, k) => item.Marker ?? GeneratedMarker(list.Kind, k)).ToList();
        var size = _style.BodySize;
        var widest = markers.Count == 0 ? 0 : markers.Max(m => _fonts.Regular.Measure(m) * size / 1000);
        var indent = Math.Max(_style.ListIndent, widest + size * 0.6);
        for (var k = 0; k < list.Items.Count; k++)
        {
            var li = new StructElement("LI", element);
            var label = new StructElement("Lbl", li);
            var body = new StructElement("LBody", li);
            _marker = new PendingMarker(markers[k], label, f.Left, size);
            Blocks(list.Items[k].Blocks, new Frame(f.Left + indent, f.Right, body));
            _marker = null;
        }
    }

    private static string GeneratedMarker(ListKind kind, int index) => kind switch
    {
        ListKind.Bulleted => "\u2022",
        ListKind.Lettered => $"({Letters(index)})",
        _ => (index + 1).ToString(CultureInfo.InvariantCulture) + ".",
    };

    private static string Letters(int index) => index < 26 ? ((char)('a' + index)).ToString() : Letters(index / 26 - 1) + (char)('a' + index % 26);

    private void TableLayout(Table table, Frame f)
    {
        var columns = Math.Max(table.Header.Count, table.Rows.Count == 0 ? 0 : table.Rows.Max(r => r.Count));
        if (columns == 0) return;
        var weights = table.ColumnWidths is { } cw && cw.Count == columns ? cw : Enumerable.Repeat(1.0, columns).ToList();
        var total = weights.Sum();
        var widths = weights.Select(w => f.Width * w / total).ToArray();
        var pad = _style.TableCellPadding;
        var size = _style.BodySize;
        var element = new StructElement("Table", f.Parent);

        (IReadOnlyList<Run> Runs, List<Line> Lines)[] Cells(IReadOnlyList<TableCell> row, bool header) => Enumerable.Range(0, columns).Select(c =>
        {
            var runs = c < row.Count ? row[c].Runs : [];
            if (header) runs = runs.Select(r => r with { Style = r.Style | RunStyle.Bold }).ToList();
            var linked = Addresses.Linked(runs);
            return (linked, LineBreaker.Break(linked, widths[c] - 2 * pad, size, _fonts));
        }).ToArray();
        double Height((IReadOnlyList<Run> Runs, List<Line> Lines)[] cells) => cells.Max(c => c.Lines.Count) * LineHeight(size) + 2 * pad;

        var header = table.Header.Count > 0 ? Cells(table.Header, true) : null;
        var rows = table.Rows.Select(r => Cells(r, false)).ToList();
        var headerHeight = header is null ? 0 : Height(header);
        var firstRow = rows.Count > 0 ? Height(rows[0]) : 0;
        if (!_measuring && !PageEmpty && _y - headerHeight - firstRow < _bottom) NewPage();
        if (header is not null) Row(header, true, false);
        foreach (var row in rows)
        {
            if (!_measuring && _y - Height(row) < _bottom && !PageEmpty)
            {
                NewPage();
                // The header repeated on a continuation page is a visual aid; the structure has it once.
                if (header is not null) Row(header, true, true);
            }
            Row(row, false, false);
        }
        _y -= _style.ParagraphSpacing;

        void Row((IReadOnlyList<Run> Runs, List<Line> Lines)[] cells, bool isHeader, bool repeated)
        {
            var height = Height(cells);
            var top = _y;
            _y -= height;
            if (_measuring) return;
            FlushAnchors();
            var tr = repeated ? null : new StructElement("TR", element);
            var x = f.Left;
            for (var c = 0; c < columns; c++)
            {
                var cell = tr is null ? null : new StructElement(isHeader ? "TH" : "TD", tr) { Attributes = isHeader ? "/O /Table /Scope /Column" : null };
                // An empty cell is still a cell: without it the row would have fewer cells than the table has headers.
                cell?.Attach();
                var baseline = top - pad - (LineHeight(size) - size) / 2 - size * 0.8;
                var owner = InlineOwners(cells[c].Runs, cell);
                for (var l = 0; l < cells[c].Lines.Count; l++)
                {
                    DrawLine(cells[c].Lines[l], x + pad, baseline, size, owner, _text, l < cells[c].Lines.Count - 1);
                    baseline -= LineHeight(size);
                }
                x += widths[c];
            }
            if (table.Ruled)
            {
                _page.Ops.Add(new LineOp(f.Left, top, f.Right, top, 0.5, _ruleColour));
                _page.Ops.Add(new LineOp(f.Left, _y, f.Right, _y, 0.5, _ruleColour));
                var vx = f.Left;
                for (var c = 0; c <= columns; c++)
                {
                    _page.Ops.Add(new LineOp(vx, top, vx, _y, 0.5, _ruleColour));
                    if (c < columns) vx += widths[c];
                }
            }
        }
    }

    private void SignatureLayout(SignatureBlock block, Frame f)
    {
        var lines = block.Lines.Select(l => (Block)new Paragraph(
        [
            new Run(l.Label + " "),
            new Run(l.Value ?? new string('.', 40)),
            new Run(l.Caption is null ? "" : "  " + l.Caption),
        ])).ToList();
        var spaced = new List<Block> { new Spacer(_style.ParagraphSpacing * 2) };
        foreach (var l in lines) { spaced.Add(l); spaced.Add(new Spacer(_style.ParagraphSpacing)); }
        var height = Measure(() => Blocks(spaced, f));
        if (!_measuring && !PageEmpty && _y - height < _bottom) NewPage();
        Blocks(spaced, f with { Parent = new StructElement("Div", f.Parent) { Title = "Signature" } });
    }

    private void RuleLayout(Frame f)
    {
        _y -= _style.ParagraphSpacing;
        if (_measuring) return;
        if (_y < _bottom) { NewPage(); return; }
        _page.Ops.Add(new LineOp(f.Left, _y, f.Right, _y, 0.75, _ruleColour));
        _y -= _style.ParagraphSpacing;
    }

    private void AppendixLayout(Appendix appendix, Frame f)
    {
        if (_measuring) return;
        var source = ImportedDocument.Open(appendix.Pdf);
        _imports.Add(source);
        if (PageEmpty && _page.Ops.Count == 0) _pages.Remove(_page);
        var owner = new StructElement("Part", f.Parent) { Title = appendix.Title };
        for (var n = 1; n <= source.PageCount; n++)
        {
            _pages.Add(new ImportedPage(source, n, owner));
            if (n == 1)
            {
                FlushAnchors();
                _outlines.Add(new OutlineEntry(appendix.Title, appendix.BookmarkLevel, _pages.Count - 1, 10_000));
            }
        }
        NewPage();
    }

    private void ResolvePageReferences()
    {
        foreach (var page in _pages.OfType<LaidOutPage>())
        {
            // A link within the paper goes to the page its anchor landed on; one to nowhere is left as text.
            for (var i = page.Links.Count - 1; i >= 0; i--)
                if (page.Links[i].Target.StartsWith('#'))
                {
                    if (_anchors.TryGetValue(page.Links[i].Target[1..], out var p)) page.Links[i] = page.Links[i] with { TargetPage = p };
                    else page.Links.RemoveAt(i);
                }
            for (var i = 0; i < page.Ops.Count; i++)
                if (page.Ops[i] is TextOp { Anchor: { } id } t)
                    page.Ops[i] = t with
                    {
                        Text = _anchors.TryGetValue(id, out var p) ? (p + 1).ToString(CultureInfo.InvariantCulture) : "-",
                        Anchor = null,
                    };
        }
    }

    private void AddFurniture(LayoutDocument document)
    {
        var size = _style.HeaderFooterSize;
        var marking = document.Marking;
        var watermark = Rgb.Parse(_style.WatermarkColour);
        for (var i = 0; i < _pages.Count; i++)
        {
            var footer = $"Page {i + 1} of {_pages.Count}";
            var footerWidth = _fonts.Regular.Measure(footer) * size / 1000;
            var bottomMargin = _style.MarginsMm.Bottom * PdfStyle.PointsPerMm;
            var topMargin = _style.MarginsMm.Top * PdfStyle.PointsPerMm;
            switch (_pages[i])
            {
                case LaidOutPage page:
                {
                    var furniture = new List<DrawOp>();
                    if (marking is not null)
                        furniture.Add(new WatermarkOp(marking, _fonts.Bold, _style.WatermarkSize, watermark, _pageWidth / 2, _pageHeight / 2));
                    if (document.HeaderText is not null)
                        furniture.Add(new TextOp(_left, _pageHeight - topMargin / 2, _fonts.Regular, size, document.HeaderText, Colour: _text) { ArtifactKind = "Header" });
                    if (marking is not null)
                        furniture.Add(new TextOp(_right, _pageHeight - topMargin / 2, _fonts.Bold, size, marking, AlignRight: true, Colour: _text) { ArtifactKind = "Header" });
                    // The watermark goes under the text; the header is read first and the footer last by tools that
                    // ignore artifacts.
                    page.Ops.InsertRange(0, furniture);
                    page.Ops.Add(new TextOp((_pageWidth - footerWidth) / 2, bottomMargin / 2, _fonts.Regular, size, footer, Colour: _text) { ArtifactKind = "Footer" });
                    break;
                }
                case ImportedPage imported:
                {
                    var width = imported.Source.Frame(imported.PageNumber).ViewedWidth;
                    imported.Stamp.Add(new TextOp((width - footerWidth) / 2, 12, _fonts.Regular, size, footer, Colour: _text) { ArtifactKind = "Footer" });
                    break;
                }
            }
        }
    }
}
