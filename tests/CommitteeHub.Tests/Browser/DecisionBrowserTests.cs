using CommitteeHub.Tests.Support;
using CommitteeHub.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CommitteeHub.Tests.Browser;

/// <summary>The executive decision pages in a real Chromium, each audited with axe: the public register, a decision
/// record, the Forward Plan, and the clerk's desk, including a form answered with an error.</summary>
public sealed class DecisionBrowserTests(CommitteeHubApp app, Chromium chromium) : AppTest(app)
{
    [Fact]
    public async Task The_public_register_a_decision_and_the_forward_plan_pass_an_axe_audit()
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync($"{App.BaseAddress}/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Decisions" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Decisions", Exact = true }).WaitForAsync();
        await Chromium.AssertAccessibleAsync(page);

        await page.GetByLabel("Key decisions only").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Show decisions" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Relocation of Fenbury library into the Fenbury community hub" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Reasons for the call-in" }).WaitForAsync();
        await Chromium.AssertAccessibleAsync(page);

        await page.GotoAsync($"{App.BaseAddress}/forward-plan");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Emergency repairs to Hanbury Bridge" }).WaitForAsync();
        await Chromium.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task The_clerks_decisions_desk_passes_an_axe_audit_with_and_without_errors()
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync($"{App.BaseAddress}/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(DemoCouncil.ClerkEmail);
        await page.GetByLabel("Password").FillAsync(DemoCouncil.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByText("Signed in as").WaitForAsync();
        await page.GotoAsync($"{App.BaseAddress}/clerk");
        await page.GetByRole(AriaRole.Link, new() { Name = "Executive decisions and the Forward Plan" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Record a decision" }).WaitForAsync();
        await Chromium.AssertAccessibleAsync(page);

        await page.GetByLabel("Title").FillAsync("Library opening hours");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record and publish the decision" }).ClickAsync();
        await page.GetByText("There is a problem").WaitForAsync();
        Assert.Equal("Library opening hours", await page.GetByLabel("Title").InputValueAsync());
        await Chromium.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Table, new() { Name = "Decisions, newest first" })
            .GetByRole(AriaRole.Link, new() { Name = "Household waste recycling sites: winter opening hours" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Record a call-in" }).WaitForAsync();
        await Chromium.AssertAccessibleAsync(page);

        await page.GotoAsync($"{App.BaseAddress}/clerk/decisions");
        await page.GetByRole(AriaRole.Link, new() { Name = "Emergency repairs to Hanbury Bridge" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Special urgency" }).WaitForAsync();
        await Chromium.AssertAccessibleAsync(page);
    }
}
