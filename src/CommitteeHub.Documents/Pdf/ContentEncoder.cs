using System.Text;

namespace CommitteeHub.Documents.Pdf;

/// <summary>
/// Turns a page's drawing operations into a content stream. Each stretch of content belonging to one structure
/// element becomes a marked-content sequence with its own MCID; content with no owner is an artifact. The MCIDs are
/// recorded on the elements and in <c>owners</c>, which becomes the page's entry in the parent tree.
/// </summary>
internal static class ContentEncoder
{
    /// <param name="resourcePrefix">Replaces the fonts' usual resource-name prefix, for content stamped on an
    /// imported page whose own resources may already use our names.</param>
    public static string Encode(IReadOnlyList<DrawOp> ops, int pageIndex, List<StructElement> owners,
        Func<FontFace, EmbeddedFont> fontFor, string? resourcePrefix = null)
    {
        string NameOf(EmbeddedFont f) => resourcePrefix is null ? f.ResourceName : resourcePrefix + f.ResourceName;
        var sb = new StringBuilder(ops.Count * 48);
        StructElement? tagged = null;
        string? artifact = null;
        var open = false;
        var fill = Rgb.Black;
        var stroke = Rgb.Black;
        double lineWidth = -1;

        void Close()
        {
            if (open) sb.Append("EMC\n");
            open = false;
            tagged = null;
            artifact = null;
        }

        foreach (var op in ops)
        {
            if (op.Owner is { } owner)
            {
                if (!open || tagged != owner)
                {
                    Close();
                    owner.Attach();
                    var mcid = owners.Count;
                    owners.Add(owner);
                    owner.Kids.Add(new MarkedContentRef(pageIndex, mcid));
                    sb.Append('/').Append(owner.Type).Append(" <</MCID ").Append(mcid).Append(">> BDC\n");
                    tagged = owner;
                    open = true;
                }
            }
            else
            {
                var kind = op switch
                {
                    TextOp t => t.ArtifactKind,
                    WatermarkOp => "Watermark",
                    _ => "Layout",
                };
                if (!open || artifact != kind)
                {
                    Close();
                    sb.Append(kind switch
                    {
                        "Header" => "/Artifact <</Type /Pagination /Subtype /Header>> BDC\n",
                        "Footer" => "/Artifact <</Type /Pagination /Subtype /Footer>> BDC\n",
                        "Watermark" => "/Artifact <</Type /Pagination /Subtype /Watermark>> BDC\n",
                        _ => "/Artifact BMC\n",
                    });
                    artifact = kind;
                    open = true;
                }
            }

            switch (op)
            {
                case TextOp t:
                {
                    var colour = t.Colour ?? Rgb.Black;
                    if (colour != fill) { Colour(sb, colour, "rg"); fill = colour; }
                    var x = t.AlignRight ? t.X - t.Face.Measure(t.Text) * t.Size / 1000 : t.X;
                    sb.Append("BT 1 0 0 1 ").Append(PdfSyntax.Num(x)).Append(' ').Append(PdfSyntax.Num(t.Y)).Append(" Tm");
                    // Each stretch in its own face; Tj moves on by the stretch's width, so they join up.
                    foreach (var (face, part) in t.Face.Segments(t.Text))
                    {
                        var font = fontFor(face);
                        sb.Append(" /").Append(NameOf(font)).Append(' ').Append(PdfSyntax.Num(t.Size)).Append(" Tf <");
                        font.Encode(part, sb);
                        sb.Append("> Tj");
                    }
                    sb.Append(" ET\n");
                    break;
                }
                case LineOp l:
                {
                    var colour = l.Colour ?? Rgb.Black;
                    if (colour != stroke) { Colour(sb, colour, "RG"); stroke = colour; }
                    if (l.Width != lineWidth) { sb.Append(PdfSyntax.Num(l.Width)).Append(" w\n"); lineWidth = l.Width; }
                    sb.Append(PdfSyntax.Num(l.X1)).Append(' ').Append(PdfSyntax.Num(l.Y1)).Append(" m ")
                      .Append(PdfSyntax.Num(l.X2)).Append(' ').Append(PdfSyntax.Num(l.Y2)).Append(" l S\n");
                    break;
                }
                case WatermarkOp m:
                {
                    // Drawn first and pale, under the text, across the page's diagonal.
                    var font = fontFor(m.Face);
                    var width = m.Face.Measure(m.Text) * m.Size / 1000;
                    const double cos = 0.8192, sin = 0.5736; // 35 degrees
                    var cx = m.CenterX - cos * width / 2;
                    var cy = m.CenterY - sin * width / 2;
                    Colour(sb, m.Colour, "rg");
                    fill = m.Colour;
                    sb.Append("BT /").Append(NameOf(font)).Append(' ').Append(PdfSyntax.Num(m.Size)).Append(" Tf ")
                      .Append($"{PdfSyntax.Num(cos)} {PdfSyntax.Num(sin)} {PdfSyntax.Num(-sin)} {PdfSyntax.Num(cos)} {PdfSyntax.Num(cx)} {PdfSyntax.Num(cy)} Tm <");
                    font.Encode(m.Text, sb);
                    sb.Append("> Tj ET\n");
                    break;
                }
            }
        }
        Close();
        return sb.ToString();
    }

    private static void Colour(StringBuilder sb, Rgb c, string op) =>
        sb.Append(PdfSyntax.Num(c.R)).Append(' ').Append(PdfSyntax.Num(c.G)).Append(' ').Append(PdfSyntax.Num(c.B)).Append(' ').Append(op).Append('\n');
}
