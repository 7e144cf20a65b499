using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace CommitteeHub.Documents.Papers;

/// <summary>The verdict on an uploaded appendix: its page count, or why it cannot go into a pack.</summary>
public sealed record AppendixCheckResult(bool Accepted, int PageCount, string? Error)
{
    public static AppendixCheckResult Ok(int pages) => new(true, pages, null);
    public static AppendixCheckResult Refused(string error) => new(false, 0, error);
}

/// <summary>
/// Checks an uploaded appendix before it is stored, so a clerk hears at upload time, in plain words, why a file
/// cannot be merged into the agenda pack, rather than the pack failing the night before publication.
/// </summary>
public static class AppendixCheck
{
    /// <summary>The documented upload limit: 20 MB.</summary>
    public const long DefaultMaxBytes = 20L * 1024 * 1024;

    public static AppendixCheckResult Inspect(byte[]? bytes, long maxBytes = DefaultMaxBytes, UploadLimits? limits = null)
    {
        limits ??= UploadLimits.Default;
        if (bytes is null || bytes.Length == 0) return AppendixCheckResult.Refused("The file is empty.");
        if (bytes.Length > maxBytes)
            return AppendixCheckResult.Refused(
                $"The file is {Megabytes(bytes.Length)}, larger than the limit of {Megabytes(maxBytes)} for an appendix. " +
                "Please reduce it (for example by saving scanned pages at a lower resolution) or split it into parts.");
        if (!LooksLikePdf(bytes))
            return AppendixCheckResult.Refused("The file is not a PDF. Please save the appendix as a PDF and upload that.");
        try
        {
            // The reader tries the empty password: a file protected only by an owner password (against editing or
            // copying, as some tools set by default) opens for anyone, is decrypted as it is read, and merges like any
            // other. Only a file that needs a password to open fails here.
            using var document = PdfDocument.Open(bytes);
            if (document.NumberOfPages == 0) return AppendixCheckResult.Refused("The PDF has no pages.");
            // Both limits are checked before any page is read, since reading a page unpacks its content.
            if (document.NumberOfPages > limits.MaxPages)
                return AppendixCheckResult.Refused(
                    $"The PDF has {document.NumberOfPages:N0} pages, more than the limit of {limits.MaxPages:N0} for an appendix. " +
                    "Please split it into parts, or publish it as a background paper with a link.");
            if (Pdf.DecodedLength.Of(document, limits.MaxDecompressedBytes) is var unpacked && unpacked > limits.MaxDecompressedBytes)
                return AppendixCheckResult.Refused(
                    $"The PDF unpacks to more than {Megabytes(limits.MaxDecompressedBytes)} (it is compressed far more than a real document is), " +
                    "so it could not be printed safely. Please open it, print it to a new PDF and upload that copy.");
            // Reading every page now finds a damaged file at upload rather than when the pack is made.
            for (var i = 1; i <= document.NumberOfPages; i++) _ = document.GetPage(i).Dictionary;
            return AppendixCheckResult.Ok(document.NumberOfPages);
        }
        catch (PdfDocumentEncryptedException)
        {
            return Encrypted();
        }
        catch (Pdf.UncheckableCompressionException)
        {
            return AppendixCheckResult.Refused(
                "The PDF uses an old combination of compression methods (LZW or run-length, followed by another) that cannot be checked safely. " +
                "Please open it, print it to a new PDF and upload that copy.");
        }
        catch (Exception e) when (e is not OutOfMemoryException and not PdfDocumentEncryptedException)
        {
            // Some encrypted files fail deeper in the reader than its encryption check; say what the clerk can fix.
            if (Encoding.Latin1.GetString(bytes).Contains("/Encrypt", StringComparison.Ordinal)) return Encrypted();
            // The parser's own words (xref tables, brute-force offsets) mean nothing to a clerk; the remedy does.
            return AppendixCheckResult.Refused("The PDF is damaged and could not be read. Please open it, save it again as a PDF and upload that copy.");
        }
    }

    private static AppendixCheckResult Encrypted() => AppendixCheckResult.Refused(
        "The PDF is encrypted and needs a password to open, so its pages cannot be copied into the agenda pack. " +
        "Please upload a copy saved without a password to open it.");

    private static bool LooksLikePdf(byte[] bytes)
    {
        // The header may follow a little junk (some tools write a byte order mark or a mail header); readers look in
        // the first kilobyte, and so do we.
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 1024));
        return head.Contains("%PDF-", StringComparison.Ordinal);
    }

    private static string Megabytes(long bytes) => UploadCheck.Megabytes(bytes);
}
