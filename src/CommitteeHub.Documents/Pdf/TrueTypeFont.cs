using System.Buffers.Binary;
using System.Text;

namespace CommitteeHub.Documents.Pdf;

/// <summary>
/// A TrueType (glyf-outline) font read once from its file: the metrics layout needs and the tables a subset needs.
/// Only what embedding as a CIDFontType2 requires is read; kerning and OpenType layout are not, because council
/// papers are set ragged-right in one Latin face.
/// </summary>
public sealed class TrueTypeFont
{
    private readonly byte[] _data;
    private readonly Dictionary<string, (int Offset, int Length)> _tables = new(StringComparer.Ordinal);
    private readonly Dictionary<int, ushort> _cmap = [];
    private readonly ushort[] _advances;
    private readonly int[] _loca;
    private readonly ushort[] _bmpGlyphs = new ushort[0x10000];

    public TrueTypeFont(byte[] data, string fileName)
    {
        _data = data;
        FileName = fileName;
        if (data.Length < 12) throw new InvalidDataException($"{fileName} is not a TrueType font.");
        var version = U32(0);
        if (version != 0x00010000 && version != 0x74727565) throw new InvalidDataException($"{fileName} is not a TrueType font with glyf outlines.");
        int count = U16(4);
        for (var i = 0; i < count; i++)
        {
            var rec = 12 + 16 * i;
            var tag = Encoding.ASCII.GetString(data, rec, 4);
            _tables[tag] = ((int)U32(rec + 8), (int)U32(rec + 12));
        }
        foreach (var t in new[] { "head", "hhea", "hmtx", "maxp", "cmap", "loca", "glyf" })
            if (!_tables.ContainsKey(t)) throw new InvalidDataException($"{fileName} has no '{t}' table.");

        var head = _tables["head"].Offset;
        UnitsPerEm = U16(head + 18);
        XMin = S16(head + 36); YMin = S16(head + 38); XMax = S16(head + 40); YMax = S16(head + 42);
        MacStyle = U16(head + 44);
        var longLoca = S16(head + 50) == 1;
        var hhea = _tables["hhea"].Offset;
        Ascender = S16(hhea + 4);
        Descender = S16(hhea + 6);
        LineGap = S16(hhea + 8);
        int numberOfHMetrics = U16(hhea + 34);
        NumGlyphs = U16(_tables["maxp"].Offset + 4);

        _advances = new ushort[NumGlyphs];
        var hmtx = _tables["hmtx"].Offset;
        ushort last = 0;
        for (var g = 0; g < NumGlyphs; g++)
        {
            if (g < numberOfHMetrics) last = U16(hmtx + 4 * g);
            _advances[g] = last;
        }

        _loca = new int[NumGlyphs + 1];
        var loca = _tables["loca"].Offset;
        for (var g = 0; g <= NumGlyphs; g++)
            _loca[g] = longLoca ? (int)U32(loca + 4 * g) : U16(loca + 2 * g) * 2;

        ReadCmap();
        foreach (var (cp, gid) in _cmap)
            if (cp < 0x10000) _bmpGlyphs[cp] = gid;

        if (_tables.TryGetValue("OS/2", out var os2) && os2.Length >= 90)
        {
            CapHeight = S16(os2.Offset + 88);
            WeightClass = U16(os2.Offset + 4);
        }
        else CapHeight = Ascender * 7 / 10;
        if (_tables.TryGetValue("post", out var post))
            ItalicAngle = (int)U32(post.Offset + 4) / 65536.0;
        PostScriptName = ReadPostScriptName() ?? Path.GetFileNameWithoutExtension(fileName).Replace(" ", "");
    }

    public string FileName { get; }
    public string PostScriptName { get; }
    public int UnitsPerEm { get; }
    public int Ascender { get; }
    public int Descender { get; }
    public int LineGap { get; }
    public int CapHeight { get; }
    public int WeightClass { get; } = 400;
    public int MacStyle { get; }
    public double ItalicAngle { get; }
    public int XMin { get; }
    public int YMin { get; }
    public int XMax { get; }
    public int YMax { get; }
    public int NumGlyphs { get; }
    public bool IsBold => (MacStyle & 1) != 0 || WeightClass >= 600;
    public bool IsItalic => (MacStyle & 2) != 0 || ItalicAngle != 0;

    /// <summary>The glyph for a character, 0 (.notdef) when the font lacks it.</summary>
    public ushort GlyphId(int codePoint) =>
        codePoint < 0x10000 ? _bmpGlyphs[codePoint] : _cmap.GetValueOrDefault(codePoint);

    /// <summary>The advance width in thousandths of the em, the unit of PDF text space.</summary>
    public double Advance(ushort glyph) => _advances[glyph] * 1000.0 / UnitsPerEm;

    /// <summary>The width of a string in thousandths of the em (no kerning).</summary>
    public double Measure(ReadOnlySpan<char> text)
    {
        long units = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length)
            {
                units += _advances[GlyphId(char.ConvertToUtf32(c, text[++i]))];
                continue;
            }
            units += _advances[_bmpGlyphs[c]];
        }
        return units * 1000.0 / UnitsPerEm;
    }

    /// <summary>Scales a value in font units to thousandths of the em.</summary>
    public double ToThousandths(int units) => units * 1000.0 / UnitsPerEm;

    /// <summary>
    /// A copy of the font holding only the outlines of <paramref name="glyphs"/> (and the components they are built
    /// from). Glyph ids are kept, so the content streams' codes need no remapping: unused glyphs become empty and the
    /// glyph count is cut to the highest one used. Hinting tables are kept so that small text renders as designed.
    /// </summary>
    public byte[] Subset(IReadOnlySet<ushort> glyphs)
    {
        var keep = new SortedSet<ushort>(glyphs) { 0 };
        var queue = new Queue<ushort>(keep);
        var glyf = _tables["glyf"].Offset;
        while (queue.Count > 0)
        {
            var g = queue.Dequeue();
            var start = _loca[g];
            if (_loca[g + 1] - start < 10 || S16(glyf + start) >= 0) continue; // empty or simple glyph
            var p = glyf + start + 10;
            while (true)
            {
                int flags = U16(p);
                var component = U16(p + 2);
                if (component < NumGlyphs && keep.Add(component)) queue.Enqueue(component);
                p += 4 + ((flags & 1) != 0 ? 4 : 2);
                if ((flags & 8) != 0) p += 2;
                else if ((flags & 0x40) != 0) p += 4;
                else if ((flags & 0x80) != 0) p += 8;
                if ((flags & 0x20) == 0) break;
            }
        }

        var numGlyphs = keep.Max + 1;
        var newGlyf = new MemoryStream();
        var newLoca = new byte[(numGlyphs + 1) * 4];
        for (var g = 0; g < numGlyphs; g++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(4 * g), (uint)newGlyf.Length);
            if (!keep.Contains((ushort)g)) continue;
            var len = _loca[g + 1] - _loca[g];
            newGlyf.Write(_data, glyf + _loca[g], len);
            while (newGlyf.Length % 4 != 0) newGlyf.WriteByte(0);
        }
        BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(4 * numGlyphs), (uint)newGlyf.Length);

        var hhea = Table("hhea");
        var numberOfHMetrics = Math.Min(BinaryPrimitives.ReadUInt16BigEndian(hhea.AsSpan(34)), numGlyphs);
        BinaryPrimitives.WriteUInt16BigEndian(hhea.AsSpan(34), (ushort)numberOfHMetrics);
        var hmtxSrc = _tables["hmtx"];
        var hmtx = new byte[numberOfHMetrics * 4 + (numGlyphs - numberOfHMetrics) * 2];
        Array.Copy(_data, hmtxSrc.Offset, hmtx, 0, Math.Min(hmtx.Length, hmtxSrc.Length));
        var maxp = Table("maxp");
        BinaryPrimitives.WriteUInt16BigEndian(maxp.AsSpan(4), (ushort)numGlyphs);
        var head = Table("head");
        BinaryPrimitives.WriteUInt32BigEndian(head.AsSpan(8), 0); // checkSumAdjustment, recomputed below
        BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), 1); // long loca offsets

        var tables = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["glyf"] = newGlyf.ToArray(), ["head"] = head, ["hhea"] = hhea, ["hmtx"] = hmtx, ["loca"] = newLoca, ["maxp"] = maxp,
        };
        foreach (var t in new[] { "cvt ", "fpgm", "prep", "OS/2", "post" })
            if (_tables.ContainsKey(t)) tables[t] = t == "post" ? PostHeader() : Table(t);
        return WriteFont(tables);
    }

    private byte[] PostHeader()
    {
        // Glyph names are not needed in a PDF: format 3 keeps the italic angle and underline metrics only.
        var post = Table("post")[..32];
        BinaryPrimitives.WriteUInt32BigEndian(post, 0x00030000);
        return post;
    }

    private static byte[] WriteFont(SortedDictionary<string, byte[]> tables)
    {
        var n = tables.Count;
        var entrySelector = (int)Math.Floor(Math.Log2(n));
        var searchRange = (1 << entrySelector) * 16;
        var headerLength = 12 + 16 * n;
        var total = headerLength + tables.Values.Sum(t => (t.Length + 3) & ~3);
        var font = new byte[total];
        BinaryPrimitives.WriteUInt32BigEndian(font, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(4), (ushort)n);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(6), (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(8), (ushort)entrySelector);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(10), (ushort)(n * 16 - searchRange));
        var offset = headerLength;
        var i = 0;
        var headOffset = 0;
        foreach (var (tag, bytes) in tables)
        {
            var rec = 12 + 16 * i++;
            Encoding.ASCII.GetBytes(tag, font.AsSpan(rec, 4));
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(rec + 4), Checksum(bytes));
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(rec + 8), (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(rec + 12), (uint)bytes.Length);
            bytes.CopyTo(font, offset);
            if (tag == "head") headOffset = offset;
            offset += (bytes.Length + 3) & ~3;
        }
        BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(headOffset + 8), 0xB1B0AFBA - Checksum(font));
        return font;
    }

    private static uint Checksum(byte[] bytes)
    {
        uint sum = 0;
        for (var i = 0; i < bytes.Length; i += 4)
        {
            uint word = 0;
            for (var k = 0; k < 4; k++) word = (word << 8) | (i + k < bytes.Length ? bytes[i + k] : 0u);
            sum += word;
        }
        return sum;
    }

    private byte[] Table(string tag)
    {
        var (offset, length) = _tables[tag];
        return _data.AsSpan(offset, length).ToArray();
    }

    private void ReadCmap()
    {
        var cmap = _tables["cmap"].Offset;
        int count = U16(cmap + 2);
        int best = -1, bestScore = -1;
        for (var i = 0; i < count; i++)
        {
            var rec = cmap + 4 + 8 * i;
            int platform = U16(rec), encoding = U16(rec + 2);
            var sub = cmap + (int)U32(rec + 4);
            int format = U16(sub);
            var score = (platform, encoding, format) switch
            {
                (3, 10, 12) or (0, 4, 12) or (0, 6, 12) => 3,
                (3, 1, 4) or (0, 3, 4) => 2,
                (0, _, 4) => 1,
                _ => -1,
            };
            if (score > bestScore) (best, bestScore) = (sub, score);
        }
        if (best < 0) throw new InvalidDataException($"{FileName} has no Unicode cmap (format 4 or 12).");
        if (U16(best) == 12)
        {
            var groups = (int)U32(best + 12);
            for (var g = 0; g < groups; g++)
            {
                var p = best + 16 + 12 * g;
                uint start = U32(p), end = U32(p + 4), glyph = U32(p + 8);
                for (var c = start; c <= end && c <= 0x10FFFF; c++)
                    _cmap[(int)c] = (ushort)(glyph + (c - start));
            }
            return;
        }
        var segCount = U16(best + 6) / 2;
        var ends = best + 14;
        var starts = ends + 2 * segCount + 2;
        var deltas = starts + 2 * segCount;
        var rangeOffsets = deltas + 2 * segCount;
        for (var s = 0; s < segCount; s++)
        {
            int end = U16(ends + 2 * s), start = U16(starts + 2 * s);
            var delta = S16(deltas + 2 * s);
            int rangeOffset = U16(rangeOffsets + 2 * s);
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0) glyph = (c + delta) & 0xFFFF;
                else
                {
                    var p = rangeOffsets + 2 * s + rangeOffset + 2 * (c - start);
                    glyph = U16(p);
                    if (glyph != 0) glyph = (glyph + delta) & 0xFFFF;
                }
                if (glyph != 0 && glyph < NumGlyphs) _cmap[c] = (ushort)glyph;
            }
        }
    }

    private string? ReadPostScriptName()
    {
        if (!_tables.TryGetValue("name", out var name)) return null;
        var b = name.Offset;
        int count = U16(b + 2), strings = b + U16(b + 4);
        for (var i = 0; i < count; i++)
        {
            var rec = b + 6 + 12 * i;
            int platform = U16(rec), nameId = U16(rec + 6), length = U16(rec + 8), offset = U16(rec + 10);
            if (nameId != 6) continue;
            var text = platform is 3 or 0
                ? Encoding.BigEndianUnicode.GetString(_data, strings + offset, length)
                : Encoding.Latin1.GetString(_data, strings + offset, length);
            var clean = new string(text.Where(c => c > ' ' && c < 127 && "[](){}<>/%".IndexOf(c) < 0).ToArray());
            if (clean.Length > 0) return clean;
        }
        return null;
    }

    private ushort U16(int p) => BinaryPrimitives.ReadUInt16BigEndian(_data.AsSpan(p));
    private short S16(int p) => BinaryPrimitives.ReadInt16BigEndian(_data.AsSpan(p));
    private uint U32(int p) => BinaryPrimitives.ReadUInt32BigEndian(_data.AsSpan(p));
}
