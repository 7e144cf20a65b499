using CommitteeHub.Documents.Papers;
using CommitteeHub.TestFiles;

namespace CommitteeHub.Documents.Tests;

/// <summary>The upload check's limits on what a file unpacks to: a PDF's pages and streams, an Office file's parts.</summary>
public class UploadCheckTests
{
    private const long Megabyte = 1024 * 1024;

    [Fact]
    public void A_pdf_that_inflates_past_the_limit_is_refused_before_any_page_is_read()
    {
        var bomb = HostileFiles.PdfBomb(300 * Megabyte);
        Assert.True(bomb.Length < 1 * Megabyte, $"the bomb is {bomb.Length:N0} bytes");
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = AppendixCheck.Inspect(bomb);
        Assert.False(result.Accepted);
        Assert.Contains("unpacks to more than 200 MB", result.Error);
        // Counted through a small buffer, not inflated into memory: far less allocated than the 300 MB it holds.
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 50 * Megabyte, $"{(GC.GetAllocatedBytesForCurrentThread() - before) / Megabyte} MB allocated");
    }

    [Fact]
    public void A_pdf_within_the_unpacked_limit_is_accepted_and_the_limit_is_a_setting()
    {
        var pdf = HostileFiles.PdfBomb(5 * Megabyte);
        Assert.True(AppendixCheck.Inspect(pdf).Accepted);
        var tight = new UploadLimits { MaxDecompressedBytes = 4 * Megabyte };
        Assert.Contains("unpacks to more than 4 MB", AppendixCheck.Inspect(pdf, limits: tight).Error);
    }

    [Fact]
    public void A_pdf_of_thousands_of_pages_is_refused_with_its_page_count_and_the_limit()
    {
        var result = AppendixCheck.Inspect(HostileFiles.ManyPages(5_000));
        Assert.False(result.Accepted);
        Assert.Contains("5,000 pages, more than the limit of 500", result.Error);
        Assert.Equal(500, AppendixCheck.Inspect(HostileFiles.ManyPages(500)).PageCount);
    }

    [Fact]
    public void A_word_file_whose_parts_unpack_past_the_limit_or_too_many_times_over_is_refused()
    {
        var small = new UploadLimits { MaxDecompressedBytes = 20 * Megabyte };
        Assert.Contains("unpacks to 30 MB, more than the limit of 20 MB", UploadCheck.Refusal("budget.docx", HostileFiles.ZipBomb(30 * Megabyte), 20 * Megabyte, small));
        Assert.Contains("times its size", UploadCheck.Refusal("budget.xlsx", HostileFiles.ZipBomb(15 * Megabyte), 20 * Megabyte, UploadLimits.Default));
        // A real document's compression is allowed, and a small file however compressed.
        Assert.Null(UploadCheck.Refusal("budget.odt", HostileFiles.ZipBomb(1 * Megabyte), 20 * Megabyte, UploadLimits.Default));
    }

    [Fact]
    public void A_word_file_that_is_not_a_zip_archive_is_refused_as_damaged()
    {
        Assert.Contains("damaged", UploadCheck.Refusal("budget.docx", "not a zip"u8.ToArray(), 20 * Megabyte, UploadLimits.Default));
    }
}
