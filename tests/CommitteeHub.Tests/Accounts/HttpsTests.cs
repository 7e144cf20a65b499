using System.Net;
using CommitteeHub.Tests.Support;
using CommitteeHub.Web.Demo;

namespace CommitteeHub.Tests.Accounts;

/// <summary>Served over HTTPS, directly or by a trusted proxy that ends TLS, the site marks its cookies Secure and
/// sends HSTS; over plain HTTP (a developer's machine) it does neither, so signing in still works there.</summary>
public sealed class HttpsTests(CommitteeHubApp app) : AppTest(app)
{
    /// <summary>A client that keeps no cookies of its own, so a test can read and send them as they are.</summary>
    private static HttpClient Bare(CommitteeHubApp app) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(app.BaseAddress) };

    private static HttpRequestMessage Request(HttpMethod method, string path, string? forwardedProto, string? cookies = null, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Host = "committees.demo-county.gov.uk"; // HSTS is never sent for localhost
        if (forwardedProto is not null) request.Headers.Add("X-Forwarded-Proto", forwardedProto);
        if (cookies is not null) request.Headers.Add("Cookie", cookies);
        return request;
    }

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];

    private static string CookieHeader(HttpResponseMessage response) =>
        string.Join("; ", SetCookies(response).Select(c => c.Split(';')[0]));

    [Fact]
    public async Task Behind_a_trusted_proxy_ending_https_every_cookie_is_secure_and_hsts_is_sent()
    {
        var client = Bare(App);
        var form = await client.SendAsync(Request(HttpMethod.Get, "/account/sign-in", "https"));
        Assert.True(form.Headers.Contains("Strict-Transport-Security"));
        var antiforgery = Assert.Single(SetCookies(form));
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);

        var signIn = await client.SendAsync(Request(HttpMethod.Post, "/account/sign-in", "https", CookieHeader(form),
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = DemoCouncil.ClerkEmail, ["Input.Password"] = DemoCouncil.Password,
                ["__RequestVerificationToken"] = CommitteeHubApp.AntiforgeryToken(await form.Content.ReadAsStringAsync()),
            })));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var session = Assert.Single(SetCookies(signIn), c => c.StartsWith("committeehub=", StringComparison.Ordinal));
        Assert.Contains("secure", session, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Over_plain_http_cookies_are_not_marked_secure_and_no_hsts_is_sent()
    {
        var form = await Bare(App).SendAsync(Request(HttpMethod.Get, "/account/sign-in", forwardedProto: null));
        Assert.False(form.Headers.Contains("Strict-Transport-Security"));
        Assert.DoesNotContain("secure", Assert.Single(SetCookies(form)), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_forwarded_scheme_from_a_client_that_is_not_a_trusted_proxy_is_ignored()
    {
        await using var own = new CommitteeHubApp(new Dictionary<string, string?> { ["CommitteeHub:TrustedProxies"] = "10.99.0.0/24" });
        await own.InitializeAsync();
        var form = await Bare(own).SendAsync(Request(HttpMethod.Get, "/account/sign-in", "https"));
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.False(form.Headers.Contains("Strict-Transport-Security"));
        Assert.DoesNotContain("secure", Assert.Single(SetCookies(form)), StringComparison.OrdinalIgnoreCase);
    }
}
