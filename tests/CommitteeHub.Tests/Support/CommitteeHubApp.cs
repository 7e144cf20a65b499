using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CommitteeHub.Tests.Support;

/// <summary>The real app, on a real Kestrel port (so Chromium can reach it too), over the test database and the fixed
/// clock. One instance serves a whole collection; the database under it is reset before every test.</summary>
public sealed partial class CommitteeHubApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await TestDatabase.ResetAsync();
        TestDatabase.Clock.Now = TestDatabase.Clock.Start;
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = addresses.First().Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1");
    }

    public new Task DisposeAsync() => base.DisposeAsync().AsTask();

    /// <summary>Where Kestrel listens, such as http://127.0.0.1:41234.</summary>
    public string BaseAddress { get; private set; } = "";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:CommitteeHub", TestDatabase.ConnectionString(TestDatabase.TestName));
        builder.UseSetting("CommitteeHub:MigrateOnStartup", "false");
        builder.UseSetting("CommitteeHub:SeedDemoData", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Every test shares one app and one client address; the diff API's rate limit has its own test and app.
        builder.UseSetting("CommitteeHub:Diff:PublicPerMinute", "100000");
        builder.UseSetting("CommitteeHub:Diff:SignedInPerMinute", "100000");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(TestDatabase.Clock);
        });
    }

    /// <summary>A client that does not follow redirects, so tests see exactly what the server answered.</summary>
    public HttpClient Anonymous() =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = new Uri(BaseAddress),
        };

    /// <summary>A client signed in through the real sign-in form.</summary>
    public async Task<HttpClient> SignedInAs(string email, string password = Web.Demo.DemoCouncil.Password)
    {
        var client = Anonymous();
        var form = await client.GetStringAsync("/account/sign-in");
        var response = await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = AntiforgeryToken(form),
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Signing in as {email} failed: {(int)response.StatusCode} " +
                Regex.Match(await response.Content.ReadAsStringAsync(), "<div class=\"error-summary\"[\\s\\S]*?</div>").Value);
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    public static string AntiforgeryToken(string html) =>
        TokenPattern().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("No antiforgery token on the page.");
}

/// <summary>Every test that touches the database or the app runs in this one collection: one server, one app, and
/// a fresh copy of the demo council before each test.</summary>
[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<CommitteeHubApp>, ICollectionFixture<Chromium>
{
    public const string Name = "app";
}

/// <summary>Base for tests in the app collection: resets the database before each test.</summary>
[Collection(AppCollection.Name)]
public abstract class AppTest(CommitteeHubApp app) : IAsyncLifetime
{
    protected CommitteeHubApp App { get; } = app;

    public virtual async Task InitializeAsync()
    {
        await TestDatabase.ResetAsync();
        TestDatabase.Clock.Now = TestDatabase.Clock.Start;
        // The public page cache outlives a test; the database under it does not.
        await App.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(Web.Infrastructure.PublicPageCache.Tag, default);
    }

    public virtual Task DisposeAsync() => Task.CompletedTask;

    protected static Data.CouncilDb Db() => TestDatabase.OpenTestDb();
}
