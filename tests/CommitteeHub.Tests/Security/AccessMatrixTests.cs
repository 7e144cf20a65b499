using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CommitteeHub.Data;
using CommitteeHub.Domain;
using CommitteeHub.Tests.Support;
using CommitteeHub.Web.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommitteeHub.Tests.Security;

/// <summary>
/// The access matrix: for every reader (the public, staff, and every councillor, among them ones given seats here
/// that began or ended around the day of a meeting), the query filters' answer from PostgreSQL equals the set
/// worked out by the independent rule below, for agenda items, papers, motions and executive decisions; and the
/// in-memory form of the rule, which pages showing one thing call, agrees with the SQL over the whole demo council.
/// </summary>
public sealed class AccessMatrixTests(CommitteeHubApp app) : AppTest(app)
{
    private static DateOnly Today => DateOnly.FromDateTime(TestDatabase.Clock.GetLocalNow().DateTime);

    /// <summary>Councillors given seats here on a committee with exempt business, each named for how their seat
    /// stands against the day the business was (or will be) considered.</summary>
    private sealed record Cast(int Committee, DateOnly Day, int SatThenLeft, int JoinedSince, int LeftBefore, int YetToJoin);

    private static async Task<int> NewCouncillorAsync(CouncilDb db, string name)
    {
        var person = new Person(PersonKind.Councillor, $"Cllr {name}", name, "Matrix");
        db.People.Add(person);
        await db.SaveChangesAsync();
        return person.Id;
    }

    private static async Task<Cast> SeatAsync(CouncilDb db, int committeeId, DateOnly day, string who)
    {
        Assert.True(day.AddDays(1) < Today, $"The {who} must be in the past for a seat to end between it and today.");
        var cast = new Cast(committeeId, day,
            await NewCouncillorAsync(db, who + " Satthenleft"), await NewCouncillorAsync(db, who + " Joinedsince"),
            await NewCouncillorAsync(db, who + " Leftbefore"), await NewCouncillorAsync(db, who + " Yettojoin"));
        var committee = await db.Committees.Include(c => c.Memberships).SingleAsync(c => c.Id == committeeId);
        committee.Appoint(cast.SatThenLeft, MembershipRole.Member, day.AddDays(-30), day.AddDays(1));
        committee.Appoint(cast.JoinedSince, MembershipRole.Member, Today.AddDays(-1));
        committee.Appoint(cast.LeftBefore, MembershipRole.Member, day.AddDays(-60), day.AddDays(-1));
        committee.Appoint(cast.YetToJoin, MembershipRole.Member, Today.AddDays(7));
        await db.SaveChangesAsync();
        return cast;
    }

    /// <summary>Two executive decisions taken in private in the past: one at a Cabinet meeting, one by a Cabinet
    /// Member (so the Cabinet's members are the ones entitled), with councillors seated around their day.</summary>
    private async Task<(Cast Cabinet, int AtMeeting, int ByMember)> PrivateDecisionsAsync(CouncilDb db)
    {
        var rules = App.Services.GetRequiredService<ExecutiveRules>();
        var calendar = App.Services.GetRequiredService<WorkingCalendar>();
        var cabinet = await db.Committees.Where(c => c.Kind == CommitteeKind.Executive).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        var meeting = await db.Meetings.Where(m => m.CommitteeId == cabinet && m.Status != MeetingStatus.Scheduled && m.StartsAt < Today.AddDays(-3).ToDateTime(TimeOnly.MinValue))
            .OrderByDescending(m => m.StartsAt).Select(m => new { m.Id, m.StartsAt }).FirstAsync();
        var day = DateOnly.FromDateTime(meeting.StartsAt);
        var entry = new ForwardPlanEntry("Sale of the former Market Street depot", "Cabinet", day, KeyDecisionReason.SpendingOrSaving, "Report with exempt valuation.", "Write to us.");
        entry.TakeInPrivate(3, "The report contains the bids received for the depot.");
        entry.Publish(day.AddDays(-90));
        var second = new ForwardPlanEntry("Lease of the Hanbury offices", "Cabinet Member for Resources", day, null, "Report with the tenants' offers.", "Write to us.");
        second.TakeInPrivate(3, "The report contains the offers received.");
        second.Publish(day.AddDays(-90));
        db.ForwardPlanEntries.AddRange(entry, second);
        await db.SaveChangesAsync();
        var atMeeting = new Decision("Cabinet", "Sale of the former Market Street depot", "To sell the depot to the highest bidder.",
            "Matrix reasons: the highest bid.", day, meeting.StartsAt.AddHours(4), meetingId: meeting.Id);
        atMeeting.TakenOnNotice(entry, rules, calendar);
        var byMember = new Decision("Cabinet Member for Resources", "Lease of the Hanbury offices", "To let the offices.",
            "Matrix reasons: the best offer.", day, meeting.StartsAt.AddHours(5));
        byMember.TakenOnNotice(second, rules, calendar);
        db.Decisions.AddRange(atMeeting, byMember);
        await db.SaveChangesAsync();
        return (await SeatAsync(db, cabinet, day, "Cabinet"), atMeeting.Id, byMember.Id);
    }

    private static async Task<DateOnly> DayOfAsync(CouncilDb db, int meetingId) =>
        DateOnly.FromDateTime(await db.Meetings.Where(m => m.Id == meetingId).Select(m => m.StartsAt).SingleAsync());

    /// <summary>Every reader there is: the public, staff, and every councillor in the database.</summary>
    private static async Task<IReadOnlyList<(string Name, ReaderScope Scope)>> ReadersAsync(CouncilDb db)
    {
        var readers = new List<(string, ReaderScope)> { ("the public", ReaderScope.Public(db, Today)), ("staff", ReaderScope.Staff(db, Today)) };
        foreach (var p in await db.People.Where(p => p.Kind == PersonKind.Councillor).OrderBy(p => p.Id).Select(p => new { p.Id, p.DisplayName }).ToListAsync())
            readers.Add(($"{p.DisplayName} (person {p.Id})", await ReaderScope.CouncillorAsync(db, p.Id, Today)));
        return readers;
    }

    /// <summary>The rule, written again from the law and the product's promises without the app's code: the public
    /// read no exempt business and nothing unpublished; staff read everything; a councillor reads exempt business of a
    /// committee they sat on on the day (of the meeting, or of the decision) or sit on today, unless it is restricted to
    /// staff.</summary>
    private sealed class Rule
    {
        public required List<Membership> Seats { get; init; }
        public required Dictionary<int, Meeting> Meetings { get; init; }
        public required Dictionary<int, AgendaItem> Items { get; init; }
        public required HashSet<int> PrivateNotices { get; init; }
        public required int Cabinet { get; init; }

        private bool Sat(int person, int committee, DateOnly day) =>
            Seats.Any(s => s.PersonId == person && s.CommitteeId == committee && s.From <= day && (s.To == null || day <= s.To));

        private bool Entitled(ReaderScope r, int committee, DateOnly day) =>
            r.IsStaff || (r.CouncillorId is { } person && (Sat(person, committee, day) || Sat(person, committee, Today)));

        public bool Item(ReaderScope r, AgendaItem i)
        {
            var m = Meetings[i.MeetingId];
            if (r.IsStaff) return true;
            if (m.Status == MeetingStatus.Scheduled) return false;
            if (!i.IsExempt) return true;
            return i.ExemptAccess != ExemptAccess.StaffOnly && Entitled(r, m.CommitteeId, DateOnly.FromDateTime(m.StartsAt));
        }

        public bool Document(ReaderScope r, Document d)
        {
            if (r.IsStaff) return true;
            var i = Items[d.AgendaItemId];
            var m = Meetings[i.MeetingId];
            return d.PublishedOn is not null && Item(r, i) && (d.ExemptParagraph is null || Entitled(r, m.CommitteeId, DateOnly.FromDateTime(m.StartsAt)));
        }

        public bool Motion(ReaderScope r, Motion motion) => motion.AgendaItemId is not { } item || Item(r, Items[item]);

        /// <summary>A meeting's decision is its item's business; one taken in private on a notice is the committee's.</summary>
        public bool Decision(ReaderScope r, Decision d) =>
            (d.AgendaItemId is not { } item || Item(r, Items[item])) && (d.ForwardPlanEntryId is not { } notice || !PrivateNotices.Contains(notice) ||
            Entitled(r, d.MeetingId is { } meeting ? Meetings[meeting].CommitteeId : Cabinet, d.DecidedOn));
    }

    private static async Task<Rule> RuleAsync(CouncilDb db) => new()
    {
        Seats = await db.Memberships.AsNoTracking().ToListAsync(),
        Meetings = await db.Meetings.AsNoTracking().ToDictionaryAsync(m => m.Id),
        Items = await db.AgendaItems.AsNoTracking().ToDictionaryAsync(i => i.Id),
        PrivateNotices = [.. await db.ForwardPlanEntries.Where(e => e.ExemptParagraph != null).Select(e => e.Id).ToListAsync()],
        Cabinet = await db.Committees.Where(c => c.Kind == CommitteeKind.Executive).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(),
    };

    /// <param name="expected">What the rule allows (the test's own, or the in-memory form), against what the SQL filter gave.</param>
    private static void AssertSame(string what, string reader, IEnumerable<int> expected, IEnumerable<int> actual, string rule = "the test's rule")
    {
        var want = expected.ToHashSet();
        var got = actual.ToHashSet();
        Assert.True(want.SetEquals(got),
            $"{what} readable by {reader}: the SQL filter gave {got.Count}, {rule} {want.Count}; " +
            $"wrongly given: [{string.Join(", ", got.Except(want).Order())}], wrongly withheld: [{string.Join(", ", want.Except(got).Order())}].");
    }

    private static async Task<List<int>> ListedInWrittenSqlAsync(CouncilDb db, ReaderScope reader)
    {
        var sql = """SELECT coalesce(json_agg(d."Id"), '[]') FROM decisions AS d WHERE """ + Access.DecisionListedSql(reader.Kind, "d");
        return await db.AskJsonAsync(sql, Access.ReaderParameters(reader), (JsonTypeInfo<List<int>>)JsonSerializerOptions.Default.GetTypeInfo(typeof(List<int>)), default);
    }

    [Fact]
    public async Task Every_reader_is_given_by_the_database_exactly_the_items_papers_motions_and_decisions_the_rule_allows()
    {
        await using var db = Db();
        var paper = await Demo.ExemptDocument(db, ExemptAccess.CommitteeMembers);
        var items = await SeatAsync(db, paper.CommitteeId, await DayOfAsync(db, paper.MeetingId), "Committee");
        var (cabinet, atMeeting, byMember) = await PrivateDecisionsAsync(db);
        db.ChangeTracker.Clear();
        var rule = await RuleAsync(db);
        var documents = await db.Documents.AsNoTracking().ToListAsync();
        var motions = await db.Motions.AsNoTracking().ToListAsync();
        var decisions = await db.Decisions.AsNoTracking().ToListAsync();

        var readers = await ReadersAsync(db);
        foreach (var (name, reader) in readers)
        {
            AssertSame("Agenda items", name, rule.Items.Values.Where(i => rule.Item(reader, i)).Select(i => i.Id),
                await db.AgendaItems.ReadableBy(reader).Select(i => i.Id).ToListAsync());
            AssertSame("Papers", name, documents.Where(d => rule.Document(reader, d)).Select(d => d.Id),
                await db.Documents.ReadableBy(reader).Select(d => d.Id).ToListAsync());
            AssertSame("Motions", name, motions.Where(m => rule.Motion(reader, m)).Select(m => m.Id),
                await db.Motions.ReadableBy(reader).Select(m => m.Id).ToListAsync());
            AssertSame("Decisions in full", name, decisions.Where(d => rule.Decision(reader, d)).Select(d => d.Id),
                await db.Decisions.ReadableBy(reader).Select(d => d.Id).ToListAsync());
            var listed = decisions.Where(d => d.AgendaItemId is not { } item || rule.Item(reader, rule.Items[item])).Select(d => d.Id).ToList();
            AssertSame("Decisions listed", name, listed, await db.Decisions.ListedFor(reader).Select(d => d.Id).ToListAsync());
            AssertSame("Decisions listed", name, listed, await ListedInWrittenSqlAsync(db, reader), "the rule in SQL written by hand (Access.DecisionListedSql)");
        }
        // A decision the public may not see and a councillor may, so that the checks of the decisions listed can fail.
        bool Listed(ReaderScope r, Decision d) => d.AgendaItemId is not { } item || rule.Item(r, rule.Items[item]);
        Assert.Contains(decisions, d => !Listed(readers[0].Scope, d) && readers.Any(r => r.Scope.CouncillorId is not null && Listed(r.Scope, d)));

        // The matrix has something in every cell: the seats made here divide the councillors as the rule says.
        var exempt = rule.Items.Values.Where(i => i.IsExempt && i.ExemptAccess == ExemptAccess.CommitteeMembers && rule.Meetings[i.MeetingId].CommitteeId == items.Committee
            && DateOnly.FromDateTime(rule.Meetings[i.MeetingId].StartsAt) == items.Day).Select(i => i.Id).ToList();
        Assert.NotEmpty(exempt);
        bool Reads(int person) => readers.Single(r => r.Scope.CouncillorId == person).Scope is var s && exempt.All(id => rule.Item(s, rule.Items[id]));
        Assert.True(Reads(items.SatThenLeft) && Reads(items.JoinedSince), "A councillor who sat on the committee on the day, or sits on it now, reads its exempt items.");
        Assert.False(Reads(items.LeftBefore) || Reads(items.YetToJoin), "A councillor whose seat ended before the meeting, or begins after today, does not.");
        var staffOnly = rule.Items.Values.Where(i => i.IsExempt && i.ExemptAccess == ExemptAccess.StaffOnly).ToList();
        Assert.NotEmpty(staffOnly);
        Assert.All(readers.Where(r => !r.Scope.IsStaff), r => Assert.DoesNotContain(staffOnly, i => rule.Item(r.Scope, i)));
        bool ReadsDecisions(int person) => readers.Single(r => r.Scope.CouncillorId == person).Scope is var s
            && rule.Decision(s, decisions.Single(d => d.Id == atMeeting)) && rule.Decision(s, decisions.Single(d => d.Id == byMember));
        Assert.True(ReadsDecisions(cabinet.SatThenLeft) && ReadsDecisions(cabinet.JoinedSince), "A Cabinet member on the day, or now, reads a private decision in full.");
        Assert.False(ReadsDecisions(cabinet.LeftBefore) || ReadsDecisions(cabinet.YetToJoin), "One whose seat ended before, or begins after today, does not.");
        Assert.False(rule.Decision(readers[0].Scope, decisions.Single(d => d.Id == atMeeting)), "The public never read a private decision's reasons.");
    }

    [Fact]
    public async Task The_in_memory_rule_that_pages_showing_one_thing_call_agrees_with_the_filters_for_every_reader()
    {
        await using var db = Db();
        var paper = await Demo.ExemptDocument(db, ExemptAccess.CommitteeMembers);
        await SeatAsync(db, paper.CommitteeId, await DayOfAsync(db, paper.MeetingId), "Memory");
        db.ChangeTracker.Clear();
        var meetings = await db.Meetings.AsNoTracking().ToDictionaryAsync(m => m.Id);
        var items = await db.AgendaItems.AsNoTracking().ToDictionaryAsync(i => i.Id);
        var documents = await db.Documents.AsNoTracking().ToListAsync();
        foreach (var (name, reader) in await ReadersAsync(db))
        {
            AssertSame("Meetings' agendas", name, meetings.Values.Where(m => reader.MaySeeAgenda(m.Status)).Select(m => m.Id),
                await db.Meetings.AgendaVisibleTo(reader).Select(m => m.Id).ToListAsync(), "the in-memory rule");
            AssertSame("Meetings' exempt business", name, meetings.Values.Where(m => reader.MayReadExempt(Sitting.Of(m))).Select(m => m.Id),
                await db.Meetings.ExemptOpenTo(reader).Select(m => m.Id).ToListAsync(), "the in-memory rule");
            AssertSame("Agenda items", name, items.Values.Where(i => reader.MayReadItem(Sitting.Of(meetings[i.MeetingId]), i.IsExempt, i.ExemptAccess)).Select(i => i.Id),
                await db.AgendaItems.ReadableBy(reader).Select(i => i.Id).ToListAsync(), "the in-memory rule");
            AssertSame("Papers", name, documents.Where(d =>
                {
                    var i = items[d.AgendaItemId];
                    return reader.MayReadDocument(Sitting.Of(meetings[i.MeetingId]), i.IsExempt, i.ExemptAccess, d.PublishedOn is not null, d.ExemptParagraph);
                }).Select(d => d.Id),
                await db.Documents.ReadableBy(reader).Select(d => d.Id).ToListAsync(), "the in-memory rule");
        }
    }

    /// <summary>A signed-in reader refused is sent to the access-denied page.</summary>
    private static async Task AssertDeniedAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.PathAndQuery.StartsWith("/account/access-denied", StringComparison.Ordinal),
            $"{url} answered {(int)response.StatusCode} {response.Headers.Location}");
    }

    [Fact]
    public async Task Over_HTTP_a_councillor_who_sat_on_the_committee_on_the_day_reads_its_exempt_paper_and_one_whose_seat_ended_before_does_not()
    {
        const string thenEmail = "sat-then@demo.test", beforeEmail = "left-before@demo.test";
        Cast cast;
        (int DocumentId, int ItemId, int MeetingId, int CommitteeId, string Title) paper;
        string secret;
        await using (var db = Db())
        {
            paper = await Demo.ExemptDocument(db, ExemptAccess.CommitteeMembers);
            secret = await Pages.ExemptAccessTests.ConfidentialSentence(paper.DocumentId);
            cast = await SeatAsync(db, paper.CommitteeId, await DayOfAsync(db, paper.MeetingId), "Http");
        }
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            foreach (var (email, person) in new[] { (thenEmail, cast.SatThenLeft), (beforeEmail, cast.LeftBefore) })
            {
                var user = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email, PersonId = person };
                Assert.True((await users.CreateAsync(user, DemoCouncil.Password)).Succeeded);
                Assert.True((await users.AddToRoleAsync(user, Roles.Councillor)).Succeeded);
            }
        }

        var satThen = await App.SignedInAs(thenEmail);
        var document = await satThen.GetAsync($"/documents/{paper.DocumentId}");
        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.Contains(secret, WebUtility.HtmlDecode(await document.Content.ReadAsStringAsync()));
        Assert.Contains($"/documents/{paper.DocumentId}\"", await satThen.GetStringAsync($"/meetings/{paper.MeetingId}"));

        var leftBefore = await App.SignedInAs(beforeEmail);
        await AssertDeniedAsync(leftBefore, $"/documents/{paper.DocumentId}");
        var meeting = WebUtility.HtmlDecode(await leftBefore.GetStringAsync($"/meetings/{paper.MeetingId}"));
        Assert.DoesNotContain($"/documents/{paper.DocumentId}\"", meeting);
        Assert.DoesNotContain(secret, meeting);
        // The row stays: an exempt item's number, title and paragraph are on the agenda for everyone.
        Assert.Contains("Schedule 12A to the Local Government Act 1972, paragraph", meeting);
        await AssertDeniedAsync(leftBefore, $"/meetings/{paper.MeetingId}/pack.pdf?edition=full");
    }

    [Fact]
    public async Task Over_HTTP_an_exempt_paper_restricted_to_staff_is_opened_by_the_clerk_and_the_administrator_and_by_no_councillor()
    {
        await using var db = Db();
        var paper = await Demo.ExemptDocument(db, ExemptAccess.StaffOnly);
        var personId = await Demo.DemoCouncillorPersonId(db);
        var committee = await db.Committees.Include(c => c.Memberships).SingleAsync(c => c.Id == paper.CommitteeId);
        if (!committee.IsMemberOn(personId, Today))
        {
            // Seat the demo councillor on the committee now, so only the restriction to staff stands in the way.
            committee.Appoint(personId, MembershipRole.Member, Today);
            await db.SaveChangesAsync();
        }
        foreach (var email in new[] { DemoCouncil.ClerkEmail, DemoCouncil.AdminEmail })
            Assert.Equal(HttpStatusCode.OK, (await (await App.SignedInAs(email)).GetAsync($"/documents/{paper.DocumentId}")).StatusCode);
        var councillor = await App.SignedInAs(DemoCouncil.CouncillorEmail);
        await AssertDeniedAsync(councillor, $"/documents/{paper.DocumentId}");
        var item = WebUtility.HtmlDecode(await councillor.GetStringAsync($"/items/{paper.ItemId}"));
        Assert.Contains("Schedule 12A", item);
        Assert.DoesNotContain($"/documents/{paper.DocumentId}\"", item);
    }
}
