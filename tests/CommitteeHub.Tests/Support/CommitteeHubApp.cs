using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace CommitteeHub.Tests.Support;

/// <summary>The real app, on a real Kestrel port (so Chromium can reach it too), over the test database and the fixed
/// clock. One instance serves a whole collection; the database under it is reset before every test.</summary>
public sealed partial class CommitteeHubApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly IReadOnlyDictionary<string, string?> _settings;

    /// <summary>The app as every test collection shares it. Its clients all come from 127.0.0.1, so the sign-in
    /// throttle per client address is raised out of their way; a test of the throttle starts an app of its own.</summary>
    public CommitteeHubApp() : this(new Dictionary<string, string?> { ["CommitteeHub:SignIn:AttemptsPerAddress"] = "100000" }) { }

    /// <summary>An app of a test's own, with settings of its own; started by InitializeAsync, in the app collection
    /// (it shares the test database).</summary>
    internal CommitteeHubApp(IReadOnlyDictionary<string, string?> settings) => _settings = settings;

    /// <summary>Counts the responses the app compresses.</summary>
    public CompressionCount Compressions { get; } = new();

    /// <summary>Counts the passwords the app checks, real or dummy.</summary>
    public PasswordChecks PasswordChecks { get; } = new();

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

    /// <summary>What the app logged at Warning and above.</summary>
    public LogCapture Log { get; } = new();

    /// <summary>Where Kestrel listens, such as http://127.0.0.1:41234.</summary>
    public string BaseAddress { get; private set; } = "";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:CommitteeHub", TestDatabase.ConnectionString(TestDatabase.TestName));
        builder.UseSetting("CommitteeHub:MigrateOnStartup", "false");
        builder.UseSetting("CommitteeHub:SeedDemoData", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // A query joining several collections without AsSplitQuery fails a test instead of only logging (Program.cs).
        builder.UseSetting("CommitteeHub:StrictQueries", "true");
        builder.ConfigureLogging(logging => logging.AddProvider(Log));
        // Every test shares one app and one client address; the diff API's rate limit has its own test and app.
        builder.UseSetting("CommitteeHub:Diff:PublicPerMinute", "100000");
        builder.UseSetting("CommitteeHub:Diff:SignedInPerMinute", "100000");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<IPasswordHasher<Data.StaffUser>>();
            services.AddSingleton<IPasswordHasher<Data.StaffUser>>(PasswordChecks);
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(TestDatabase.Clock);
            var compression = services.Last(d => d.ServiceType == typeof(IResponseCompressionProvider));
            services.AddSingleton<IResponseCompressionProvider>(s => Compressions.Around(
                (IResponseCompressionProvider)ActivatorUtilities.CreateInstance(s, compression.ImplementationType!)));
        });
    }

    /// <summary>A client that does not follow redirects, so tests see exactly what the server answered.</summary>
    public HttpClient Anonymous()
    {
        var cookies = new CookieContainer();
        var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = cookies })
        {
            BaseAddress = new Uri(BaseAddress),
        };
        _cookies.Add(client, cookies);
        return client;
    }

    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<HttpClient, CookieContainer> _cookies = [];

    /// <summary>A second client holding a copy of the first one's cookies: a copied or stolen session.</summary>
    public HttpClient CopyOf(HttpClient client)
    {
        var copy = Anonymous();
        _cookies.GetOrCreateValue(copy).Add(_cookies.GetOrCreateValue(client).GetCookies(new Uri(BaseAddress)));
        return copy;
    }

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

/// <summary>The app's password hasher, counting how often a password is checked: a refused sign-in must check one
/// whether or not the account exists, so that the time taken does not tell.</summary>
public sealed class PasswordChecks : IPasswordHasher<Data.StaffUser>
{
    private readonly PasswordHasher<Data.StaffUser> _hasher = new();
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public string HashPassword(Data.StaffUser user, string password) => _hasher.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(Data.StaffUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _count);
        return _hasher.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
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

/// <summary>The app's response compression, counting the responses it compresses.</summary>
public sealed class CompressionCount
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public IResponseCompressionProvider Around(IResponseCompressionProvider inner) => new Counting(inner, this);

    private sealed class Counting(IResponseCompressionProvider inner, CompressionCount count) : IResponseCompressionProvider
    {
        public ICompressionProvider? GetCompressionProvider(Microsoft.AspNetCore.Http.HttpContext context) =>
            inner.GetCompressionProvider(context) is { } provider ? new Stream(provider, count) : null;

        public bool ShouldCompressResponse(Microsoft.AspNetCore.Http.HttpContext context) => inner.ShouldCompressResponse(context);

        public bool CheckRequestAcceptsCompression(Microsoft.AspNetCore.Http.HttpContext context) => inner.CheckRequestAcceptsCompression(context);
    }

    private sealed class Stream(ICompressionProvider provider, CompressionCount count) : ICompressionProvider
    {
        public string EncodingName => provider.EncodingName;

        public bool SupportsFlush => provider.SupportsFlush;

        public System.IO.Stream CreateStream(System.IO.Stream outputStream)
        {
            Interlocked.Increment(ref count._count);
            return provider.CreateStream(outputStream);
        }
    }
}
