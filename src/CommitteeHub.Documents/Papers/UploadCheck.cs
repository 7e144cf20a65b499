using System.IO.Compression;

namespace CommitteeHub.Documents.Papers;

/// <summary>
/// The one check every uploaded file passes before it is stored: a PDF must open and fit in a pack
/// (<see cref="AppendixCheck"/>); a Word, Excel or OpenDocument file, which is a zip archive, must not be a zip bomb.
/// Other kinds are left to the domain, which says which kinds it publishes.
/// </summary>
public static class UploadCheck
{
    /// <summary>No real document has more parts than this; a zip bomb may have millions.</summary>
    public const int MaxArchiveEntries = 10_000;

    private static readonly HashSet<string> Archives = new(StringComparer.OrdinalIgnoreCase) { ".docx", ".xlsx", ".odt" };

    /// <summary>Null when the file may be stored, else why not, in words a clerk can act on.</summary>
    public static string? Refusal(string? fileName, byte[] content, long maxBytes, UploadLimits limits)
    {
        var extension = Path.GetExtension(fileName ?? "");
        if (string.Equals(extension, ".pdf", StringComparison.OrdinalIgnoreCase))
            return AppendixCheck.Inspect(content, maxBytes, limits) is { Accepted: false, Error: var error } ? error : null;
        return Archives.Contains(extension) ? ArchiveRefusal(content, limits) : null;
    }

    /// <summary>Reads only the archive's central directory, where each part's unpacked size is declared; nothing is
    /// unpacked. A declared size can lie, but then a reader stops at it, so it is the size that matters.</summary>
    private static string? ArchiveRefusal(byte[] content, UploadLimits limits)
    {
        const string Damaged = "The file is damaged or is not really a Word, Excel or OpenDocument file. Please open it, save it again and upload that copy.";
        try
        {
            using var archive = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (archive.Entries.Count > MaxArchiveEntries)
                return $"The file holds {archive.Entries.Count:N0} parts, more than any real document ({MaxArchiveEntries:N0} at most), so it was not stored.";
            var unpacked = archive.Entries.Sum(e => e.Length);
            if (unpacked > limits.MaxDecompressedBytes)
                return $"The file unpacks to {Megabytes(unpacked)}, more than the limit of {Megabytes(limits.MaxDecompressedBytes)}, so it was not stored. " +
                       "Please save it without embedded media, or split it into parts.";
            if (unpacked > UploadLimits.RatioFloorBytes && unpacked / Math.Max(1, content.Length) > limits.MaxCompressionRatio)
                return $"The file unpacks to {unpacked / Math.Max(1, content.Length):N0} times its size, which only a damaged or malicious file does, so it was not stored. " +
                       "Please open it, save it again and upload that copy.";
            return null;
        }
        catch (InvalidDataException)
        {
            return Damaged;
        }
    }

    internal static string Megabytes(long bytes) => $"{bytes / 1024.0 / 1024.0:0.#} MB";
}
