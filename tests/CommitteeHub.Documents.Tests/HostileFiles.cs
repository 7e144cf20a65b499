using System.IO.Compression;
using System.Text;

namespace CommitteeHub.TestFiles;

/// <summary>Hostile uploads, made by the tests themselves so that none is kept in the repository. Shared by the
/// Documents tests and the web tests (linked into both).</summary>
public static class HostileFiles
{
    /// <summary>A one-page PDF whose content stream is <paramref name="inflatedBytes"/> zeros, Flate-compressed:
    /// a few hundred kilobytes that inflate a thousand times over.</summary>
    public static byte[] PdfBomb(long inflatedBytes)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            var zeros = new byte[1024 * 1024];
            for (var left = inflatedBytes; left > 0; left -= zeros.Length) zlib.Write(zeros, 0, (int)Math.Min(left, zeros.Length));
        }
        return Pdf(1, compressed.ToArray(), "/Filter /FlateDecode");
    }

    /// <summary>A valid PDF of <paramref name="pages"/> blank pages, all sharing one small content stream.</summary>
    public static byte[] ManyPages(int pages) => Pdf(pages, Encoding.ASCII.GetBytes("0 0 m 10 10 l S"), "");

    /// <summary>A Word file (a zip archive) with one part of <paramref name="unpackedBytes"/> zeros.</summary>
    public static byte[] ZipBomb(long unpackedBytes)
    {
        using var file = new MemoryStream();
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var part = zip.CreateEntry("word/document.xml", CompressionLevel.Optimal).Open();
            var zeros = new byte[1024 * 1024];
            for (var left = unpackedBytes; left > 0; left -= zeros.Length) part.Write(zeros, 0, (int)Math.Min(left, zeros.Length));
        }
        return file.ToArray();
    }

    private static byte[] Pdf(int pages, byte[] content, string filter)
    {
        var output = new MemoryStream();
        var offsets = new List<long>();
        void Write(string text) => output.Write(Encoding.ASCII.GetBytes(text));
        void Object(int number, string body)
        {
            offsets.Add(output.Position);
            Write($"{number} 0 obj\n{body}\nendobj\n");
        }
        Write("%PDF-1.7\n");
        Object(1, "<< /Type /Catalog /Pages 2 0 R >>");
        Object(2, $"<< /Type /Pages /Count {pages} /Kids [{string.Join(" ", Enumerable.Range(4, pages).Select(n => $"{n} 0 R"))}] >>");
        offsets.Add(output.Position);
        Write($"3 0 obj\n<< /Length {content.Length} {filter} >>\nstream\n");
        output.Write(content);
        Write("\nendstream\nendobj\n");
        for (var p = 0; p < pages; p++) Object(4 + p, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R >>");
        var xref = output.Position;
        Write($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) Write($"{offset:D10} 00000 n \n");
        Write($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }
}
