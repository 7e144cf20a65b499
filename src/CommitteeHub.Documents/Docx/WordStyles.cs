using DocumentFormat.OpenXml.Wordprocessing;

namespace CommitteeHub.Documents.Docx;

/// <summary>The Word file's styles: British English throughout, a plain body font, and real heading styles (with
/// outline levels, so Word's navigation pane and a screen reader's heading list find them).</summary>
internal static class WordStyles
{
    /// <summary>Word's "List Paragraph" style.</summary>
    public const string ListItem = "ListParagraph";

    private static readonly int[] HeadingSizes = [32, 28, 26, 24, 24, 24, 24, 24, 24];

    public static Styles Make()
    {
        var styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial" },
                new FontSize { Val = "24" }, new Languages { Val = "en-GB" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "160", Line = "276", LineRule = LineSpacingRuleValues.Auto }))));
        styles.Append(new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
        styles.Append(new Style(new StyleName { Val = "List Paragraph" }, new BasedOn { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = ListItem });
        for (var level = 1; level <= 9; level++)
            styles.Append(new Style(
                new StyleName { Val = "heading " + level }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle(),
                new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }, new OutlineLevel { Val = level - 1 }),
                new StyleRunProperties(new Bold(), new FontSize { Val = HeadingSizes[level - 1].ToString(System.Globalization.CultureInfo.InvariantCulture) }))
            { Type = StyleValues.Paragraph, StyleId = "Heading" + level });
        return styles;
    }
}
