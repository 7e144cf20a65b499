using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace CommitteeHub.Documents.Pdf;

/// <summary>
/// The file layer of PDF 1.7: numbered objects written in any order, streams (Flate-compressed where asked), a
/// cross-reference table and trailer. Everything above it composes object bodies as text; the bytes of every
/// object we write are ASCII, so one Latin-1 encoding serves (binary data only ever goes in streams).
/// </summary>
internal sealed class PdfWriter
{
    private readonly MemoryStream _out = new(256 * 1024);
    private readonly List<long> _offsets = [0];

    public PdfWriter()
    {
        // The binary comment tells transfer tools the file is not text.
        Raw("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
    }

    /// <summary>Reserves an object number so that objects can refer to each other before either is written.</summary>
    public int Allocate()
    {
        _offsets.Add(-1);
        return _offsets.Count - 1;
    }

    public void Object(int number, string body)
    {
        Begin(number);
        Raw(body);
        Raw("\nendobj\n");
    }

    /// <summary>Writes a stream; <paramref name="entries"/> are the dictionary's other entries ("/Type /XObject").</summary>
    public void Stream(int number, string entries, ReadOnlySpan<byte> data, bool compress = true,
        CompressionLevel level = CompressionLevel.Optimal)
    {
        byte[]? packed = null;
        if (compress)
        {
            var buffer = new MemoryStream(data.Length / 2 + 64);
            using (var z = new ZLibStream(buffer, level, leaveOpen: true)) z.Write(data);
            packed = buffer.ToArray();
        }
        var body = packed ?? data.ToArray();
        Begin(number);
        Raw($"<< {entries}{(compress ? " /Filter /FlateDecode" : "")} /Length {body.Length} >>\nstream\n");
        _out.Write(body);
        Raw("\nendstream\nendobj\n");
    }

    /// <summary>Writes a stream whose dictionary is already serialised (pages imported from another file, whose
    /// data stays encoded as it was).</summary>
    public void RawStream(int number, string dictionary, ReadOnlySpan<byte> data)
    {
        Begin(number);
        Raw(dictionary);
        Raw("\nstream\n");
        _out.Write(data);
        Raw("\nendstream\nendobj\n");
    }

    public byte[] Finish(int catalog, int info, string title)
    {
        var xref = _out.Position;
        var sb = new StringBuilder();
        sb.Append("xref\n0 ").Append(_offsets.Count).Append('\n');
        sb.Append("0000000000 65535 f \n");
        for (var i = 1; i < _offsets.Count; i++)
        {
            if (_offsets[i] < 0) throw new InvalidOperationException($"PDF object {i} was allocated but never written.");
            sb.Append(_offsets[i].ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }
        // The file identifier only has to be unique enough to tell versions apart; a hash of the title and size is
        // stable for identical output, which keeps generated papers reproducible.
        var id = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(
            Encoding.UTF8.GetBytes($"{title}|{_out.Length}|{_offsets.Count}")).AsSpan(0, 16));
        sb.Append($"trailer\n<< /Size {_offsets.Count} /Root {catalog} 0 R /Info {info} 0 R /ID [<{id}> <{id}>] >>\n");
        sb.Append("startxref\n").Append(xref).Append("\n%%EOF\n");
        Raw(sb.ToString());
        return _out.ToArray();
    }

    private void Begin(int number)
    {
        if (_offsets[number] >= 0) throw new InvalidOperationException($"PDF object {number} written twice.");
        _offsets[number] = _out.Position;
        Raw(number.ToString(CultureInfo.InvariantCulture));
        Raw(" 0 obj\n");
    }

    private void Raw(string s)
    {
        Span<byte> small = stackalloc byte[512];
        if (s.Length <= small.Length)
        {
            var n = Encoding.Latin1.GetBytes(s, small);
            _out.Write(small[..n]);
        }
        else _out.Write(Encoding.Latin1.GetBytes(s));
    }
}

/// <summary>How values are spelt in PDF syntax.</summary>
internal static class PdfSyntax
{
    public static string Num(double v)
    {
        var r = Math.Round(v, 3);
        if (r == Math.Floor(r) && Math.Abs(r) < 1e9) return ((long)r).ToString(CultureInfo.InvariantCulture);
        return r.ToString("0.###", CultureInfo.InvariantCulture);
    }

    public static string Ref(int number) => number.ToString(CultureInfo.InvariantCulture) + " 0 R";

    /// <summary>A text string (titles, bookmarks, alternate text): literal when plain ASCII so it stays readable in
    /// the file, otherwise UTF-16BE with a byte order mark as the specification requires.</summary>
    public static string Text(string s)
    {
        if (s.All(c => c >= ' ' && c < 127))
        {
            var sb = new StringBuilder(s.Length + 2).Append('(');
            foreach (var c in s)
            {
                if (c is '(' or ')' or '\\') sb.Append('\\');
                sb.Append(c);
            }
            return sb.Append(')').ToString();
        }
        return "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(s)) + ">";
    }

    /// <summary>A name, escaping what names may not hold literally.</summary>
    public static string Name(string s)
    {
        var sb = new StringBuilder("/");
        foreach (var b in Encoding.UTF8.GetBytes(s))
        {
            if (b is > 32 and < 127 && "#()<>[]{}/%".IndexOf((char)b) < 0) sb.Append((char)b);
            else sb.Append('#').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    public static string Date(DateTimeOffset d)
    {
        var off = d.Offset;
        var sign = off < TimeSpan.Zero ? '-' : '+';
        return $"D:{d:yyyyMMddHHmmss}{sign}{Math.Abs(off.Hours):00}'{Math.Abs(off.Minutes):00}'";
    }
}
