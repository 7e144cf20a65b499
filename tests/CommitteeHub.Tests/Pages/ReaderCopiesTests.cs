using System.Net;
using CommitteeHub.Domain;
using CommitteeHub.Tests.Support;
using CommitteeHub.Web.Demo;
using Microsoft.EntityFrameworkCore;
using static CommitteeHub.Tests.Pages.ClerkTests;

namespace CommitteeHub.Tests.Pages;

/// <summary>A signed-in reader's reading pages are kept for that reader alone, as the public's are kept for the
/// public: served again from the cache, never to anyone else, and never once the record has changed. Workflow pages
/// are never kept.</summary>
public sealed class ReaderCopiesTests(CommitteeHubApp app) : AppTest(app)
{
    private static async Task<string> Text(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    [Fact]
    public async Task A_councillors_copy_of_an_exempt_paper_is_served_again_to_that_councillor_and_to_nobody_else()
    {
        await using var db = Db();
        var paper = await Demo.ExemptDocument(db, ExemptAccess.CommitteeMembers);
        var secret = await ExemptAccessTests.ConfidentialSentence(paper.DocumentId);
        var url = $"/documents/{paper.DocumentId}";

        var councillor = await App.SignedInAs(DemoCouncil.CouncillorEmail);
        Assert.Contains(secret, await Text(await councillor.GetAsync(url)));
        var again = await councillor.GetAsync(url);
        Assert.True(again.Headers.Age is not null, "The councillor's second reading was not served from their copy.");
        Assert.Contains(secret, await Text(again));

        var publicReading = await App.Anonymous().GetAsync(url);
        Assert.Null(publicReading.Headers.Age);
        Assert.DoesNotContain(secret, await Text(publicReading));
        // Another browser of the public, now that the public's copy exists: still the public's.
        Assert.DoesNotContain(secret, await Text(await App.Anonymous().GetAsync(url)));

        // Another signed-in reader has a copy of their own, not the councillor's (their name heads the page).
        var clerk = await App.SignedInAs(DemoCouncil.ClerkEmail);
        var clerksFirst = await clerk.GetAsync(url);
        Assert.Null(clerksFirst.Headers.Age);
        Assert.Contains("Signed in as Jane Whitfield", await Text(clerksFirst));
        Assert.DoesNotContain("Signed in as Jane Whitfield", await Text(await councillor.GetAsync(url)));
    }

    [Fact]
    public async Task A_change_to_the_record_reaches_a_signed_in_reader_at_once()
    {
        var clerk = await App.SignedInAs(DemoCouncil.ClerkEmail);
        var councillor = await App.SignedInAs(DemoCouncil.CouncillorEmail);
        SetClock(new DateOnly(2026, 11, 23));
        var meeting = await ScheduleAsync(clerk, FirstDay);
        var url = $"/meetings/{meeting}";
        await councillor.GetAsync(url);
        Assert.True((await councillor.GetAsync(url)).Headers.Age is not null);

        AssertDone(await MeetingStep(clerk, meeting, "Reschedule", new() { ["Input.Venue"] = "Committee Room 2, County Hall" }));
        var after = await councillor.GetAsync(url);
        Assert.Null(after.Headers.Age);
        Assert.Contains("Committee Room 2, County Hall", await Text(after));
    }

    [Fact]
    public async Task Workflow_pages_and_the_sign_out_page_are_never_kept()
    {
        await using var db = Db();
        var motion = await db.Motions.Select(m => m.Id).FirstAsync();
        var clerk = await App.SignedInAs(DemoCouncil.ClerkEmail);
        var councillor = await App.SignedInAs(DemoCouncil.CouncillorEmail);
        foreach (var (client, url) in new[] { (clerk, "/clerk"), (clerk, "/clerk/meetings/new"), (clerk, $"/motions/{motion}/proceedings"),
                     (councillor, "/account/sign-out"), (clerk, "/account/sign-out") })
        {
            await client.GetAsync(url);
            var second = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
            Assert.True(second.Headers.Age is null, $"{url} was served from the cache.");
        }
    }

    [Fact]
    public async Task Signing_out_is_a_page_with_its_own_form_and_the_header_links_to_it()
    {
        var councillor = await App.SignedInAs(DemoCouncil.CouncillorEmail);
        var home = await councillor.GetStringAsync("/");
        Assert.Contains("href=\"/account/sign-out\"", home);
        Assert.DoesNotContain("__RequestVerificationToken", home);

        var page = await councillor.GetStringAsync("/account/sign-out");
        var signOut = await councillor.PostAsync("/account/sign-out", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = CommitteeHubApp.AntiforgeryToken(page),
        }));
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.DoesNotContain("Signed in as", await councillor.GetStringAsync("/"));

        // Someone not signed in has no session to end: the page sends them home.
        var anonymous = await App.Anonymous().GetAsync("/account/sign-out");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
    }
}
