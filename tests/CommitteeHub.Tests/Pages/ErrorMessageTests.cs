using AngleSharp.Html.Parser;
using CommitteeHub.Tests.Support;
using static CommitteeHub.Tests.Pages.ClerkTests;

namespace CommitteeHub.Tests.Pages;

/// <summary>GOV.UK's error pattern on every form: the summary lists the problems in the order the form asks its
/// questions, each links to its field, and the same message stands at that field, which is marked invalid and
/// described by it (so a screen reader hears it there too).</summary>
public sealed class ErrorMessageTests(CommitteeHubApp app) : AppTest(app)
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Each summary entry's field, as the page shows it, with the message at that field.</summary>
    private static List<(string Message, string FieldId, string AtField)> Problems(string html)
    {
        var doc = Parser.ParseDocument(html);
        var summary = doc.QuerySelectorAll(".error-summary li a").ToList();
        Assert.NotEmpty(summary);
        return summary.Select(a =>
        {
            var id = a.GetAttribute("href")!.TrimStart('#');
            var field = doc.GetElementById(id);
            Assert.True(field is not null, $"The summary links to #{id}, which is not on the page.");
            Assert.Equal("true", field!.GetAttribute("aria-invalid"));
            var describedBy = (field.GetAttribute("aria-describedby") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var message = describedBy.Select(doc.GetElementById).FirstOrDefault(e => e?.ClassList.Contains("field-error") == true);
            Assert.True(message is not null, $"#{id} is not described by a message at the field.");
            return (a.TextContent.Trim(), id, message!.TextContent.Replace("Error:", "").Trim());
        }).ToList();
    }

    /// <summary>The ids of the page's fields in the order they stand in it.</summary>
    private static List<string> FieldOrder(string html) =>
        Parser.ParseDocument(html).QuerySelectorAll("input[id], select[id], textarea[id]").Select(e => e.Id!).ToList();

    private static void AssertInFormOrder(string html, List<(string Message, string FieldId, string AtField)> problems)
    {
        var order = FieldOrder(html);
        var places = problems.Select(p => order.IndexOf(p.FieldId)).ToList();
        Assert.Equal(places.Order().ToList(), places);
    }

    [Fact]
    public async Task Scheduling_with_a_date_that_is_no_date_and_no_committee_or_venue_lists_them_in_the_forms_order_each_said_again_at_its_field()
    {
        var clerk = await App.SignedInAs("clerk@demo.test");
        // A date that is no date is refused while the form is read, before the missing answers are found: the order
        // the problems are found in is not the order the form asks them.
        var (response, html) = await Submit(clerk, "/clerk/meetings/new", null, new()
        {
            ["Input.CommitteeId"] = "", ["Input.Date"] = "the ninth", ["Input.Time"] = "10:00", ["Input.Venue"] = "",
        });
        Assert.Equal(200, (int)response.StatusCode);
        var problems = Problems(html);
        Assert.Equal(["Input_CommitteeId", "Input_Date", "Input_Venue"], problems.Select(p => p.FieldId));
        Assert.All(problems, p => Assert.Equal(p.Message, p.AtField));
        Assert.Contains("Choose the committee.", problems[0].Message);
        AssertInFormOrder(html, problems);
    }

    [Fact]
    public async Task Signing_in_with_nothing_typed_says_so_at_both_fields()
    {
        var (response, html) = await Submit(App.Anonymous(), "/account/sign-in", null, new() { ["Input.Email"] = "", ["Input.Password"] = "" });
        Assert.Equal(200, (int)response.StatusCode);
        var problems = Problems(html);
        Assert.Equal(["Input_Email", "Input_Password"], problems.Select(p => p.FieldId));
        Assert.All(problems, p => Assert.Equal(p.Message, p.AtField));
    }

    [Fact]
    public async Task A_field_drawn_by_hand_gets_its_message_too_and_the_summary_links_to_it()
    {
        // The agenda page's "change the date, time or venue" form names its fields by hand, without asp-for.
        var clerk = await App.SignedInAs("clerk@demo.test");
        SetClock(new DateOnly(2026, 11, 23));
        var meeting = await ScheduleAsync(clerk, FirstDay);
        var (response, html) = await MeetingStep(clerk, meeting, "Reschedule", new() { ["Input.Date"] = "", ["Input.Time"] = "" });
        Assert.Equal(200, (int)response.StatusCode);
        var problems = Problems(html);
        Assert.Equal(["Input_Date", "Input_Time"], problems.Select(p => p.FieldId));
        Assert.All(problems, p => Assert.Equal(p.Message, p.AtField));
    }

    [Fact]
    public async Task A_refused_upload_puts_its_messages_at_the_upload_panels_own_fields_and_leaves_the_report_form_empty()
    {
        var clerk = await App.SignedInAs("clerk@demo.test");
        var (_, itemId, _) = await SomethingOfEach(clerk);
        var page = await clerk.GetStringAsync($"/clerk/items/{itemId}");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(CommitteeHubApp.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new StringContent(""), "Input.UploadTitle" },
            { new StringContent("Appendix"), "Input.UploadKind" },
        };
        var response = await clerk.PostAsync($"/clerk/items/{itemId}?handler=UploadPaper", form);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(200, (int)response.StatusCode);
        var problems = Problems(html);
        Assert.Equal(["Input_UploadTitle", "Upload"], problems.Select(p => p.FieldId));
        Assert.Equal(["Document title is required.", "Choose the file to upload."], problems.Select(p => p.Message));
        Assert.All(problems, p => Assert.Equal(p.Message, p.AtField));
        // The report form's title is not marked, and the kind chosen for the upload stays in the upload panel only.
        var doc = Parser.ParseDocument(html);
        Assert.Null(doc.GetElementById("Input_PaperTitle")!.GetAttribute("aria-invalid"));
        Assert.Equal("Appendix", doc.QuerySelector("#Input_UploadKind option[selected]")!.GetAttribute("value"));
        Assert.Equal("Report", doc.QuerySelector("#Input_PaperKind option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Pages_without_problems_mark_no_field_invalid()
    {
        var clerk = await App.SignedInAs("clerk@demo.test");
        var html = await clerk.GetStringAsync("/clerk/meetings/new");
        Assert.Null(Parser.ParseDocument(html).QuerySelector("[aria-invalid], .field-error, .error-summary"));
    }
}
