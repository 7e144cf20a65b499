using CommitteeHub.Data;
using CommitteeHub.Web.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CommitteeHub.Web.Infrastructure;

/// <summary>
/// Where the database is. With ConnectionStrings:CommitteeHub set, that server; without it, the embedded default: a
/// private PostgreSQL cluster started on first use and stopped with the app.
/// </summary>
public sealed class DatabaseEndpoint(IConfiguration configuration, IHostEnvironment environment, ILogger<DatabaseEndpoint> logger)
    : IAsyncDisposable
{
    private const string AppRole = "committeehub";
    private EmbeddedPostgres? _embedded;
    private string? _connectionString;

    public bool IsEmbedded => string.IsNullOrWhiteSpace(configuration.GetConnectionString("CommitteeHub"));

    public string ConnectionString => _connectionString
        ?? throw new InvalidOperationException("The database has not been started; call StartAsync at start-up.");

    /// <summary>Pages run the same few queries over and over: preparing them saves PostgreSQL planning each one anew,
    /// which is most of the cost of a small query. A connection string that sets its own value keeps it.</summary>
    private static string WithAutoPrepare(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0) builder.MaxAutoPrepare = 100;
        builder.NoResetOnClose = true;
        return builder.ConnectionString;
    }

    public async Task StartAsync()
    {
        if (_connectionString is not null) return;
        if (!IsEmbedded)
        {
            _connectionString = WithAutoPrepare(configuration.GetConnectionString("CommitteeHub")!);
            return;
        }
        var folder = configuration["CommitteeHub:EmbeddedDataDirectory"] ?? Path.Combine(".data", "postgres");
        _embedded = await EmbeddedPostgres.StartAsync(Path.Combine(environment.ContentRootPath, folder), logger);
        // The app works as a role of its own, owner of its database (so it can migrate it), never as the superuser.
        _connectionString = WithAutoPrepare(await _embedded.EnsureRoleAsync(AppRole, AppRole));
        await _embedded.EnsureDatabaseAsync(AppRole, owner: AppRole);
    }

    public void StopNow() => _embedded?.StopNow();

    /// <summary>Where the app answers, written beside the private cluster for a second app on the folder to report.</summary>
    public void Announce(string addresses) => _embedded?.Announce(addresses);

    public async ValueTask DisposeAsync()
    {
        if (_embedded is not null) await _embedded.DisposeAsync();
    }
}

public static class DatabaseStartup
{
    /// <summary>Starts the database, applies the migrations and, on an empty database where demo data is wanted,
    /// seeds the demo council. Demo data is wanted by default only for the embedded database.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var endpoint = app.Services.GetRequiredService<DatabaseEndpoint>();
        await endpoint.StartAsync();
        app.Lifetime.ApplicationStopped.Register(endpoint.StopNow);
        app.Lifetime.ApplicationStarted.Register(() => endpoint.Announce(string.Join(", ", app.Urls)));

        if (!app.Configuration.GetValue("CommitteeHub:MigrateOnStartup", true)) return;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CouncilDb>();
        await MigrateAsync(endpoint.ConnectionString, app.Services.GetRequiredService<ILoggerFactory>(), app.Logger);

        if (app.Configuration.GetValue("CommitteeHub:SeedDemoData", endpoint.IsEmbedded) && !await db.Committees.AnyAsync())
        {
            app.Logger.LogInformation("Seeding the demo council");
            await DemoCouncil.SeedAsync(db,
                scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>(),
                scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>(),
                scope.ServiceProvider.GetRequiredService<TimeProvider>());
            // Years of a county's history around the demo, to try the system at a real council's size (issue 12).
            if (app.Configuration.GetValue("CommitteeHub:SyntheticCouncilYears", 0) is var years and > 0)
                await SyntheticCounty.SeedAsync(db, scope.ServiceProvider.GetRequiredService<CouncilTemplates>(), years,
                    DateOnly.FromDateTime(scope.ServiceProvider.GetRequiredService<TimeProvider>().GetLocalNow().DateTime), app.Logger);
        }
    }

    /// <summary>Applies the migrations, saying which. On a new database EF Core first asks for the history table that
    /// is not there yet and logs that as a failed command, which reads as an error on a good first start; the
    /// migration's own context does not log it (a real failure still throws, and is reported).</summary>
    private static async Task MigrateAsync(string connectionString, ILoggerFactory logging, ILogger logger)
    {
        var options = new DbContextOptionsBuilder<CouncilDb>()
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(CouncilDb.MigrationsAssembly))
            .UseLoggerFactory(logging)
            .ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandError))
            .Options;
        await using var db = new CouncilDb(options);
        var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
        if (pending.Count == 0) return;
        logger.LogInformation("Bringing the database up to date: {Count} migration(s), {First} to {Last}", pending.Count, pending[0], pending[^1]);
        await db.Database.MigrateAsync();
    }
}
