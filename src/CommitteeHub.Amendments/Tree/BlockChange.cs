namespace CommitteeHub.Amendments;

/// <summary>What happened to a block.</summary>
public enum BlockChangeKind
{
    /// <summary>Unchanged (whitespace, line wrapping and numbering aside).</summary>
    Equal,
    /// <summary>A new block.</summary>
    Inserted,
    /// <summary>A block left out.</summary>
    Deleted,
    /// <summary>The block is in both versions, with changed words, formatting or shape.</summary>
    Modified,
    /// <summary>Where a moved block stood in the original; its text is shown deleted here.</summary>
    MovedFrom,
    /// <summary>Where a moved block stands in the amended text; its runs show any edits made to it on the way.</summary>
    MovedTo,
}

/// <summary>One block of the change tree, in reading order.</summary>
public sealed class BlockChange
{
    internal BlockChange(BlockChangeKind change, BlockFormat? oldFormat, BlockFormat? newFormat,
        IReadOnlyList<InlineRun> runs, bool replacedWhole, int oldIndex, int newIndex)
    {
        Change = change;
        OldFormat = oldFormat;
        NewFormat = newFormat;
        Runs = runs;
        ReplacedWhole = replacedWhole;
        OldIndex = oldIndex;
        NewIndex = newIndex;
    }

    /// <summary>What happened to the block.</summary>
    public BlockChangeKind Change { get; }

    /// <summary>The block's shape in the original; null for an inserted block or the new place of a moved one.</summary>
    public BlockFormat? OldFormat { get; }

    /// <summary>The block's shape in the amended text; null for a deleted block or the old place of a moved one.</summary>
    public BlockFormat? NewFormat { get; }

    /// <summary>The shape to display: the original's where the block was in the original, so that markers keep the
    /// numbering the amendment refers to; the amended one for a block that is new here.</summary>
    public BlockFormat Format => Change is BlockChangeKind.Inserted or BlockChangeKind.MovedTo ? NewFormat! : OldFormat!;

    /// <summary>Paragraph, heading or list item.</summary>
    public BlockKind Kind => Format.Kind;

    /// <summary>1 to 6 for a heading, otherwise 0.</summary>
    public int HeadingLevel => Format.HeadingLevel;

    /// <summary>List nesting, 0 outside lists.</summary>
    public int Depth => Format.Depth;

    /// <summary>True for numbered and lettered items.</summary>
    public bool Ordered => Format.Ordered;

    /// <summary>The marker to display, "(a)", "3.", "-"; empty for paragraphs and headings. Items of a list are
    /// numbered in the order shown, deleted and inserted items included, when both versions letter the list
    /// regularly (see <see cref="Format"/> for the block's own marker).</summary>
    public string Marker
    {
        get => _marker ?? Format.Marker;
        internal set => _marker = value;
    }

    private string? _marker;

    /// <summary>The block's text as runs, in reading order. Inserted and deleted blocks have all their runs inserted
    /// or deleted.</summary>
    public IReadOnlyList<InlineRun> Runs { get; }

    /// <summary>True when a mostly rewritten block is shown as its old text deleted and its new text inserted.</summary>
    public bool ReplacedWhole { get; }

    /// <summary>True when the block changed kind, heading level or list nesting (renumbering does not count).</summary>
    public bool ShapeChanged => OldFormat is not null && NewFormat is not null && !OldFormat.SameShapeAs(NewFormat);

    /// <summary>Index of the block among the original's blocks, or -1 for an inserted block. Both halves of a move
    /// carry both indexes.</summary>
    public int OldIndex { get; }

    /// <summary>Index of the block among the amended text's blocks, or -1 for a deleted block.</summary>
    public int NewIndex { get; }

    /// <summary>For a move, the index in <see cref="ChangeTree.Blocks"/> of its other half; otherwise -1.</summary>
    public int MovePartner { get; internal set; } = -1;

    /// <summary>The block's text in the original, or "" when it was not there.</summary>
    public string OriginalText => OldFormat is null ? "" : _originalText ??= RunText.Join(Runs, RunText.Original);

    /// <summary>The block's text in the amended version, or "" when it is not there.</summary>
    public string AmendedText => NewFormat is null ? "" : _amendedText ??= RunText.Join(Runs, RunText.Amended);

    // Joined once: the wording asks for a paragraph's texts three or four times, and a long one is a megabyte each.
    private string? _originalText;
    private string? _amendedText;
}
