using CommitteeHub.Tests.Pages;
using CommitteeHub.Tests.Support;
using CommitteeHub.Web.Demo;
using Microsoft.Playwright;

namespace CommitteeHub.Tests.Browser;

/// <summary>Tabling an amendment in a real Chromium: the live preview of tracked changes, and the pages' axe audits.</summary>
public sealed class AmendmentBrowserTests(CommitteeHubApp app, Chromium chromium) : AppTest(app)
{
    private async Task<IPage> SignedIn(string email)
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync($"{App.BaseAddress}/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(DemoCouncil.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByText("Signed in as").WaitForAsync();
        return page;
    }

    [Fact]
    public async Task A_councillor_edits_the_motion_and_sees_the_tracked_changes_as_they_type_then_tables_it()
    {
        var motionId = await MotionTests.MotionOnTheNextCouncilAgenda();
        var page = await SignedIn(DemoCouncil.CouncillorEmail);
        await page.GotoAsync($"{App.BaseAddress}/motions/{motionId}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Table an amendment" }).ClickAsync();
        await Chromium.AssertAccessibleAsync(page);

        var editor = page.GetByLabel("The motion as amended");
        var text = await editor.InputValueAsync();
        await editor.FillAsync(text.Replace("every library open", "every library open and well stocked"));
        await page.Locator("#preview ins").First.WaitForAsync();
        Assert.Contains("and well stocked", await page.Locator("#preview ins").First.InnerTextAsync());
        Assert.Contains("insert 'and well stocked'", await page.Locator("#preview-instructions").InnerTextAsync());
        await Chromium.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Table the amendment" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Amendment 1, moved by Mrs Nuttall" }).WaitForAsync();
        Assert.Contains("Amendment 1 has been tabled", await page.GetByRole(AriaRole.Status).InnerTextAsync());
        await Chromium.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task A_councillor_reads_an_amendment_from_a_Word_file_sees_its_tracked_changes_and_tables_it()
    {
        var motionId = await MotionTests.MotionOnTheNextCouncilAgenda();
        var docx = await MotionWordTests.AmendedInWord(await App.SignedInAs(DemoCouncil.CouncillorEmail), motionId, MotionWordTests.Amended);
        var page = await SignedIn(DemoCouncil.CouncillorEmail);
        await page.GotoAsync($"{App.BaseAddress}/motions/{motionId}/amend");
        await page.GetByLabel("Or read your amendment from a Word file (.docx)").SetInputFilesAsync(new FilePayload
            { Name = "libraries amended.docx", MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Buffer = docx });
        await page.GetByRole(AriaRole.Button, new() { Name = "Read the Word file" }).ClickAsync();
        await page.GetByText("Your Word file has been read").WaitForAsync();
        Assert.Contains("public", await page.Locator("#preview ins").First.InnerTextAsync());
        Assert.Contains("the public libraries", await page.GetByLabel("The motion as amended").InputValueAsync());
        await Chromium.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Table the amendment" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Amendment 1, moved by Mrs Nuttall" }).WaitForAsync();
    }

    [Fact]
    public async Task Without_javascript_the_preview_button_shows_the_tracked_changes()
    {
        var motionId = await MotionTests.MotionOnTheNextCouncilAgenda();
        var p = await chromium.NewPageAsync(javaScript: false);
        await p.GotoAsync($"{App.BaseAddress}/account/sign-in");
        await p.GetByLabel("Email address").FillAsync(DemoCouncil.CouncillorEmail);
        await p.GetByLabel("Password").FillAsync(DemoCouncil.Password);
        await p.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await p.GotoAsync($"{App.BaseAddress}/motions/{motionId}/amend");
        var editor = p.GetByLabel("The motion as amended");
        await editor.FillAsync((await editor.InputValueAsync()).Replace("supports", "strongly supports"));
        await p.GetByRole(AriaRole.Button, new() { Name = "Preview changes" }).ClickAsync();
        Assert.Contains("strongly", await p.Locator("#preview ins").First.InnerTextAsync());
        Assert.Contains("strongly supports", await p.GetByLabel("The motion as amended").InputValueAsync());
    }

    [Fact]
    public async Task The_clerks_proceedings_page_passes_an_axe_audit()
    {
        var motionId = await MotionTests.MotionOnTheNextCouncilAgenda();
        var page = await SignedIn(DemoCouncil.ClerkEmail);
        await page.GotoAsync($"{App.BaseAddress}/motions/{motionId}/proceedings");
        await page.GetByRole(AriaRole.Button, new() { Name = "Motion moved and seconded" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Motion carried" }).WaitForAsync();
        await Chromium.AssertAccessibleAsync(page);
    }
}
