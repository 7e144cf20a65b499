using System.Net;
using CommitteeHub.Tests.Support;
using CommitteeHub.Web.Demo;
using CommitteeHub.Web.Infrastructure;

namespace CommitteeHub.Tests.Pages;

public sealed class SignInTests(CommitteeHubApp app) : AppTest(app)
{
    private async Task<HttpResponseMessage> Post(HttpClient client, string email, string password)
    {
        var form = await client.GetStringAsync("/account/sign-in");
        return await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = password, ["__RequestVerificationToken"] = CommitteeHubApp.AntiforgeryToken(form),
        }));
    }

    [Theory]
    [InlineData(DemoCouncil.ClerkEmail)]
    [InlineData(DemoCouncil.CouncillorEmail)]
    [InlineData(DemoCouncil.AdminEmail)]
    public async Task Each_demo_account_signs_in_and_sees_who_it_is(string email)
    {
        var client = await App.SignedInAs(email);
        var home = await client.GetStringAsync("/account/sign-out");
        Assert.Contains("Signed in as", home);
        Assert.Contains("Sign out", home);
    }

    [Theory]
    [InlineData("", "", "Enter your email address.")]
    [InlineData("clerk@demo.test", "", "Enter your password.")]
    [InlineData("not-an-email", "whatever", "Enter an email address in the right form")]
    [InlineData("clerk@demo.test", "wrong-password", SignInGate.Refusal)]
    [InlineData("nobody@demo.test", "Demo-pass-2026!", SignInGate.Refusal)]
    public async Task Bad_sign_in_details_get_a_clear_message_and_keep_the_email(string email, string password, string message)
    {
        var client = App.Anonymous();
        var response = await Post(client, email, password);
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("There is a problem", body);
        Assert.Contains(message, body);
        if (email.Length > 0) Assert.Contains($"value=\"{email}\"", body);
        Assert.DoesNotContain("Signed in as", body);
    }

    [Fact]
    public async Task A_sign_in_without_the_antiforgery_token_is_refused()
    {
        var response = await App.Anonymous().PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = DemoCouncil.ClerkEmail, ["Input.Password"] = DemoCouncil.Password,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Sign_in_returns_to_a_local_page_but_never_to_another_site()
    {
        var client = App.Anonymous();
        var form = await client.GetStringAsync("/account/sign-in?ReturnUrl=%2Fcommittees");
        var response = await client.PostAsync("/account/sign-in?ReturnUrl=%2Fcommittees", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = DemoCouncil.ClerkEmail, ["Input.Password"] = DemoCouncil.Password, ["ReturnUrl"] = "/committees",
            ["__RequestVerificationToken"] = CommitteeHubApp.AntiforgeryToken(form),
        }));
        Assert.Equal("/committees", response.Headers.Location!.OriginalString);

        var other = App.Anonymous();
        var form2 = await other.GetStringAsync("/account/sign-in");
        var evil = await other.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = DemoCouncil.ClerkEmail, ["Input.Password"] = DemoCouncil.Password, ["ReturnUrl"] = "https://evil.example/",
            ["__RequestVerificationToken"] = CommitteeHubApp.AntiforgeryToken(form2),
        }));
        Assert.Equal("/", evil.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var client = await App.SignedInAs(DemoCouncil.ClerkEmail);
        var home = await client.GetStringAsync("/account/sign-out");
        var response = await client.PostAsync("/account/sign-out", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = CommitteeHubApp.AntiforgeryToken(home),
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("Signed in as", await client.GetStringAsync("/"));
    }
}
