using System.Net;
using System.Text;
using CommitteeHub.Tests.Support;
using CommitteeHub.Web.Demo;
using Microsoft.EntityFrameworkCore;

namespace CommitteeHub.Tests.Pages;

/// <summary>Input no page expects (control characters, forms that cannot be read, tick boxes that say "maybe", two clerks
/// at once) is answered with a clear message, never a server error.</summary>
public sealed class BadInputTests(CommitteeHubApp app) : AppTest(app)
{
    private static async Task<string> Body(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    private static async Task<HttpResponseMessage> Post(HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        // The form's page, without the step (?handler=) its button posts to.
        var token = CommitteeHubApp.AntiforgeryToken(await client.GetStringAsync(url.Split('?')[0]));
        return await client.PostAsync(url, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));
    }

    private static void AssertNoInternals(string body)
    {
        Assert.DoesNotContain("Exception", body);
        Assert.DoesNotContain(" at CommitteeHub.", body);
    }

    [Theory]
    [InlineData("/decisions?maker=%00")]
    [InlineData("/councillors?Party=%00")]
    [InlineData("/councillors?Ward=North%01ward")]
    [InlineData("/account/sign-in?ReturnUrl=%2F%00")]
    public async Task A_control_character_in_the_address_answers_400_with_the_reason(string url)
    {
        var response = await App.Anonymous().GetAsync(url);
        var body = await Body(response);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("contains a control character", body);
        AssertNoInternals(body);
    }

    [Fact]
    public async Task A_control_character_in_a_form_field_is_refused_on_the_form_and_nothing_is_saved()
    {
        var clerk = await App.SignedInAs(DemoCouncil.ClerkEmail);
        var meetingId = await ClerkTests.ScheduleAsync(clerk, ClerkTests.FirstDay);
        // Sent as multipart: the framework refuses an encoded form holding a NUL as a whole (see the test below), but a
        // multipart one reaches the page.
        var url = $"/clerk/meetings/{meetingId}";
        var token = CommitteeHubApp.AntiforgeryToken(await clerk.GetStringAsync(url));
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in new[] { ("__RequestVerificationToken", token), ("Input.Number", "5"), ("Input.Title", "Budget\0monitoring") })
            form.Add(new StringContent(value), name);
        var response = await clerk.PostAsync($"{url}?handler=AddItem", form);
        var body = await Body(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Contains("Title contains a control character (U+0000)", body);
        await using var db = Db();
        Assert.False(await db.AgendaItems.AnyAsync(i => i.MeetingId == meetingId && i.Number == "5"));
    }

    [Fact]
    public async Task A_form_that_cannot_be_read_answers_400_or_413_with_the_reason()
    {
        var clerk = await App.SignedInAs(DemoCouncil.ClerkEmail);
        var meetingId = await ClerkTests.ScheduleAsync(clerk, ClerkTests.FirstDay);
        var url = $"/clerk/meetings/{meetingId}";
        var token = CommitteeHubApp.AntiforgeryToken(await clerk.GetStringAsync(url));
        var add = $"{url}?handler=AddItem";

        // A field over the form reader's 4 MB limit for one value.
        var huge = await clerk.PostAsync(add, new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("Input.Number", "5"), new("Input.Title", new string('x', 5_000_000))]));
        Assert.Equal(HttpStatusCode.BadRequest, huge.StatusCode);
        Assert.Contains("The form could not be read: a field is longer than the site accepts", await Body(huge));

        // A NUL in an encoded form, which the framework's form reader refuses.
        var nul = await clerk.PostAsync(add, new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("Input.Number", "5"), new("Input.Title", "Budget\0monitoring")]));
        Assert.Equal(HttpStatusCode.BadRequest, nul.StatusCode);
        Assert.Contains("it holds a control character (such as NUL)", await Body(nul));

        // No Content-Type at all, and the wrong one.
        var untyped = new ByteArrayContent(Encoding.UTF8.GetBytes($"__RequestVerificationToken={token}"));
        var none = await clerk.PostAsync(add, untyped);
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Contains("Nothing was sent as a form", await Body(none));
        var json = await clerk.PostAsync(add, new StringContent("{\"Input.Title\":\"Budget monitoring\"}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);
        Assert.Contains("Nothing was sent as a form", await Body(json));

        // A form with no token.
        var stale = await clerk.PostAsync(add, new FormUrlEncodedContent([new("Input.Title", "Budget monitoring")]));
        Assert.Equal(HttpStatusCode.BadRequest, stale.StatusCode);
        Assert.Contains("The form has expired", await Body(stale));

        await using var db = Db();
        Assert.Equal(4, await db.AgendaItems.CountAsync(i => i.MeetingId == meetingId)); // the standard items only
    }

    [Theory]
    [InlineData("GET", "/error/200")]
    [InlineData("GET", "/error/700")]
    [InlineData("GET", "/error/-1")]
    [InlineData("GET", "/error/abc")]
    [InlineData("GET", "/error/99999999999")]
    [InlineData("GET", "/error/500")]
    [InlineData("GET", "/error")]
    [InlineData("POST", "/error/400")]
    [InlineData("PUT", "/error/404")]
    [InlineData("DELETE", "/error")]
    [InlineData("PATCH", "/meetings/calendar")]
    [InlineData("PUT", "/account/sign-in")]
    public async Task The_error_page_answers_every_method_and_code_without_failing_itself(string method, string url)
    {
        var response = await App.Anonymous().SendAsync(new HttpRequestMessage(new HttpMethod(method), url)
        {
            Content = method == "GET" ? null : new StringContent("a=\0", Encoding.UTF8, "application/x-www-form-urlencoded"),
        });
        var body = await Body(response);
        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.Contains("<h1>", body);
        AssertNoInternals(body);
    }

    [Fact]
    public async Task A_step_a_page_does_not_take_is_answered_with_400_and_the_reason_and_changes_nothing()
    {
        var clerk = await App.SignedInAs(DemoCouncil.ClerkEmail);
        var meetingId = await ClerkTests.ScheduleAsync(clerk, ClerkTests.FirstDay);
        var itemId = await ClerkTests.AddItemAsync(clerk, meetingId, "5", "Budget monitoring");
        int audited;
        await using (var db = Db()) audited = await db.AuditEntries.CountAsync(a => a.MeetingId == meetingId);

        var response = await Post(clerk, $"/clerk/items/{itemId}?handler=Shred", [new("Input.Title", "Shredded")]);
        var body = await Body(response);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"Shred\" is not a step this page takes.", body);
        AssertNoInternals(body);
        await using var after = Db();
        Assert.Equal("Budget monitoring", await after.AgendaItems.Where(i => i.Id == itemId).Select(i => i.Title).SingleAsync());
        Assert.Equal(audited, await after.AuditEntries.CountAsync(a => a.MeetingId == meetingId));
    }

    [Fact]
    public async Task A_tick_box_reads_yes_and_on_as_ticked_and_anything_else_gets_a_message()
    {
        var clerk = await App.SignedInAs(DemoCouncil.ClerkEmail);
        var meetingId = await ClerkTests.ScheduleAsync(clerk, ClerkTests.FirstDay);
        await Post(clerk, $"/clerk/meetings/{meetingId}?handler=AddItem", [new("Input.Number", "5"), new("Input.Title", "Budget monitoring")]);
        int itemId;
        await using (var db = Db()) itemId = await db.AgendaItems.Where(i => i.MeetingId == meetingId && i.Number == "5").Select(i => i.Id).SingleAsync();
        uint version;
        await using (var db = Db()) version = await db.AgendaItems.Where(i => i.Id == itemId).Select(i => i.Version).SingleAsync();
        // The version the page was shown with, as a browser sends it: a form without it is refused before anything is saved.
        KeyValuePair<string, string>[] Details(string budget) =>
            [new("Input.Version", version.ToString()), new("Input.Number", "5"), new("Input.Title", "Budget monitoring"),
             new("Input.ExemptParagraph", "0"), new("Input.BudgetDecision", budget)];

        var maybe = await Post(clerk, $"/clerk/items/{itemId}?handler=SaveDetails", Details("maybe"));
        Assert.Equal(HttpStatusCode.OK, maybe.StatusCode);
        Assert.Contains("\"maybe\" is not an answer for BudgetDecision: tick the box or leave it clear.", await Body(maybe));

        var yes = await Post(clerk, $"/clerk/items/{itemId}?handler=SaveDetails", Details("yes"));
        Assert.Equal(HttpStatusCode.Redirect, yes.StatusCode);
        await using (var db = Db()) Assert.True(await db.AgendaItems.Where(i => i.Id == itemId).Select(i => i.IsBudgetDecision).SingleAsync());

        // The clerk's Forward Plan form: "on" is what a tick box without a value sends.
        var clerkDecisions = new KeyValuePair<string, string>[]
        {
            new("Entry.Matter", "Closure of Thornby tip"), new("Entry.DecisionMaker", "Cabinet"),
            new("Entry.IntendedOn", "2027-02-02"), new("Entry.KeyReason", "CommunitiesInTwoOrMoreWards"),
            new("Entry.Documents", "Report by the Director of Highways."), new("Entry.Representations", "Write to Democratic Services."),
        };
        var refused = await Post(clerk, "/clerk/decisions?handler=AddEntry", [.. clerkDecisions, new("Entry.PublishNow", "later")]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("\"later\" is not an answer for PublishNow", await Body(refused));
        Assert.DoesNotContain("Closure of Thornby tip", await App.Anonymous().GetStringAsync("/forward-plan"));
        var on = await Post(clerk, "/clerk/decisions?handler=AddEntry", [.. clerkDecisions, new("Entry.PublishNow", "on")]);
        Assert.Equal(HttpStatusCode.Redirect, on.StatusCode);
        Assert.Contains("Closure of Thornby tip", await App.Anonymous().GetStringAsync("/forward-plan"));
    }

    [Fact]
    public async Task Two_clerks_adding_the_same_item_number_at_once_get_one_item_and_a_clear_message_not_a_server_error()
    {
        var clerk = await App.SignedInAs(DemoCouncil.ClerkEmail);
        var admin = await App.SignedInAs(DemoCouncil.AdminEmail);
        var meetingId = await ClerkTests.ScheduleAsync(clerk, ClerkTests.FirstDay);
        var url = $"/clerk/meetings/{meetingId}";
        var tokens = new Dictionary<HttpClient, string>
        {
            [clerk] = CommitteeHubApp.AntiforgeryToken(await clerk.GetStringAsync(url)),
            [admin] = CommitteeHubApp.AntiforgeryToken(await admin.GetStringAsync(url)),
        };
        // Several rounds, since a race is only likely, not certain, in any one of them.
        foreach (var number in new[] { "8", "9", "10" })
        {
            var adds = Enumerable.Range(0, 6).Select(async n =>
            {
                var client = n % 2 == 0 ? clerk : admin;
                var response = await client.PostAsync($"{url}?handler=AddItem", new FormUrlEncodedContent(
                [
                    new("__RequestVerificationToken", tokens[client]),
                    new("Input.Number", number), new("Input.Title", $"Placements sufficiency strategy, version {n}"),
                ]));
                return (response.StatusCode, Body: await Body(response));
            });
            var answers = await Task.WhenAll(adds);
            Assert.All(answers, a => Assert.True(a.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"{(int)a.StatusCode}: {a.Body[..Math.Min(a.Body.Length, 300)]}"));
            Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Redirect);
            Assert.All(answers.Where(a => a.StatusCode == HttpStatusCode.OK),
                a => Assert.Contains($"This agenda already has an item {number}: choose another number", a.Body));
            await using var db = Db();
            Assert.Equal(1, await db.AgendaItems.CountAsync(i => i.MeetingId == meetingId && i.Number == number));
        }
    }
}
