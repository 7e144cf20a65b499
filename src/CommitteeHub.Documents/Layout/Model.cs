namespace CommitteeHub.Documents.Layout;

/// <summary>How a run of text is set. Inserted text is set bold and underlined and deleted text struck through, so
/// an amendment reads the same printed in black and white as on screen.</summary>
[Flags]
public enum RunStyle
{
    None = 0,
    Bold = 1,
    Italic = 2,
    Inserted = 4,
    Deleted = 8,
}

/// <summary>A stretch of text in one style. A "\n" in the text is a line break.</summary>
public sealed record Run(string Text, RunStyle Style = RunStyle.None)
{
    /// <summary>When set, the run shows the page number on which the <see cref="Anchor"/> of that id landed (the
    /// agenda's list of items points into the pack); <see cref="Text"/> is then ignored.</summary>
    public string? PageOf { get; init; }

    /// <summary>Where the run links to: a web or mail address ("https://...", "mailto:...") or, starting "#", an
    /// <see cref="Anchor"/> of this document. Drawn as the run's text and made clickable (and tagged as a Link).</summary>
    public string? Link { get; init; }
}

/// <summary>A block of the document model that every paper is built from.</summary>
public abstract record Block;

/// <summary>A heading, level 1 to 3 (deeper levels are set as level 3). Kept with what follows it: a heading is never
/// the last thing on a page.</summary>
public sealed record Heading(int Level, string Text) : Block
{
    /// <summary>Whether the heading appears among the PDF's bookmarks.</summary>
    public bool Bookmark { get; init; } = true;
}

public enum Alignment { Left, Centre, Right }

/// <summary>A paragraph: runs flowed into lines, across pages where long.</summary>
public sealed record Paragraph(IReadOnlyList<Run> Runs) : Block
{
    public Paragraph(string text, RunStyle style = RunStyle.None) : this([new Run(text, style)]) { }

    public Alignment Alignment { get; init; } = Alignment.Left;

    /// <summary>Type size in points; null for the body size.</summary>
    public double? Size { get; init; }

    /// <summary>A report's paragraph number ("4.1"), hung in the margin before the text and read as part of the
    /// paragraph: a numbered paragraph is a paragraph, not a list.</summary>
    public string? Number { get; init; }

    /// <summary>When set, the paragraph's lines (broken where its text has "\n") are numbered in the margin from this
    /// number, as a motion's lines are for debate. The numbers are artifacts: a screen reader reads the prose.</summary>
    public int? FirstLineNumber { get; init; }
}

/// <summary>Blocks set in from the margin by a paragraph number's width: the bullets and lettered points that
/// belong to the numbered paragraph before them.</summary>
public sealed record Indented(IReadOnlyList<Block> Blocks) : Block;

public enum ListKind { Bulleted, Numbered, Lettered }

/// <summary>One item of a list: its blocks, and its marker where the author typed one ("(a)", "13.1", "8(a)").</summary>
public sealed record ListItem(IReadOnlyList<Block> Blocks, string? Marker = null)
{
    public ListItem(string text, string? marker = null) : this([new Paragraph(text)], marker) { }
}

/// <summary>A list whose markers hang in the margin; items may hold further lists.</summary>
public sealed record ListBlock(ListKind Kind, IReadOnlyList<ListItem> Items) : Block;

public sealed record TableCell(IReadOnlyList<Run> Runs)
{
    public TableCell(string text, RunStyle style = RunStyle.None) : this([new Run(text, style)]) { }
}

/// <summary>A table. Rows break between pages, never inside, and the header row is repeated at the top of each new
/// page. <see cref="ColumnWidths"/> are relative (null: equal columns).</summary>
public sealed record Table(IReadOnlyList<TableCell> Header, IReadOnlyList<IReadOnlyList<TableCell>> Rows,
    IReadOnlyList<double>? ColumnWidths = null) : Block
{
    /// <summary>False for layout tables drawn without rules, such as the agenda's list of items.</summary>
    public bool Ruled { get; init; } = true;
}

/// <summary>Starts a new page, unless the current one is still empty.</summary>
public sealed record PageBreak : Block;

/// <summary>Blocks kept on one page where they fit on one.</summary>
public sealed record KeepTogether(IReadOnlyList<Block> Blocks) : Block;

/// <summary>An uploaded PDF whose pages are copied in here, starting on a new page.</summary>
public sealed record Appendix(string Title, byte[] Pdf) : Block
{
    /// <summary>The bookmark level of the appendix's entry (1 is top level).</summary>
    public int BookmarkLevel { get; init; } = 2;
}

/// <summary>Lines for a signature: "Signed ............ Chairman", "Date ............". A line with a value shows
/// the value instead of dots (the minutes once signed).</summary>
public sealed record SignatureBlock(IReadOnlyList<SignatureLine> Lines) : Block;

public sealed record SignatureLine(string Label, string? Value, string? Caption = null);

/// <summary>Records the page on which the next content lands, for <see cref="Run.PageOf"/>.</summary>
public sealed record Anchor(string Id) : Block;

/// <summary>Vertical space, in points.</summary>
public sealed record Spacer(double Points) : Block;

/// <summary>A horizontal rule across the text width.</summary>
public sealed record Rule : Block;

/// <summary>
/// A structure-level section: its blocks are grouped under one tagged element (a "Sect" titled with the section's
/// name), as an agenda item's papers or one report of a pack are.
/// </summary>
public sealed record Section(string Title, IReadOnlyList<Block> Blocks) : Block;

/// <summary>
/// A whole document. Every page carries the header text and "Page X of N" in the footer; <see cref="Marking"/>
/// ("DRAFT") is printed across every page when set.
/// </summary>
public sealed record LayoutDocument(string Title, IReadOnlyList<Block> Blocks)
{
    public string? Author { get; init; }
    public string? Subject { get; init; }
    public string? HeaderText { get; init; }
    public string? Marking { get; init; }
    public DateTimeOffset Created { get; init; } = DateTimeOffset.UnixEpoch;
}
