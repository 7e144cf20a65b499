namespace CommitteeHub.Documents.Pdf;

/// <summary>One face of the document's type family; regular, bold, italic and bold italic are four faces. A
/// character the face lacks is drawn from <see cref="Fallback"/> (a face with wide coverage: Greek, Cyrillic, maths)
/// rather than disappearing from the text.</summary>
internal sealed record FontFace(TrueTypeFont Font, string Style, FontFace? Fallback = null)
{
    /// <summary>The width of a string in thousandths of the em, each character measured in the face that draws it.</summary>
    public double Measure(ReadOnlySpan<char> text)
    {
        if (Fallback is null) return Font.Measure(text);
        double width = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var cp = CodePointAt(text, ref i);
            var gid = Font.GlyphId(cp);
            var fallback = gid == 0 ? Fallback.Font.GlyphId(cp) : (ushort)0;
            width += fallback != 0 ? Fallback.Font.Advance(fallback) : Font.Advance(gid);
        }
        return width;
    }

    /// <summary>Splits a string into stretches each drawn by one face: this one, or the fallback for what this one
    /// lacks. A character neither has stays with this face (and is reported as missing when encoded).</summary>
    public IEnumerable<(FontFace Face, string Text)> Segments(string text)
    {
        if (Fallback is null) { yield return (this, text); yield break; }
        var start = 0;
        FontFace? current = null;
        for (var i = 0; i < text.Length; i++)
        {
            var at = i;
            var cp = CodePointAt(text, ref i);
            var face = Font.GlyphId(cp) == 0 && Fallback.Font.GlyphId(cp) != 0 ? Fallback : this;
            if (current is not null && face != current)
            {
                yield return (current, text[start..at]);
                start = at;
            }
            current = face;
        }
        if (current is not null) yield return (current, text[start..]);
    }

    private static int CodePointAt(ReadOnlySpan<char> text, ref int i)
    {
        if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            return char.ConvertToUtf32(text[i], text[++i]);
        return text[i];
    }
}

/// <summary>
/// An element of the structure tree (the tagged-PDF "logical structure" a screen reader follows). Elements are
/// created by the layout as it meets the document's blocks, and attached to their parents only when their first
/// content is drawn, so the tree's order is always the reading order of the pages.
/// </summary>
internal sealed class StructElement(string type, StructElement? parent)
{
    public string Type { get; } = type;
    public StructElement? Parent { get; } = parent;
    internal List<object> Kids { get; } = [];
    public string? Title { get; init; }
    public string? ActualText { get; init; }
    /// <summary>Serialised attribute dictionary, e.g. "/O /Table /Scope /Column".</summary>
    public string? Attributes { get; init; }
    internal bool Attached { get; set; }
    internal int ObjectNumber { get; set; }

    /// <summary>Attaches this element and its ancestors, in reading order, the first time content is drawn for it.</summary>
    internal void Attach()
    {
        if (Attached || Parent is null) return;
        Parent.Attach();
        Parent.Kids.Add(this);
        Attached = true;
    }
}

/// <summary>A marked-content reference: content number <see cref="Mcid"/> of page <see cref="Page"/>.</summary>
internal sealed record MarkedContentRef(int Page, int Mcid);

/// <summary>An object reference (OBJR): the link annotation <see cref="Object"/> on page <see cref="Page"/>, a kid of
/// the Link element whose text it makes clickable.</summary>
internal sealed record ObjectRef(int Page, int Object);

/// <summary>A clickable area over linked text: to a web or mail address, or (<see cref="TargetPage"/>) to a page of
/// the document. <see cref="Owner"/> is the Link structure element of the text.</summary>
internal sealed record LinkArea(double X1, double Y1, double X2, double Y2, string Target, StructElement Owner, string Text)
{
    public int? TargetPage { get; init; }
}

/// <summary>What is drawn on a page, in drawing order. The layout positions everything; the writer only encodes.
/// Coordinates are PDF points from the bottom left of the page.</summary>
internal abstract record DrawOp
{
    /// <summary>The structure element this content belongs to; null marks it as an artifact (page furniture,
    /// rules, underlines), which screen readers skip.</summary>
    public StructElement? Owner { get; init; }
}

/// <summary>Text on one baseline in one face. <see cref="Anchor"/>, when set, makes the text the page number on
/// which that anchor landed, filled in once the whole document is laid out.</summary>
internal sealed record TextOp(double X, double Y, FontFace Face, double Size, string Text, bool AlignRight = false,
    string? Anchor = null, Rgb? Colour = null) : DrawOp
{
    public string ArtifactKind { get; init; } = "Layout";
}

/// <summary>A straight line: rules, table borders, underlines and strike-through.</summary>
internal sealed record LineOp(double X1, double Y1, double X2, double Y2, double Width, Rgb? Colour = null) : DrawOp;

/// <summary>Large text drawn at an angle across the page: "DRAFT", "EXEMPT".</summary>
internal sealed record WatermarkOp(string Text, FontFace Face, double Size, Rgb Colour, double CenterX, double CenterY) : DrawOp;

internal readonly record struct Rgb(double R, double G, double B)
{
    public static Rgb Black { get; } = new(0, 0, 0);

    public static Rgb Parse(string hex)
    {
        var h = hex.TrimStart('#');
        if (h.Length != 6) throw new FormatException($"Colour '{hex}' is not #RRGGBB.");
        var v = Convert.FromHexString(h);
        return new Rgb(v[0] / 255.0, v[1] / 255.0, v[2] / 255.0);
    }
}

/// <summary>A page of the finished document: one we laid out, or one copied from an uploaded PDF.</summary>
internal abstract class OutputPage;

internal sealed class LaidOutPage(double width, double height) : OutputPage
{
    public double Width { get; } = width;
    public double Height { get; } = height;
    public List<DrawOp> Ops { get; } = [];
    public List<LinkArea> Links { get; } = [];
}

/// <summary>A page of an uploaded PDF, kept as it is, with our page furniture stamped on it.</summary>
internal sealed class ImportedPage(ImportedDocument source, int pageNumber, StructElement owner) : OutputPage
{
    public ImportedDocument Source { get; } = source;
    public int PageNumber { get; } = pageNumber;
    public StructElement Owner { get; } = owner;
    public List<DrawOp> Stamp { get; } = [];
}

/// <summary>A bookmark: a title and where it points.</summary>
internal sealed record OutlineEntry(string Title, int Level, int PageIndex, double Y);
