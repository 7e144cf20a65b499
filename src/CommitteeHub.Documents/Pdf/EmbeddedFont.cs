using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace CommitteeHub.Documents.Pdf;

/// <summary>
/// One face as used by one document: the glyphs drawn (so the embedded font holds only those) and the text each
/// stands for (so the ToUnicode map lets readers and screen readers get the letters back). Embedded as a Type0 font
/// with Identity-H encoding: two-byte glyph ids in the content, which covers every glyph the font has.
/// </summary>
internal sealed class EmbeddedFont(FontFace face, string resourceName)
{
    private readonly SortedDictionary<ushort, string> _used = new() { [0] = "" };

    public FontFace Face { get; } = face;

    /// <summary>Characters drawn that the face has no glyph for (and its fallback neither): they show as nothing
    /// and are lost to text extraction and screen readers.</summary>
    public SortedSet<int> Missing { get; } = [];
    public string ResourceName { get; } = resourceName;

    /// <summary>Appends the glyph ids of <paramref name="text"/> as a hex string body.</summary>
    public void Encode(string text, StringBuilder hex)
    {
        var font = Face.Font;
        for (var i = 0; i < text.Length; i++)
        {
            int cp = text[i];
            var chars = 1;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length)
            {
                cp = char.ConvertToUtf32(text[i], text[i + 1]);
                chars = 2;
            }
            var gid = font.GlyphId(cp);
            if (gid == 0 && !char.IsControl(text[i]) && CharUnicodeInfo.GetUnicodeCategory(cp) != UnicodeCategory.Format) Missing.Add(cp);
            if (gid != 0 && !_used.ContainsKey(gid)) _used[gid] = text.Substring(i, chars);
            i += chars - 1;
            hex.Append(Hex[gid >> 12]).Append(Hex[(gid >> 8) & 15]).Append(Hex[(gid >> 4) & 15]).Append(Hex[gid & 15]);
        }
    }

    private const string Hex = "0123456789ABCDEF";

    /// <summary>Writes the font's five objects and returns the number of the Type0 font object.</summary>
    public int Write(PdfWriter w, int type0)
    {
        var font = Face.Font;
        var tag = SubsetTag();
        var baseFont = tag + "+" + font.PostScriptName;
        int cid = w.Allocate(), descriptor = w.Allocate(), file = w.Allocate(), toUnicode = w.Allocate();

        var subset = font.Subset(_used.Keys.ToHashSet());
        w.Stream(file, $"/Length1 {subset.Length}", subset, level: CompressionLevel.Optimal);

        var flags = 32 + (font.IsItalic ? 64 : 0); // nonsymbolic; italic
        double S(int v) => font.ToThousandths(v);
        w.Object(descriptor,
            $"<< /Type /FontDescriptor /FontName {PdfSyntax.Name(baseFont)} /Flags {flags} " +
            $"/FontBBox [{PdfSyntax.Num(S(font.XMin))} {PdfSyntax.Num(S(font.YMin))} {PdfSyntax.Num(S(font.XMax))} {PdfSyntax.Num(S(font.YMax))}] " +
            $"/ItalicAngle {PdfSyntax.Num(font.ItalicAngle)} /Ascent {PdfSyntax.Num(S(font.Ascender))} /Descent {PdfSyntax.Num(S(font.Descender))} " +
            $"/CapHeight {PdfSyntax.Num(S(font.CapHeight))} /StemV {(font.IsBold ? 140 : 80)} /FontFile2 {PdfSyntax.Ref(file)} >>");

        w.Object(cid,
            $"<< /Type /Font /Subtype /CIDFontType2 /BaseFont {PdfSyntax.Name(baseFont)} " +
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> " +
            $"/FontDescriptor {PdfSyntax.Ref(descriptor)} /DW {PdfSyntax.Num(font.Advance(0))} /W {Widths()} /CIDToGIDMap /Identity >>");

        w.Stream(toUnicode, "", Encoding.ASCII.GetBytes(ToUnicodeMap()));
        w.Object(type0,
            $"<< /Type /Font /Subtype /Type0 /BaseFont {PdfSyntax.Name(baseFont)} /Encoding /Identity-H " +
            $"/DescendantFonts [{PdfSyntax.Ref(cid)}] /ToUnicode {PdfSyntax.Ref(toUnicode)} >>");
        return type0;
    }

    private string Widths()
    {
        // Runs of consecutive glyph ids share one entry: "first [w1 w2 ...]".
        var sb = new StringBuilder("[");
        var prev = -2;
        foreach (var gid in _used.Keys)
        {
            if (gid != prev + 1)
            {
                if (prev >= 0) sb.Append("] ");
                sb.Append(gid.ToString(CultureInfo.InvariantCulture)).Append(" [");
            }
            else sb.Append(' ');
            sb.Append(PdfSyntax.Num(Face.Font.Advance(gid)));
            prev = gid;
        }
        return sb.Append("]]").ToString();
    }

    private string ToUnicodeMap()
    {
        var sb = new StringBuilder();
        sb.Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n");
        sb.Append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n");
        sb.Append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n");
        sb.Append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        var mapped = _used.Where(u => u.Value.Length > 0).ToList();
        for (var start = 0; start < mapped.Count; start += 100)
        {
            var chunk = mapped.Skip(start).Take(100).ToList();
            sb.Append(chunk.Count).Append(" beginbfchar\n");
            foreach (var (gid, text) in chunk)
                sb.Append('<').Append(gid.ToString("X4", CultureInfo.InvariantCulture)).Append("> <")
                  .Append(Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text))).Append(">\n");
            sb.Append("endbfchar\n");
        }
        sb.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return sb.ToString();
    }

    /// <summary>Six capital letters naming the subset, derived from the glyphs so that the same text gives the
    /// same file.</summary>
    private string SubsetTag()
    {
        var hash = 17L;
        foreach (var g in _used.Keys) hash = hash * 31 + g;
        foreach (var c in Face.Font.PostScriptName) hash = hash * 31 + c;
        hash &= long.MaxValue;
        var chars = new char[6];
        for (var i = 0; i < 6; i++) { chars[i] = (char)('A' + (int)(hash % 26)); hash /= 26; }
        return new string(chars);
    }
}
