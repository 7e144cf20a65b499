using System.IO.Compression;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace CommitteeHub.Documents.Pdf;

/// <summary>
/// How many bytes an uploaded PDF's streams unpack to, measured without unpacking them into memory: each stream is
/// decoded through a counter that stops once the limit is passed, so a 400 KB file that would inflate to 400 MB
/// costs a few milliseconds and a buffer. Image codecs (JPEG, JPEG 2000, fax, JBIG2) end the count: their pixels are
/// never decoded by us, since pages are copied with their streams as they were.
/// </summary>
internal static class DecodedLength
{
    private static readonly HashSet<string> Images = ["DCTDecode", "DCT", "JPXDecode", "CCITTFaxDecode", "CCF", "JBIG2Decode"];

    /// <summary>The total, or the first count past <paramref name="limit"/> (the caller only asks "over or not").
    /// Throws <see cref="UncheckableCompressionException"/> for a chain of filters we cannot measure without
    /// unpacking.</summary>
    public static long Of(PdfDocument document, long limit)
    {
        long total = 0;
        // Streams never live inside object streams, so objects at a file offset are all the streams there are.
        foreach (var (reference, location) in document.Structure.CrossReferenceTable.ObjectOffsets)
        {
            if (location.Type != XrefEntryType.File || document.Structure.GetObject(reference).Data is not StreamToken stream) continue;
            total += OfStream(document, stream, limit - total);
            if (total > limit) break;
        }
        return total;
    }

    private static long OfStream(PdfDocument document, StreamToken stream, long remaining)
    {
        var filters = Filters(document, stream.StreamDictionary);
        var data = stream.Data;
        for (var i = 0; i < filters.Count; i++)
        {
            var last = i == filters.Count - 1 || Images.Contains(filters[i + 1]);
            switch (filters[i])
            {
                case "FlateDecode" or "Fl":
                    var sink = new Sink(remaining, keep: !last);
                    Inflate(data, sink);
                    if (last || sink.Over) return sink.Count;
                    data = sink.Kept();
                    break;
                // The ASCII encodings only ever shrink what they decode, so PdfPig may decode them whole.
                case "ASCIIHexDecode" or "AHx":
                    data = new AsciiHexDecodeFilter().Decode(data, stream.StreamDictionary, DefaultFilterProvider.Instance, i).ToArray();
                    break;
                case "ASCII85Decode" or "A85":
                    data = new Ascii85Filter().Decode(data, stream.StreamDictionary, DefaultFilterProvider.Instance, i).ToArray();
                    break;
                case "RunLengthDecode" or "RL" when last:
                    return RunLength(data.Span);
                case "LZWDecode" or "LZW" when last:
                    return Lzw(data.Span, EarlyChange(document, stream.StreamDictionary, i), remaining);
                case "RunLengthDecode" or "RL" or "LZWDecode" or "LZW":
                    throw new UncheckableCompressionException(filters[i]);
                default:
                    return data.Length; // an image codec, or a filter no reader here could decode at all
            }
        }
        return data.Length;
    }

    private static List<string> Filters(PdfDocument document, DictionaryToken dictionary)
    {
        if (!dictionary.Data.TryGetValue("Filter", out var token)) return [];
        token = Resolve(document, token);
        return token switch
        {
            NameToken name => [name.Data],
            ArrayToken array => array.Data.Select(t => Resolve(document, t)).OfType<NameToken>().Select(n => n.Data).ToList(),
            _ => [],
        };
    }

    private static IToken Resolve(PdfDocument document, IToken token) =>
        token is IndirectReferenceToken r ? document.Structure.GetObject(r.Data).Data : token;

    /// <summary>PDF's Flate is zlib; a few writers leave out the two-byte header, and readers cope, so we do too.</summary>
    private static void Inflate(Memory<byte> data, Sink sink)
    {
        var skip = data.Length >= 2 && (data.Span[0] & 0x0F) == 8 && ((data.Span[0] << 8) | data.Span[1]) % 31 == 0 ? 2 : 0;
        using var inflater = new DeflateStream(new MemoryStream(data[skip..].ToArray(), writable: false), CompressionMode.Decompress);
        var buffer = new byte[81_920];
        try
        {
            int read;
            while (!sink.Over && (read = inflater.Read(buffer)) > 0) sink.Write(buffer.AsSpan(0, read));
        }
        catch (InvalidDataException)
        {
            // A damaged stream unpacks as far as it goes, for us as for the reader that prints it.
        }
    }

    /// <summary>Each length byte n copies n + 1 bytes, or repeats the next byte 257 − n times; 128 ends the data.</summary>
    private static long RunLength(ReadOnlySpan<byte> data)
    {
        long count = 0;
        for (var i = 0; i < data.Length;)
        {
            var n = data[i];
            if (n == 128) break;
            if (n < 128) { count += n + 1; i += n + 2; }
            else { count += 257 - n; i += 2; }
        }
        return count;
    }

    private static int EarlyChange(PdfDocument document, DictionaryToken dictionary, int index)
    {
        var parameters = dictionary.Data.TryGetValue("DecodeParms", out var p) || dictionary.Data.TryGetValue("DP", out p) ? Resolve(document, p) : null;
        if (parameters is ArrayToken array) parameters = index < array.Length ? Resolve(document, array.Data[index]) : null;
        return parameters is DictionaryToken d && d.Data.TryGetValue("EarlyChange", out var e) && e is NumericToken { Int: 0 } ? 0 : 1;
    }

    /// <summary>Counts what LZW would write without writing it: each code stands for a string one longer than the code
    /// before it, so a table of lengths is enough. Codes are 9 to 12 bits, most significant first; 256 clears the
    /// table and 257 ends the data.</summary>
    private static long Lzw(ReadOnlySpan<byte> data, int earlyChange, long remaining)
    {
        var lengths = new int[4096];
        for (var i = 0; i < 256; i++) lengths[i] = 1;
        int bits = 9, next = 258, previous = -1, held = 0, buffer = 0;
        long count = 0;
        foreach (var b in data)
        {
            buffer = (buffer << 8) | b;
            held += 8;
            while (held >= bits)
            {
                var code = (buffer >> (held - bits)) & ((1 << bits) - 1);
                held -= bits;
                if (code == 256) { bits = 9; next = 258; previous = -1; continue; }
                if (code == 257) return count;
                int length;
                if (code < next && (code < 256 || code >= 258)) length = lengths[code];
                else if (code == next && previous >= 0) length = lengths[previous] + 1;
                else return count; // damaged: readers stop here
                count += length;
                if (count > remaining) return count;
                if (previous >= 0 && next < 4096) lengths[next++] = lengths[previous] + 1;
                previous = code;
                if (next + earlyChange >= 1 << bits && bits < 12) bits++;
            }
        }
        return count;
    }

    /// <summary>Counts bytes, keeping them only when a further filter needs them, and never more than the limit.</summary>
    private sealed class Sink(long limit, bool keep)
    {
        private readonly MemoryStream? _kept = keep ? new MemoryStream() : null;
        public long Count { get; private set; }
        public bool Over => Count > limit;

        public void Write(ReadOnlySpan<byte> bytes)
        {
            Count += bytes.Length;
            if (!Over) _kept?.Write(bytes);
        }

        public Memory<byte> Kept() => _kept!.ToArray();
    }
}

/// <summary>A stream compressed by LZW or run-length and then again: rare (no current writer does it), and not
/// measurable without unpacking the first stage whole.</summary>
internal sealed class UncheckableCompressionException(string filter) : Exception($"{filter} followed by another filter");
