using System.Net;
using System.Text.RegularExpressions;
using CommitteeHub.Data;
using CommitteeHub.Tests.Support;
using CommitteeHub.Web.Demo;
using CommitteeHub.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CommitteeHub.Tests.Accounts;

/// <summary>Signing in tells an outsider nothing about which accounts exist, and no one address can guess passwords
/// quickly or lock the clerk out.</summary>
public sealed partial class SignInDefenceTests(CommitteeHubApp app) : AppTest(app)
{
    internal static async Task<HttpResponseMessage> Attempt(HttpClient client, string token, string email, string password) =>
        await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = password, ["__RequestVerificationToken"] = token,
        }));

    [GeneratedRegex("<div class=\"error-summary\"[\\s\\S]*?</div>")]
    private static partial Regex ErrorSummary();

    [Fact]
    public async Task An_unknown_account_a_wrong_password_and_a_locked_account_get_the_same_answer_at_the_cost_of_one_password_check()
    {
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var admin = await users.FindByEmailAsync(DemoCouncil.AdminEmail);
            await users.SetLockoutEndDateAsync(admin!, new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero));
        }
        var answers = new List<string>();
        foreach (var (email, password) in new[]
                 {
                     ("nobody@demo.test", DemoCouncil.Password), // no such account
                     (DemoCouncil.ClerkEmail, "not-the-password"), // wrong password
                     (DemoCouncil.AdminEmail, DemoCouncil.Password), // locked, even with the right password
                 })
        {
            var client = App.Anonymous();
            var token = CommitteeHubApp.AntiforgeryToken(await client.GetStringAsync("/account/sign-in"));
            var checks = App.PasswordChecks.Count;
            var response = await Attempt(client, token, email, password);
            Assert.Equal(1, App.PasswordChecks.Count - checks);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            answers.Add(ErrorSummary().Match(await response.Content.ReadAsStringAsync()).Value);
        }
        Assert.Contains(WebUtility.HtmlEncode(SignInGate.Refusal), answers[0]);
        Assert.All(answers, a => Assert.Equal(answers[0], a));
    }

    [Fact]
    public async Task One_address_is_throttled_after_ten_attempts_while_the_clerk_still_signs_in_from_another()
    {
        await using var own = new CommitteeHubApp(new Dictionary<string, string?>()); // the shipped limits
        await own.InitializeAsync();
        var attacker = own.Anonymous();
        attacker.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.9");
        var token = CommitteeHubApp.AntiforgeryToken(await attacker.GetStringAsync("/account/sign-in"));
        for (var i = 0; i < 10; i++)
            Assert.Equal(HttpStatusCode.OK, (await Attempt(attacker, token, DemoCouncil.ClerkEmail, $"guess-number-{i}")).StatusCode);

        var refused = await Attempt(attacker, token, DemoCouncil.ClerkEmail, DemoCouncil.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("too many attempts to sign in from your connection", page);
        Assert.DoesNotContain("Signed in as", page);

        var clerk = own.Anonymous();
        clerk.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.7");
        var clerkToken = CommitteeHubApp.AntiforgeryToken(await clerk.GetStringAsync("/account/sign-in"));
        Assert.Equal(HttpStatusCode.Redirect, (await Attempt(clerk, clerkToken, DemoCouncil.ClerkEmail, DemoCouncil.Password)).StatusCode);
        Assert.Contains("Signed in as", await clerk.GetStringAsync("/"));
    }

    [Fact]
    public async Task A_client_cannot_dodge_the_throttle_by_naming_another_address_unless_it_is_a_trusted_proxy()
    {
        await using var own = new CommitteeHubApp(new Dictionary<string, string?>
        {
            ["CommitteeHub:TrustedProxies"] = "10.99.0.1", ["CommitteeHub:SignIn:AttemptsPerAddress"] = "3",
        });
        await own.InitializeAsync();
        var client = own.Anonymous();
        var token = CommitteeHubApp.AntiforgeryToken(await client.GetStringAsync("/account/sign-in"));
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/account/sign-in")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["Input.Email"] = DemoCouncil.ClerkEmail, ["Input.Password"] = $"guess-number-{i}", ["__RequestVerificationToken"] = token,
                }),
            };
            request.Headers.Add("X-Forwarded-For", $"203.0.113.{i + 1}");
            statuses.Add((await client.SendAsync(request)).StatusCode);
        }
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }
}
