using System.Text.Json;
using System.Text.Json.Serialization;
using CommitteeHub.Documents.Pdf;

namespace CommitteeHub.Documents.Templates;

/// <summary>
/// What a council tailors without recompiling: the page style (paper, margins, fonts, sizes, colours) and the
/// boilerplate wording of its papers, read from the <c>templates/</c> folder that ships with the app. Load once and
/// share: the fonts are parsed on loading and the object is immutable.
/// </summary>
public sealed class DocumentTemplates
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    private DocumentTemplates(PdfStyle style, Wording wording, FontFamily fonts, string reportTemplate, Action<string>? warn)
    {
        Warn = warn;
        Style = style;
        Wording = wording;
        Fonts = fonts;
        ReportTemplate = reportTemplate;
    }

    public PdfStyle Style { get; }
    public Wording Wording { get; }

    /// <summary>The Markdown a new committee report starts from (report-template.md): the standard headings.</summary>
    public string ReportTemplate { get; }
    internal FontFamily Fonts { get; }

    /// <summary>Told, in words a clerk can act on, what a paper could not show (a character in neither font), since
    /// the paper is still printed.</summary>
    internal Action<string>? Warn { get; }

    /// <summary>Reads <c>pdf-style.json</c>, <c>wording.json</c>, <c>report-template.md</c> and the fonts under <c>fonts/</c> that the style
    /// names. Throws <see cref="InvalidDataException"/> naming the file and what is wrong with it.</summary>
    /// <param name="warn">Hears what a printed paper could not show, e.g. characters in neither the paper's font nor
    /// the fallback (to be logged; the paper is printed without them).</param>
    public static DocumentTemplates Load(string templatesDirectory, Action<string>? warn = null)
    {
        var style = Read<PdfStyle>(Path.Combine(templatesDirectory, "pdf-style.json"));
        var wording = Read<Wording>(Path.Combine(templatesDirectory, "wording.json"));
        var fontDir = Path.Combine(templatesDirectory, "fonts");
        TrueTypeFont Font(string file)
        {
            var path = Path.Combine(fontDir, file);
            if (!File.Exists(path)) throw new InvalidDataException($"pdf-style.json names the font '{file}', which is not in {fontDir}.");
            return new TrueTypeFont(File.ReadAllBytes(path), file);
        }
        var fonts = new FontFamily(Font(style.Fonts.Regular), Font(style.Fonts.Bold), Font(style.Fonts.Italic), Font(style.Fonts.BoldItalic),
            style.Fonts.Fallback is { } fallback ? Font(fallback) : null);
        var reportPath = Path.Combine(templatesDirectory, "report-template.md");
        var report = File.Exists(reportPath) ? File.ReadAllText(reportPath) : "";
        return new DocumentTemplates(style, wording, fonts, report, warn);
    }

    /// <summary>Finds the <c>templates</c> folder by walking up from <paramref name="start"/> (the app's content
    /// root or base directory), so the app, tests and benchmarks find the same folder in a checkout or next to a
    /// published app.</summary>
    public static string? Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "templates");
            if (File.Exists(Path.Combine(candidate, "pdf-style.json"))) return candidate;
        }
        return null;
    }

    private static T Read<T>(string path)
    {
        if (!File.Exists(path)) throw new InvalidDataException($"The template file {path} is missing.");
        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllText(path), Json)
                ?? throw new InvalidDataException($"{path} is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{Path.GetFileName(path)}: {e.Message}", e);
        }
    }
}

/// <summary>The four faces of the type family every paper is set in, each falling back to one wide-coverage face for
/// the characters it lacks (one upright face serves all four: a rare Greek letter in a bold heading is drawn upright
/// rather than lost).</summary>
internal sealed class FontFamily(TrueTypeFont regular, TrueTypeFont bold, TrueTypeFont italic, TrueTypeFont boldItalic,
    TrueTypeFont? fallback = null)
{
    // Equal records, so the four share one embedded font.
    private static FontFace? Fallback(TrueTypeFont? font) => font is null ? null : new FontFace(font, "Fallback");

    public FontFace Regular { get; } = new(regular, "Regular", Fallback(fallback));
    public FontFace Bold { get; } = new(bold, "Bold", Fallback(fallback));
    public FontFace Italic { get; } = new(italic, "Italic", Fallback(fallback));
    public FontFace BoldItalic { get; } = new(boldItalic, "BoldItalic", Fallback(fallback));

    public FontFace Get(bool bold, bool italic) => (bold, italic) switch
    {
        (true, true) => BoldItalic,
        (true, false) => Bold,
        (false, true) => Italic,
        _ => Regular,
    };
}

/// <summary>The page style of <c>pdf-style.json</c>. Lengths are in millimetres where a council would measure them
/// (paper, margins) and in points where type is measured (sizes, spacing).</summary>
public sealed record PdfStyle
{
    public required double PageWidthMm { get; init; }
    public required double PageHeightMm { get; init; }
    public required MarginsMm MarginsMm { get; init; }
    public required FontFiles Fonts { get; init; }
    public required double BodySize { get; init; }
    /// <summary>Line height as a multiple of the type size.</summary>
    public required double LineSpacing { get; init; }
    public required double ParagraphSpacing { get; init; }
    /// <summary>Sizes of headings level 1, 2 and 3.</summary>
    public required IReadOnlyList<double> HeadingSizes { get; init; }
    public required double HeadingSpaceBefore { get; init; }
    public required double HeadingSpaceAfter { get; init; }
    public required double HeaderFooterSize { get; init; }
    public required double ListIndent { get; init; }
    public required double TableCellPadding { get; init; }
    public required string TextColour { get; init; }
    public required string HeadingColour { get; init; }
    public required string RuleColour { get; init; }
    public required string WatermarkColour { get; init; }
    public required double WatermarkSize { get; init; }
    public required string Language { get; init; }

    internal const double PointsPerMm = 72 / 25.4;
}

public sealed record MarginsMm(double Top, double Bottom, double Left, double Right);

/// <param name="Fallback">A face with wide coverage (Greek, Cyrillic, mathematical signs) that draws what the
/// other four lack; without it such characters are left out of the paper.</param>
public sealed record FontFiles(string Regular, string Bold, string Italic, string BoldItalic, string? Fallback = null);
