using CommitteeHub.Amendments.Rendering;

namespace CommitteeHub.Amendments;

/// <summary>The renderings of a change tree. All are made from the same tree, so screen, print and order paper agree.</summary>
public static class ChangeRenderers
{
    /// <summary>A well-formed HTML fragment: one &lt;div class="tracked-changes"&gt; holding the blocks, insertions
    /// in &lt;ins&gt;, deletions in &lt;del&gt;, each announced by visually hidden text for screen readers (the
    /// class "visually-hidden"); all text HTML-encoded. See <see cref="Stylesheet"/>.</summary>
    public static string Html(ChangeTree tree) => HtmlRenderer.Render(tree);

    /// <summary>Plain text, one line per block: "[+ inserted +]", "[- deleted -]", "[~ text (bold added) ~]".</summary>
    public static string PlainText(ChangeTree tree) => PlainTextRenderer.Render(tree);

    /// <summary>The amendment in order-paper wording, one instruction per change, in order. Each change is placed
    /// by searching the whole motion, so a cancellable <paramref name="cancellation"/> bounds a text of thousands of
    /// changes (see <see cref="TrackedChanges.Compare"/>).</summary>
    public static IReadOnlyList<string> Instructions(ChangeTree tree, CancellationToken cancellation = default) => InstructionWriter.Write(tree, cancellation);

    /// <summary>The CSS the HTML rendering expects, for a site that does not already style it: changes are shown by
    /// strike-through, underline, weight, borders and notes, never by colour alone.</summary>
    public const string Stylesheet = """
        .tracked-changes ins { text-decoration: underline; font-weight: bold; }
        .tracked-changes del { text-decoration: line-through; }
        .tracked-changes ol { list-style: none; }
        .tracked-changes .format-change { border-bottom: 2px dotted; }
        .tracked-changes .move-note, .tracked-changes .format-note { font-style: italic; }
        .tracked-changes .moved-to { border-left: 3px double; padding-left: .5em; }
        .tracked-changes .moved-from { border-left: 3px dashed; padding-left: .5em; }
        .tracked-changes del + ins { margin-left: .25em; }
        .tracked-changes del + ins.joined { margin-left: 0; }
        .visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
        """;
}
