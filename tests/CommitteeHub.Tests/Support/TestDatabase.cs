using CommitteeHub.Data;
using CommitteeHub.Web.Demo;
using CommitteeHub.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CommitteeHub.Tests.Support;

/// <summary>
/// One PostgreSQL server for the test run: the server named by COMMITTEEHUB_TEST_DATABASE (a connection string to a
/// database whose user may create databases), or else a private cluster of our own. The migrated, seeded demo council
/// is built once as a template database; every test gets a fresh copy of it, so each starts from the same clean state.
/// </summary>
public static class TestDatabase
{
    public const string TemplateName = "committeehub_template";
    public const string TestName = "committeehub_test";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? _serverConnectionString;
    private static EmbeddedPostgres? _embedded;

    /// <summary>The clock the demo was seeded with and the app runs on in tests: a fixed "now".</summary>
    public static readonly FixedClock Clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    public static string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(_serverConnectionString) { Database = database, IncludeErrorDetail = true }.ToString();

    /// <summary>Starts the server and builds the template on first use.</summary>
    public static async Task EnsureReadyAsync()
    {
        if (_serverConnectionString is not null) return;
        await Gate.WaitAsync();
        try
        {
            if (_serverConnectionString is not null) return;
            var external = Environment.GetEnvironmentVariable("COMMITTEEHUB_TEST_DATABASE");
            string server;
            if (!string.IsNullOrWhiteSpace(external)) server = external;
            else
            {
                var folder = Path.Combine(Path.GetTempPath(), $"committeehub-tests-{Environment.ProcessId}");
                _embedded = await EmbeddedPostgres.StartAsync(folder, durable: false);
                AppDomain.CurrentDomain.ProcessExit += (_, _) =>
                {
                    _embedded.StopNow();
                    try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
                };
                // A role that may create databases, as an external test server's user must; not the superuser.
                server = await _embedded.EnsureRoleAsync("committeehub_tests", "postgres", mayCreateDatabases: true);
            }
            _serverConnectionString = server;
            await BuildTemplateAsync();
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task BuildTemplateAsync()
    {
        await ExecuteAsync($"DROP DATABASE IF EXISTS {TemplateName} WITH (FORCE)");
        await ExecuteAsync($"CREATE DATABASE {TemplateName}");
        var services = new ServiceCollection()
            .AddLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .AddDbContext<CouncilDb>(o => o.UseNpgsql(ConnectionString(TemplateName), n => n.MigrationsAssembly(CouncilDb.MigrationsAssembly)));
        services.AddIdentityCore<StaffUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<CouncilDb>();
        await using (var provider = services.BuildServiceProvider())
        await using (var scope = provider.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CouncilDb>();
            await db.Database.MigrateAsync();
            await DemoCouncil.SeedAsync(db, scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>(),
                scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>(), Clock);
        }
        NpgsqlConnection.ClearAllPools();
    }

    /// <summary>Replaces the test database with a fresh copy of the template.</summary>
    public static async Task ResetAsync()
    {
        await EnsureReadyAsync();
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS {TestName} WITH (FORCE)");
        await ExecuteAsync($"CREATE DATABASE {TestName} TEMPLATE {TemplateName}");
        // Again: a connection opened between the first clearing and the drop (by the app's background work, such as
        // the outbox sweep, or a request still finishing) is killed by the drop ("57P01: terminating connection due to
        // administrator command") but can go back to the pool as if alive, and the next request given it fails (the
        // councillors page answered 503 once in a CI run). Clearing after the drop discards it.
        NpgsqlConnection.ClearAllPools();
    }

    /// <summary>An empty database of the given name, for tests of the migrations themselves.</summary>
    public static async Task<string> CreateEmptyAsync(string name)
    {
        await EnsureReadyAsync();
        await ExecuteAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        await ExecuteAsync($"CREATE DATABASE {name}");
        return ConnectionString(name);
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public static CouncilDb OpenTestDb() =>
        new(new DbContextOptionsBuilder<CouncilDb>().UseNpgsql(ConnectionString(TestName)).Options);
}

/// <summary>The tests' clock: fixed, so pages read the same every run, and moved on only by a test that needs time to
/// pass (a meeting to be held); each test starts at the fixed moment again.</summary>
public sealed class FixedClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Start { get; } = start;
    public DateTimeOffset Now { get; set; } = start;
    public override DateTimeOffset GetUtcNow() => Now;
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
}
