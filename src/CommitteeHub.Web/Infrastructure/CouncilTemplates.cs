using System.Text.Json;
using System.Text.Json.Serialization;
using CommitteeHub.Documents.Templates;
using CommitteeHub.Domain;

namespace CommitteeHub.Web.Infrastructure;

/// <summary>
/// The wording a council tailors without recompiling, read from <c>templates/</c>: the standard items every agenda
/// starts with, and (through the documents library's own templates) the resolution that excludes the press and
/// public, the report template (seed 003's structure) and the style of the printed papers. The folder is copied
/// beside the app; <c>CommitteeHub:Templates</c> points elsewhere.
/// </summary>
public sealed class CouncilTemplates
{
    public sealed record StandardItem(AgendaItemRole Role, string Title, string Description, string? DescriptionWithoutPreviousMeeting);
    private sealed record AgendaFile(List<StandardItem> StandardItems, string PreviousMinutesResolution);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <param name="warn">Told of what the printed papers cannot show as written, such as a character in neither
    /// the paper's font nor its fallback.</param>
    public CouncilTemplates(string directory, Action<string>? warn = null)
    {
        Directory = directory;
        var agendaPath = Path.Combine(directory, "agenda", "standard-items.json");
        var agenda = JsonSerializer.Deserialize<AgendaFile>(File.ReadAllText(agendaPath), Json)
            ?? throw new InvalidOperationException($"{agendaPath} is empty.");
        StandardItems = agenda.StandardItems;
        PreviousMinutesResolution = agenda.PreviousMinutesResolution;
        Papers = DocumentTemplates.Load(directory, warn);
    }

    public string Directory { get; }
    public IReadOnlyList<StandardItem> StandardItems { get; }
    public string PreviousMinutesResolution { get; }
    /// <summary>The printed papers' style, fonts and wording.</summary>
    public DocumentTemplates Papers { get; }
    public string ReportTemplate => Papers.ReportTemplate;
    public string ExclusionTitle => Papers.Wording.Agenda.ExclusionHeading;

    public static CouncilTemplates Load(IConfiguration configuration, IHostEnvironment environment, ILogger? logger = null)
    {
        var configured = configuration["CommitteeHub:Templates"];
        string[] candidates = configured is { Length: > 0 }
            ? [Path.GetFullPath(configured, environment.ContentRootPath)]
            : [Path.Combine(AppContext.BaseDirectory, "templates"), Path.GetFullPath(Path.Combine(environment.ContentRootPath, "..", "..", "templates"))];
        var found = candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "agenda", "standard-items.json")))
            ?? throw new InvalidOperationException($"The council's templates were not found (looked in {string.Join(" and ", candidates)}). Set CommitteeHub:Templates to the templates folder.");
        return new CouncilTemplates(found, logger is null ? null : message => logger.LogWarning("{Warning}", message));
    }

    public string DescriptionOf(StandardItem item, string committee, DateTime? previousMeeting) =>
        (previousMeeting is null && item.DescriptionWithoutPreviousMeeting is { } without ? without : item.Description)
            .Replace("{committee}", committee)
            .Replace("{previousMeeting}", previousMeeting?.ToString("d MMMM yyyy") ?? "");

    /// <summary>The exclusion resolution naming each exempt item and its paragraph (s.100A(4)).</summary>
    public string ExclusionResolution(IReadOnlyList<AgendaItem> exempt)
    {
        var items = exempt.Count == 1 ? $"item {exempt[0].Number}, {exempt[0].Title}"
            : "items " + Format.List(exempt.Select(i => $"{i.Number}, {i.Title}").ToList(), separator: "; ");
        var paragraphs = exempt.Select(i => i.ExemptParagraph!.Value).Distinct().Order().ToList();
        var named = paragraphs.Count == 1 ? $"paragraph {paragraphs[0]}" : "paragraphs " + Format.List(paragraphs.Select(p => p.ToString()).ToList());
        return WordingText.Fill(Papers.Wording.Agenda.ExclusionResolution, ("items", items), ("paragraphs", named));
    }

    public string PreviousMinutesResolutionFor(DateTime previousMeeting) =>
        PreviousMinutesResolution.Replace("{previousMeeting}", previousMeeting.ToString("d MMMM yyyy"));
}
