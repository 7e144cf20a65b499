namespace CommitteeHub.Documents.Papers;

/// <summary>
/// How much an uploaded file may unpack to. A file's size on disk says little: a 400 KB PDF can inflate to 400 MB
/// and a 1 MB Word file to gigabytes, and either would exhaust the server's memory when printed or opened. The web
/// app binds these from <c>CommitteeHub:Uploads</c>.
/// </summary>
public sealed class UploadLimits
{
    /// <summary>Five hundred pages: a long inspection report with its annexes, well beyond any agenda pack's need.</summary>
    public int MaxPages { get; set; } = 500;

    /// <summary>What a file's compressed parts may unpack to, all together: 200 MB.</summary>
    public long MaxDecompressedBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>How many times over a Word, Excel or OpenDocument file may be compressed, judged only once it unpacks
    /// to more than <see cref="RatioFloorBytes"/>: real documents compress ten to thirty times, zip bombs thousands.</summary>
    public int MaxCompressionRatio { get; set; } = 100;

    /// <summary>Below this a file's compression ratio does not matter: it cannot hurt anyone.</summary>
    public const long RatioFloorBytes = 10L * 1024 * 1024;

    public static UploadLimits Default { get; } = new();
}
