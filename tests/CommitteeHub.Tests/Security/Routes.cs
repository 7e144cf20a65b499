using CommitteeHub.Data;
using CommitteeHub.Domain;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommitteeHub.Tests.Security;

/// <summary>A GET route the app serves, as its endpoint metadata describes it: the address template, and for each of
/// its GET handlers the query parameters it reads.</summary>
public sealed record Route(string Template, RoutePattern Pattern, IReadOnlyDictionary<string, IReadOnlyList<string>> QueryByHandler)
{
    public bool IsPdf => Template.EndsWith(".pdf", StringComparison.Ordinal);
}

/// <summary>
/// Every GET route the app serves, read from its <see cref="EndpointDataSource"/>: Razor pages (with their named GET
/// handlers and the query parameters those take) and minimal API endpoints. A new page, feed or API endpoint is picked
/// up here by itself; the crawler then fills its parameters from <see cref="Ids"/>, and fails if it cannot.
/// </summary>
public static class Routes
{
    public static async Task<IReadOnlyList<Route>> DiscoverAsync(IServiceProvider services)
    {
        var loader = services.GetRequiredService<PageLoader>();
        var routes = new Dictionary<string, Route>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var template = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            var query = new Dictionary<string, IReadOnlyList<string>>();
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = await loader.LoadAsync(page, endpoint.Metadata);
                foreach (var handler in compiled.HandlerMethods.Where(h => h.HttpMethod.Equals("GET", StringComparison.OrdinalIgnoreCase)))
                    query[handler.Name?.ToLowerInvariant() ?? ""] = handler.Parameters
                        .Where(p => p.ParameterType != typeof(CancellationToken) && endpoint.RoutePattern.GetParameter(p.Name) is null)
                        .Select(p => p.Name).ToList();
                // A page with no handler method of its own still answers GET.
                if (query.Count == 0) query[""] = [];
            }
            else
            {
                var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
                if (methods is not null && !methods.Contains(HttpMethods.Get)) continue;
                query[""] = [];
            }
            routes.TryAdd(template, new Route(template, endpoint.RoutePattern, query));
        }
        return routes.Values.OrderBy(r => r.Template, StringComparer.Ordinal).ToList();
    }

    /// <summary>The word before a parameter in the address, and the two words before it: "meetings", "clerk/papers".</summary>
    public static (string Noun, string TwoNouns) NounsBefore(RoutePattern pattern, string parameter)
    {
        var literals = new List<string>();
        foreach (var segment in pattern.PathSegments)
        {
            if (segment.Parts.OfType<RoutePatternParameterPart>().Any(p => p.Name == parameter)) break;
            if (segment.IsSimple && segment.Parts[0] is RoutePatternLiteralPart literal) literals.Add(literal.Content);
        }
        var noun = literals.LastOrDefault() ?? "";
        return (noun, literals.Count >= 2 ? literals[^2] + "/" + noun : noun);
    }

    /// <summary>The address for the given values; an optional parameter with no value is left out.</summary>
    public static string Address(RoutePattern pattern, IReadOnlyDictionary<string, string?> values)
    {
        var segments = new List<string>();
        foreach (var segment in pattern.PathSegments)
        {
            var text = string.Concat(segment.Parts.Select(part => part switch
            {
                RoutePatternLiteralPart l => l.Content,
                RoutePatternSeparatorPart s => s.Content,
                RoutePatternParameterPart p => values.GetValueOrDefault(p.Name) ?? "",
                _ => "",
            }));
            if (text.Length > 0) segments.Add(text);
        }
        return "/" + string.Join('/', segments);
    }
}

/// <summary>
/// Every id the app could be asked for, read from the database, by the word that names it in an address. To crawl a new
/// kind of address, add its word here; the crawler refuses an address whose parameter it cannot fill.
/// </summary>
public sealed class Ids
{
    public IReadOnlyList<int> Meetings { get; private init; } = [];
    /// <summary>The meetings whose printed papers are fetched: every one with exempt business, every one in focus,
    /// and a sample of the rest (printing is the slow part of a crawl).</summary>
    public IReadOnlyList<int> PdfMeetings { get; private init; } = [];
    public IReadOnlyList<int> Items { get; private init; } = [];
    public IReadOnlyList<int> Documents { get; private init; } = [];
    public IReadOnlyDictionary<int, IReadOnlyList<int>> Revisions { get; private init; } = new Dictionary<int, IReadOnlyList<int>>();
    public IReadOnlyList<int> Motions { get; private init; } = [];
    public IReadOnlyList<int> Decisions { get; private init; } = [];
    public IReadOnlyList<int> PlanEntries { get; private init; } = [];
    public IReadOnlyList<string> Committees { get; private init; } = [];
    public IReadOnlyList<string> People { get; private init; } = [];
    public IReadOnlyList<(int Year, int Month)> Months { get; private init; } = [];
    /// <summary>Kept papers, 1 to the highest number: read after everything else, so that the papers the crawl itself
    /// had printed are read back too.</summary>
    public IReadOnlyList<long> KeptPapers { get; private init; } = [];

    public static readonly string[] Papers = ["agenda", "pack", "supplement", "minutes"];
    public static readonly string[] Editions = ["public", "full"];

    /// <summary>The values for a route parameter named by its noun; null for a noun no source knows.</summary>
    public IEnumerable<string>? ForNoun(string noun, string twoNouns, bool pdf) => twoNouns switch
    {
        "clerk/papers" => Strings(Documents),
        _ => noun switch
        {
            "meetings" => Strings(pdf ? PdfMeetings : Meetings),
            "items" => Strings(Items),
            "documents" => Strings(Documents),
            "motions" => Strings(Motions),
            "decisions" => Strings(Decisions),
            "plan" => Strings(PlanEntries),
            "papers" => KeptPapers.Select(k => k.ToString()),
            "committees" => Committees,
            "councillors" => People,
            _ => null,
        },
    };

    private static IEnumerable<string> Strings(IEnumerable<int> ids) => ids.Select(i => i.ToString());

    /// <summary>All ids, or (with <paramref name="focus"/>) those of the given meetings only: their items, papers,
    /// motions, decisions and committee, with every kept paper.</summary>
    public static async Task<Ids> LoadAsync(CouncilDb db, IReadOnlyCollection<int>? focus = null, int pdfSample = 6)
    {
        var meetings = await db.Meetings.AsNoTracking().Where(m => focus == null || focus.Contains(m.Id))
            .OrderBy(m => m.Id).Select(m => new { m.Id, m.CommitteeId, m.StartsAt }).ToListAsync();
        var meetingIds = meetings.Select(m => m.Id).ToList();
        var items = await db.AgendaItems.AsNoTracking().Where(i => meetingIds.Contains(i.MeetingId))
            .Select(i => new { i.Id, i.MeetingId, i.IsExempt, Documents = i.Documents.Select(d => new { d.Id, d.ExemptParagraph }).ToList() }).ToListAsync();
        var documentIds = items.SelectMany(i => i.Documents.Select(d => d.Id)).ToList();
        var exemptMeetings = items.Where(i => i.IsExempt || i.Documents.Any(d => d.ExemptParagraph != null)).Select(i => i.MeetingId).ToHashSet();
        var sample = meetingIds.Where(id => !exemptMeetings.Contains(id)).ToList();
        var step = Math.Max(1, sample.Count / Math.Max(1, pdfSample));
        var committeeIds = meetings.Select(m => m.CommitteeId).Distinct().ToList();
        var itemIds = items.Select(i => i.Id).ToList();
        var revisions = await db.Set<DocumentRevision>().AsNoTracking().Where(r => documentIds.Contains(r.DocumentId))
            .Select(r => new { r.DocumentId, r.Version }).ToListAsync();
        var keptMax = await db.PublishedPapers.AsNoTracking().MaxAsync(p => (long?)p.Id) ?? 0;
        return new Ids
        {
            Meetings = meetingIds,
            PdfMeetings = meetingIds.Where(id => exemptMeetings.Contains(id) || focus != null).Concat(sample.Where((_, i) => i % step == 0).Take(pdfSample)).Distinct().ToList(),
            Items = itemIds,
            Documents = documentIds,
            Revisions = revisions.GroupBy(r => r.DocumentId).ToDictionary(g => g.Key, g => (IReadOnlyList<int>)g.Select(r => r.Version).ToList()),
            Motions = await db.Motions.AsNoTracking().Where(m => focus == null || (m.AgendaItemId != null && itemIds.Contains(m.AgendaItemId.Value)))
                .Select(m => m.Id).OrderBy(i => i).ToListAsync(),
            Decisions = await db.Decisions.AsNoTracking().Where(d => focus == null || (d.MeetingId != null && meetingIds.Contains(d.MeetingId.Value)))
                .Select(d => d.Id).OrderBy(i => i).ToListAsync(),
            PlanEntries = focus == null ? await db.ForwardPlanEntries.AsNoTracking().Select(e => e.Id).OrderBy(i => i).ToListAsync() : [],
            Committees = await db.Committees.AsNoTracking().Where(c => focus == null || committeeIds.Contains(c.Id)).Select(c => c.Slug).ToListAsync(),
            People = focus == null ? await db.People.AsNoTracking().Select(p => p.Slug).ToListAsync() : [],
            Months = meetings.Select(m => (m.StartsAt.Year, m.StartsAt.Month)).Distinct().ToList(),
            KeptPapers = Enumerable.Range(1, (int)keptMax).Select(i => (long)i).ToList(),
        };
    }

    public Ids WithKeptPapers(long max) => new()
    {
        Meetings = Meetings, PdfMeetings = PdfMeetings, Items = Items, Documents = Documents, Revisions = Revisions, Motions = Motions,
        Decisions = Decisions, PlanEntries = PlanEntries, Committees = Committees, People = People, Months = Months,
        KeptPapers = Enumerable.Range(1, (int)max).Select(i => (long)i).ToList(),
    };

    /// <summary>The figures for the report.</summary>
    public string Figures =>
        $"meetings {Meetings.Count} (printed papers of {PdfMeetings.Count}), items {Items.Count}, documents {Documents.Count} " +
        $"(earlier versions {Revisions.Values.Sum(v => v.Count)}), motions {Motions.Count}, decisions {Decisions.Count}, forward plan entries {PlanEntries.Count}, " +
        $"committees {Committees.Count}, people {People.Count}, calendar months {Months.Count}, kept papers {KeptPapers.Count}";
}
