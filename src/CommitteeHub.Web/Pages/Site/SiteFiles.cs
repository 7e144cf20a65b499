using System.Xml.Linq;
using CommitteeHub.Data;
using CommitteeHub.Domain;
using Microsoft.EntityFrameworkCore;

namespace CommitteeHub.Web.Pages.Site;

/// <summary>
/// What search engines ask every site for. robots.txt keeps them out of the clerk's pages and sign-in and names the
/// sitemap; sitemap.xml lists the public pages that hold the record: committees, meetings, executive decisions and
/// councillors (items and papers are reached from their meetings). Only what the public may see is listed: a meeting
/// is, whatever its agenda's state (its page shows the agenda once published); nothing exempt is named.
/// </summary>
public static class SiteFiles
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static void MapSiteFiles(this IEndpointRouteBuilder app)
    {
        app.MapGet("/robots.txt", (HttpRequest request) => Results.Text(
            $"""
            User-agent: *
            Disallow: /clerk/
            Disallow: /account/
            Disallow: /api/
            Sitemap: {Origin(request)}/sitemap.xml

            """, "text/plain; charset=utf-8"));
        app.MapGet("/sitemap.xml", SitemapAsync);
    }

    private static string Origin(HttpRequest request) => $"{request.Scheme}://{request.Host}";

    private static async Task<IResult> SitemapAsync(HttpRequest request, CouncilDb db, CancellationToken ct)
    {
        var origin = Origin(request);
        var committees = await db.Committees.AsNoTracking().OrderBy(c => c.Slug).Select(c => c.Slug).ToListAsync(ct);
        var meetings = await db.Meetings.AsNoTracking().OrderBy(m => m.Id)
            .Select(m => new { m.Id, Changed = m.DraftMinutesPublishedAt ?? m.AgendaPublishedAt }).ToListAsync(ct);
        // The sitemap is for the public: a decision on an exempt item is not theirs (the day matters only for seats).
        var decisions = await db.Decisions.AsNoTracking().ListedFor(ReaderScope.Public(db, default)).OrderBy(d => d.Id).Select(d => new { d.Id, d.PublishedAt }).ToListAsync(ct);
        var councillors = await db.People.AsNoTracking().Where(p => p.Kind == PersonKind.Councillor).OrderBy(p => p.Slug).Select(p => p.Slug).ToListAsync(ct);

        XElement Url(string path, DateTime? changed = null) => new(Sitemaps + "url",
            new XElement(Sitemaps + "loc", origin + path),
            changed is { } at ? new XElement(Sitemaps + "lastmod", at.ToString("yyyy-MM-dd")) : null);
        var urls = new List<XElement> { Url("/"), Url("/committees"), Url("/meetings"), Url("/decisions"), Url("/forward-plan"), Url("/councillors") };
        urls.AddRange(committees.Select(c => Url($"/committees/{c}")));
        urls.AddRange(meetings.Select(m => Url($"/meetings/{m.Id}", m.Changed)));
        urls.AddRange(decisions.Select(d => Url($"/decisions/{d.Id}", d.PublishedAt)));
        urls.AddRange(councillors.Select(c => Url($"/councillors/{c}")));
        var xml = new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(Sitemaps + "urlset", urls));
        return Results.Text(xml.Declaration + "\n" + xml.Root, "application/xml; charset=utf-8");
    }
}
