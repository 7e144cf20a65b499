using System.Net;
using CommitteeHub.Domain;
using CommitteeHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CommitteeHub.Tests.Pages;

/// <summary>The lists that would grow with the council's history (issue 12): the councillors and committees pages list
/// today's council and committees; those of earlier years are a link away, each still reaching its own page.</summary>
public sealed class CouncilListsTests(CommitteeHubApp app) : AppTest(app)
{
    private static async Task<string> Ok(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Ends every seat of one of the demo's councillors on 5 May 2021 (or the day it began, if later), as
    /// an election would; returns their slug, name and the municipal year they left.</summary>
    private static async Task<(string Slug, string Name, MunicipalYear Left, string Served)> RetireACouncillorAsync()
    {
        await using var db = Db();
        var person = await db.People.Where(p => p.Kind == PersonKind.Councillor && p.Email != "councillor@demo.test"
                && db.Memberships.Any(m => m.PersonId == p.Id))
            .OrderBy(p => p.Slug).Select(p => new { p.Id, p.Slug, p.DisplayName }).FirstAsync();
        await db.Database.ExecuteSqlAsync($"UPDATE memberships SET \"To\" = GREATEST(\"From\", DATE '2021-05-05') WHERE \"PersonId\" = {person.Id}");
        var seats = await db.Memberships.Where(m => m.PersonId == person.Id).Select(m => new { m.From, m.To }).ToListAsync();
        var last = seats.Max(s => s.To!.Value);
        return (person.Slug, person.DisplayName, MunicipalYear.Of(last.ToDateTime(TimeOnly.MinValue)), $"{seats.Min(s => s.From).Year}–{last.Year}");
    }

    [Fact]
    public async Task The_councillors_page_lists_todays_council_and_not_a_councillor_whose_seats_have_ended()
    {
        var (slug, _, _, _) = await RetireACouncillorAsync();
        await using var db = Db();
        var today = DateOnly.FromDateTime(TestDatabase.Clock.GetLocalNow().DateTime);
        var sitting = await db.People.Where(p => p.Kind == PersonKind.Councillor
            && db.Memberships.Any(m => m.PersonId == p.Id && m.From <= today && (m.To == null || m.To >= today))).Select(p => p.Slug).ToListAsync();
        Assert.NotEmpty(sitting);

        var page = await Ok(App.Anonymous(), "/councillors");
        Assert.All(sitting, s => Assert.Contains($"href=\"/councillors/{s}\"", page));
        Assert.DoesNotContain($"href=\"/councillors/{slug}\"", page);
        Assert.Contains($"{sitting.Count} councillors sitting today", page);
        Assert.Contains("href=\"/councillors/former\"", page);
    }

    [Theory]
    [InlineData("name")]
    [InlineData("party")]
    [InlineData("ward")]
    public async Task The_councillors_page_sorts_by_name_party_or_division_and_offers_each_party_and_division_once(string sort)
    {
        await using var db = Db();
        var today = DateOnly.FromDateTime(TestDatabase.Clock.GetLocalNow().DateTime);
        // One councillor without a party: listed last when sorted by party, and no empty party offered.
        var independent = await db.People.Where(p => p.Kind == PersonKind.Councillor).OrderBy(p => p.Slug).Select(p => p.Id).FirstAsync();
        await db.Database.ExecuteSqlAsync($"UPDATE people SET \"Party\" = NULL WHERE \"Id\" = {independent}");
        var council = (await db.People.Where(p => p.Kind == PersonKind.Councillor
                && db.Memberships.Any(m => m.PersonId == p.Id && m.From <= today && (m.To == null || m.To >= today)))
            .Select(p => new { p.Slug, p.LastName, p.FirstName, p.Party, p.Ward }).ToListAsync())
            .OrderBy(p => p.LastName, StringComparer.Ordinal).ThenBy(p => p.FirstName, StringComparer.Ordinal).ToList();
        var expected = sort switch
        {
            "party" => council.OrderBy(p => p.Party is null).ThenBy(p => p.Party, StringComparer.Ordinal),
            "ward" => council.OrderBy(p => p.Ward is null).ThenBy(p => p.Ward, StringComparer.Ordinal),
            _ => council.AsEnumerable(),
        };

        var body = await Ok(App.Anonymous(), $"/councillors?sort={sort}");

        var listed = System.Text.RegularExpressions.Regex.Matches(body, "<td><a href=\"/councillors/([a-z0-9-]+)\">").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(expected.Select(p => p.Slug), listed);
        var parties = council.Select(p => p.Party).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        var offered = System.Text.RegularExpressions.Regex.Matches(body[body.IndexOf("id=\"party\"")..body.IndexOf("id=\"ward\"")], "<option value=\"([^\"]+)\"")
            .Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(parties, offered);
        Assert.True(parties.Count >= 2, "The demo council has too few parties for the order to mean anything.");
    }

    [Fact]
    public async Task A_former_councillor_is_listed_under_the_year_they_left_and_their_profile_says_when_they_served()
    {
        var (slug, name, left, served) = await RetireACouncillorAsync();
        var anonymous = App.Anonymous();

        var former = await Ok(anonymous, "/councillors/former");
        Assert.Contains($"Left in {left}", former);
        Assert.Contains($"<a href=\"/councillors/{slug}\">{name}</a>", former);
        Assert.Contains($"<td>{served}</td>", former);
        Assert.Equal(former, await Ok(anonymous, $"/councillors/former?year={left.StartYear}"));

        var profile = await Ok(anonymous, $"/councillors/{slug}");
        Assert.Contains($"Former councillor: served {served}.", profile);
        Assert.Contains("Attendance at meetings", profile);
        // A sitting councillor's profile says no such thing.
        Assert.DoesNotContain("Former councillor", await Ok(anonymous, "/councillors/nigel-acton"));
    }

    [Fact]
    public async Task With_no_councillor_gone_the_former_page_says_so_and_a_year_without_leavers_is_not_found()
    {
        var anonymous = App.Anonymous();
        Assert.Contains("No councillor has left the council yet.", await Ok(anonymous, "/councillors/former"));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/councillors/former?year=2010")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/councillors/former?year=1800")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.GetAsync("/councillors/former?year=twenty")).StatusCode);
    }

    [Fact]
    public async Task A_dissolved_committee_is_listed_among_former_committees_and_its_page_is_still_there()
    {
        await using (var db = Db())
        {
            var member = await db.People.Where(p => p.Kind == PersonKind.Councillor).Select(p => p.Id).FirstAsync();
            var standards = new Committee("Standards Committee", CommitteeKind.Regulatory, "Promoted high standards of conduct by members.");
            standards.Appoint(member, MembershipRole.Member, new DateOnly(2010, 5, 1), new DateOnly(2012, 6, 30));
            db.Committees.Add(standards);
            await db.SaveChangesAsync();
        }
        var page = await Ok(App.Anonymous(), "/committees");
        var (current, former) = (page.Split("id=\"former\"")[0], page.Split("id=\"former\"")[1]);
        Assert.Contains("<a href=\"/committees/standards-committee\">Standards Committee</a>", former);
        Assert.DoesNotContain("/committees/standards-committee", current);
        Assert.Contains("<h3><a href=\"/committees/county-council\">County Council</a></h3>", current);
        Assert.Contains("Promoted high standards", await Ok(App.Anonymous(), "/committees/standards-committee"));
    }

    [Fact]
    public async Task The_committees_page_has_no_former_section_while_every_committee_sits()
    {
        var page = await Ok(App.Anonymous(), "/committees");
        Assert.DoesNotContain("Former committees", page);
        await using var db = Db();
        Assert.All(await db.Committees.Select(c => c.Slug).ToListAsync(), s => Assert.Contains($"<h3><a href=\"/committees/{s}\">", page));
    }

    [Fact]
    public async Task The_forward_plan_offers_earlier_years_and_refuses_a_year_that_is_no_year()
    {
        var anonymous = App.Anonymous();
        var plan = await Ok(anonymous, "/forward-plan");
        Assert.Contains("href=\"/forward-plan?year=2019#plan\"", plan);
        Assert.Contains("Notices for decisions intended in 2019/20", await Ok(anonymous, "/forward-plan?year=2019"));
        Assert.Contains("No notice was published for a decision intended in that year.", await Ok(anonymous, "/forward-plan?year=2001"));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/forward-plan?year=99999")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.GetAsync("/forward-plan?year=last")).StatusCode);
    }
}
