using System.Net;
using CommitteeHub.Data;
using CommitteeHub.Domain;
using CommitteeHub.Tests.Support;
using CommitteeHub.Web.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CommitteeHub.Tests.Security;

/// <summary>
/// The leak crawler: the demo council as seeded, and four ways a clerk changes who may read a paper after it was
/// printed (made exempt, restricted to staff, taken off the agenda, previewed before publication), each crawled as the
/// public, a councillor on the committee, a councillor on no committee with exempt business, and the clerk. Every
/// scenario plants canary sentences through the clerk's own pages, so that a leak is unmistakable, and checks that the
/// clerk (and the entitled councillor) do see them, so that a blind crawler cannot pass.
/// </summary>
public sealed class LeakCrawlerTests(CommitteeHubApp app, ITestOutputHelper output) : AppTest(app)
{
    private const string OutsiderEmail = "outsider@demo.test";

    /// <summary>Wednesday 9 December 2026: eleven clear days after the fixed clock's Monday 23 November, so an agenda
    /// published today is on time.</summary>
    private static readonly DateOnly MeetingDay = new(2026, 12, 9);

    private sealed record Cast(Role Councillor, Role Outsider, Role Clerk, IReadOnlyList<(Role Role, HttpClient Client)> Readers)
    {
        public HttpClient ClientOf(Role role) => Readers.Single(r => r.Role == role).Client;
        public HttpClient Public => ClientOf(Role.Public);
    }

    /// <summary>Signs each role in once, for the whole test. The outsider is a councillor who sits on no committee with
    /// exempt business (nor on the Select Committee the scenarios use), given an account here.</summary>
    private async Task<Cast> CastAsync()
    {
        int councillorId, outsiderId;
        await using (var db = Db())
        {
            councillorId = await Demo.DemoCouncillorPersonId(db);
            var select = await Demo.SelectCommitteeId(db);
            var exemptCommittees = await db.AgendaItems.Where(i => i.IsExempt || i.Documents.Any(d => d.ExemptParagraph != null))
                .Join(db.Meetings, i => i.MeetingId, m => m.Id, (i, m) => m.CommitteeId).Distinct().ToListAsync();
            exemptCommittees.Add(select);
            var withAccounts = await db.Users.Where(u => u.PersonId != null).Select(u => u.PersonId!.Value).ToListAsync();
            var outsider = await db.People.Where(p => p.Kind == PersonKind.Councillor && !withAccounts.Contains(p.Id)
                    && !db.Memberships.Any(s => s.PersonId == p.Id && exemptCommittees.Contains(s.CommitteeId)))
                .OrderBy(p => p.Id).FirstOrDefaultAsync();
            if (outsider is null)
            {
                outsider = new Person(PersonKind.Councillor, "Cllr Olive Outsider", "Olive", "Outsider");
                db.People.Add(outsider);
                await db.SaveChangesAsync();
            }
            outsiderId = outsider.Id;
        }
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var user = new StaffUser { UserName = OutsiderEmail, Email = OutsiderEmail, EmailConfirmed = true, DisplayName = "Outsider", PersonId = outsiderId };
            Assert.True((await users.CreateAsync(user, DemoCouncil.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.Councillor)).Succeeded);
        }
        var councillor = new Role("councillor", DemoCouncil.CouncillorEmail, councillorId);
        var outsiderRole = new Role("outsider councillor", OutsiderEmail, outsiderId);
        var clerk = new Role("clerk", DemoCouncil.ClerkEmail, IsStaff: true);
        return new Cast(councillor, outsiderRole, clerk,
        [
            (Role.Public, App.Anonymous()),
            (councillor, await App.SignedInAs(councillor.Email!)),
            (outsiderRole, await App.SignedInAs(OutsiderEmail)),
            (clerk, await App.SignedInAs(clerk.Email!)),
        ]);
    }

    /// <summary>Crawls with the ground truth as the database now stands (plus what was taken off agendas), watching
    /// the canaries, and fails with every leak found.</summary>
    private async Task<Crawler> CrawlAsync(Cast cast, IReadOnlyCollection<int>? focus, IEnumerable<string> canaries, IEnumerable<(string Text, string Source)>? removed = null)
    {
        Oracle oracle;
        Ids ids;
        await using (var db = Db())
        {
            oracle = await Oracle.LoadAsync(db, DateOnly.FromDateTime(TestDatabase.Clock.GetLocalNow().DateTime));
            ids = await Ids.LoadAsync(db, focus);
        }
        foreach (var (text, source) in removed ?? []) oracle.AddRemoved(text, source);
        var crawler = new Crawler(await Routes.DiscoverAsync(App.Services), oracle, cast.Readers, output) { MaxFollowedLinks = focus is null ? 300 : 40 };
        foreach (var canary in canaries) crawler.Watch(canary);
        await crawler.RunAsync(ids, async () =>
        {
            await using var db = Db();
            return await db.PublishedPapers.MaxAsync(p => (long?)p.Id) ?? 0;
        });
        Assert.True(crawler.Unfillable.Count == 0,
            "The crawler cannot fill these addresses: add their ids to Ids.ForNoun.\n" + string.Join("\n", crawler.Unfillable));
        Assert.True(crawler.Unreadable.Count == 0, string.Join("\n", crawler.Unreadable));
        return crawler;
    }

    private static void AssertNoLeaks(params Crawler[] crawls)
    {
        var leaks = crawls.SelectMany(c => c.Leaks).OrderBy(l => l.Role.Name).ThenBy(l => l.What.Source).ThenBy(l => l.Url).ToList();
        Assert.True(leaks.Count == 0, $"{leaks.Count} leak(s):\n" + string.Join("\n", leaks.Take(60).Select(Crawler.Describe)) +
            (leaks.Count > 60 ? $"\n... and {leaks.Count - 60} more (see the test output)" : ""));
    }

    private static void AssertSeen(Crawler crawler, Role role, string canary, Func<string, bool>? where = null)
    {
        var seen = crawler.WhereSeen(role, canary);
        Assert.True(seen.Any(where ?? (_ => true)), $"The {role} was never shown \"{canary}\"{(where is null ? "" : " where expected")}: the crawler is blind to it. Seen at: {string.Join(", ", seen)}");
    }

    private static bool FullEdition(string url) => url.Contains("edition=full", StringComparison.Ordinal) || url.StartsWith("/papers/", StringComparison.Ordinal);

    private static async Task<int> SelectCommitteeAsync()
    {
        await using var db = Db();
        return await Demo.SelectCommitteeId(db);
    }

    private static async Task FetchAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
    }

    /// <summary>An item exempt from the start (committee members may read it), so that the agenda carries the
    /// exclusion of the press and public, which a published agenda can no longer be given.</summary>
    private static async Task ExemptFromTheStartAsync(ClerkDesk desk, int meetingId, string report)
    {
        var itemId = await desk.AddItemAsync(meetingId, "6", "Land at Linwood: acquisition", "Report by the Director of Finance and Support Services on the purchase of land at Linwood.");
        await desk.WritePaperAsync(itemId, "Land at Linwood report", $"## Price\n\n{report}", approve: true);
        await desk.MakeExemptAsync(itemId, paragraph: 3, staffOnly: false);
    }

    [Fact]
    public async Task The_demo_council_as_seeded_shows_no_role_a_sentence_it_may_not_read()
    {
        var cast = await CastAsync();
        // Positive controls: the longest sentence of every exempt paper, which the clerk must be shown somewhere, and
        // the demo councillor in the full edition where her committee's exempt business is open to her.
        List<(string Sentence, bool Hers)> exempt;
        await using (var db = Db())
        {
            var today = DateOnly.FromDateTime(TestDatabase.Clock.GetLocalNow().DateTime);
            exempt = (await db.AgendaItems.Where(i => i.IsExempt)
                    .Join(db.Meetings, i => i.MeetingId, m => m.Id, (i, m) => new { i, m.CommitteeId })
                    .SelectMany(x => x.i.Documents.Where(d => d.Body != null).Select(d => new
                    {
                        d.Body,
                        Hers = x.i.ExemptAccess == ExemptAccess.CommitteeMembers && db.Memberships.Any(s =>
                            s.PersonId == cast.Councillor.PersonId && s.CommitteeId == x.CommitteeId && s.From <= today && (s.To == null || s.To >= today)),
                    }))
                    .ToListAsync())
                .Select(d => (Sentences.Of(Sentences.Plain(d.Body)).OrderByDescending(s => s.Length).First(), d.Hers)).ToList();
        }
        Assert.NotEmpty(exempt);
        Assert.Contains(exempt, e => e.Hers);

        var crawler = await CrawlAsync(cast, focus: null, exempt.Select(e => e.Sentence));

        foreach (var (sentence, hers) in exempt)
        {
            AssertSeen(crawler, cast.Clerk, sentence);
            if (hers) AssertSeen(crawler, cast.Councillor, sentence, FullEdition);
        }
        AssertNoLeaks(crawler);
    }

    [Fact]
    public async Task A_report_printed_for_the_public_and_then_made_exempt_is_read_only_by_those_entitled()
    {
        var cast = await CastAsync();
        var desk = new ClerkDesk(cast.ClientOf(cast.Clerk));
        const string Description = "Canary one: the committee is asked to agree the award of the Northfield depot contract to the preferred bidder.";
        const string Report = "Canary two: the confidential tender figure for the Northfield depot is forty thousand pounds a year.";
        const string Draft = "Canary three: this draft appendix lists the bidders' unaudited accounts and has not been approved.";
        const string Exempt = "Canary eleven: the Council will offer nine hundred and five thousand pounds for the land at Linwood.";
        var meetingId = await desk.ScheduleAsync(await SelectCommitteeAsync(), MeetingDay);
        var itemId = await desk.AddItemAsync(meetingId, "5", "Northfield depot: award of contract", Description);
        await desk.WritePaperAsync(itemId, "Northfield depot tender report", $"## Summary\n\n{Report}", approve: true);
        await desk.WritePaperAsync(itemId, "Bidders' accounts", $"## Accounts\n\n{Draft}", approve: false);
        await ExemptFromTheStartAsync(desk, meetingId, Exempt);
        await desk.PublishAgendaAsync(meetingId);
        await FetchAsync(cast.Public, $"/meetings/{meetingId}/pack.pdf");
        await FetchAsync(cast.Public, $"/meetings/{meetingId}/agenda.pdf");
        await desk.MakeExemptAsync(itemId, paragraph: 3, staffOnly: false);

        var crawler = await CrawlAsync(cast, [meetingId], [Description, Report, Draft, Exempt]);

        foreach (var canary in new[] { Description, Report, Draft, Exempt }) AssertSeen(crawler, cast.Clerk, canary);
        AssertSeen(crawler, cast.Councillor, Report, FullEdition);
        AssertSeen(crawler, cast.Councillor, Exempt, FullEdition);
        AssertNoLeaks(crawler);
    }

    [Fact]
    public async Task A_report_a_councillor_printed_in_full_and_then_restricted_to_staff_is_read_only_by_staff()
    {
        var cast = await CastAsync();
        var desk = new ClerkDesk(cast.ClientOf(cast.Clerk));
        const string Description = "Canary four: the committee is asked to note the disciplinary findings against the head of the Linwood children's home.";
        const string Report = "Canary five: the investigating officer found that the head of the Linwood home falsified three rota records.";
        var meetingId = await desk.ScheduleAsync(await SelectCommitteeAsync(), MeetingDay);
        var itemId = await desk.AddItemAsync(meetingId, "5", "Linwood children's home: staffing", Description);
        await desk.WritePaperAsync(itemId, "Linwood staffing report", $"## Findings\n\n{Report}", approve: true);
        await ExemptFromTheStartAsync(desk, meetingId, "Canary twelve: the valuer puts the market value of the land at Linwood at eight hundred thousand pounds.");
        await desk.PublishAgendaAsync(meetingId);
        await FetchAsync(cast.Public, $"/meetings/{meetingId}/pack.pdf");
        await FetchAsync(cast.Public, $"/meetings/{meetingId}/agenda.pdf");
        await FetchAsync(cast.ClientOf(cast.Councillor), $"/meetings/{meetingId}/pack.pdf?edition=full");
        await desk.MakeExemptAsync(itemId, paragraph: 1, staffOnly: true);

        var crawler = await CrawlAsync(cast, [meetingId], [Description, Report]);

        AssertSeen(crawler, cast.Clerk, Description);
        AssertSeen(crawler, cast.Clerk, Report);
        AssertNoLeaks(crawler);
    }

    [Fact]
    public async Task An_agenda_previewed_then_changed_before_publication_shows_no_one_what_was_removed_or_restricted()
    {
        var cast = await CastAsync();
        var desk = new ClerkDesk(cast.ClientOf(cast.Clerk));
        const string Removed = "Canary six: the committee is asked to approve the closure of the Moorside respite unit next spring.";
        const string Description = "Canary seven: the committee is asked to agree the settlement of the Hartley family's claim against the Council.";
        const string Report = "Canary eight: the Council's insurers recommend settling the Hartley claim at two hundred and ten thousand pounds.";
        var meetingId = await desk.ScheduleAsync(await SelectCommitteeAsync(), MeetingDay);
        var removedId = await desk.AddItemAsync(meetingId, "5", "Moorside respite unit", Removed);
        var itemId = await desk.AddItemAsync(meetingId, "6", "Hartley claim: settlement", Description);
        await desk.WritePaperAsync(itemId, "Hartley claim report", $"## Advice\n\n{Report}", approve: true);
        // The clerk previews the papers of the agenda being prepared, as printed for the public and in full.
        var clerk = cast.ClientOf(cast.Clerk);
        foreach (var url in new[] { "pack.pdf", "agenda.pdf", "pack.pdf?edition=full" }) await FetchAsync(clerk, $"/meetings/{meetingId}/{url}");
        await desk.RemoveItemAsync(meetingId, removedId);
        await desk.MakeExemptAsync(itemId, paragraph: 3, staffOnly: true);
        await desk.PublishAgendaAsync(meetingId);

        var crawler = await CrawlAsync(cast, [meetingId], [Removed, Description, Report],
            removed: [(Removed, $"meeting {meetingId}, item 5 \"Moorside respite unit\", description")]);

        AssertSeen(crawler, cast.Clerk, Description);
        AssertSeen(crawler, cast.Clerk, Report);
        AssertNoLeaks(crawler);
    }

    [Fact]
    public async Task An_agenda_previewed_is_read_by_staff_alone_until_it_is_published_unchanged_and_then_by_everyone()
    {
        var cast = await CastAsync();
        var desk = new ClerkDesk(cast.ClientOf(cast.Clerk));
        const string Description = "Canary nine: the committee is asked to endorse the new timetable for the school transport review.";
        const string Report = "Canary ten: the school transport review will consult every parent of a child with an education plan.";
        var meetingId = await desk.ScheduleAsync(await SelectCommitteeAsync(), MeetingDay);
        var itemId = await desk.AddItemAsync(meetingId, "5", "School transport review", Description);
        await desk.WritePaperAsync(itemId, "School transport review report", $"## Consultation\n\n{Report}", approve: true);
        await FetchAsync(cast.ClientOf(cast.Clerk), $"/meetings/{meetingId}/pack.pdf");

        var beforePublication = await CrawlAsync(cast, [meetingId], [Description, Report]);
        await desk.PublishAgendaAsync(meetingId);
        var afterPublication = await CrawlAsync(cast, [meetingId], [Description, Report]);

        AssertSeen(beforePublication, cast.Clerk, Description);
        // Published, the papers are everyone's: the public pack prints them, and the crawler must not call that a leak.
        AssertSeen(afterPublication, Role.Public, Report, url => url == $"/meetings/{meetingId}/pack.pdf");
        AssertSeen(afterPublication, cast.Outsider, Description);
        AssertNoLeaks(beforePublication, afterPublication);
    }
}
