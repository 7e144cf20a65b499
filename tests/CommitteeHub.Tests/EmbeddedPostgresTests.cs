using CommitteeHub.Web.Infrastructure;
using Npgsql;

namespace CommitteeHub.Tests;

public sealed class EmbeddedPostgresTests
{
    [Fact]
    public async Task A_cluster_left_running_by_a_killed_app_is_stopped_and_started_again_on_the_next_start()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"committeehub-orphan-{Guid.NewGuid():N}");
        try
        {
            // The first "app" starts its cluster and dies without stopping it.
            var orphan = await EmbeddedPostgres.StartAsync(folder, durable: false);
            await using (var c = new NpgsqlConnection(orphan.SuperuserConnectionString("postgres")))
            {
                await c.OpenAsync();
                await new NpgsqlCommand("CREATE DATABASE survivor", c).ExecuteNonQueryAsync();
            }
            orphan.DieWithoutStopping();

            await using var next = await EmbeddedPostgres.StartAsync(folder, durable: false);
            await using var connection = new NpgsqlConnection(next.SuperuserConnectionString("survivor"));
            await connection.OpenAsync();
            Assert.Equal(1, await new NpgsqlCommand("SELECT 1", connection).ExecuteScalarAsync());
            Assert.NotEqual(orphan.Port, next.Port);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    [Fact]
    public async Task A_second_app_on_the_folder_of_one_running_is_refused_with_who_holds_it_and_leaves_its_database_running()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"committeehub-second-{Guid.NewGuid():N}");
        try
        {
            await using var first = await EmbeddedPostgres.StartAsync(folder, durable: false);
            first.Announce("http://127.0.0.1:5123");

            var refused = await Assert.ThrowsAsync<DataFolderInUseException>(() => EmbeddedPostgres.StartAsync(folder, durable: false));
            Assert.Contains("already running", refused.Message);
            Assert.Contains($"process {Environment.ProcessId}", refused.Message);
            Assert.Contains("http://127.0.0.1:5123", refused.Message);
            Assert.Contains("--CommitteeHub:EmbeddedDataDirectory=", refused.Message);

            // The first app's database still answers.
            await using var connection = new NpgsqlConnection(first.SuperuserConnectionString("postgres"));
            await connection.OpenAsync();
            Assert.Equal(1, await new NpgsqlCommand("SELECT 1", connection).ExecuteScalarAsync());
        }
        finally
        {
            Remove(folder);
        }
    }

    private static void Remove(string folder)
    {
        NpgsqlConnection.ClearAllPools();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    [Fact]
    public async Task A_connection_without_the_password_is_refused_and_the_passwords_are_the_app_users_alone()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"committeehub-locked-{Guid.NewGuid():N}");
        try
        {
            await using var server = await EmbeddedPostgres.StartAsync(folder, durable: false);
            var superuser = new NpgsqlConnectionStringBuilder(server.SuperuserConnectionString("postgres"));
            await using (var noPassword = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(superuser.ConnectionString) { Password = null }.ConnectionString))
                await Assert.ThrowsAnyAsync<NpgsqlException>(noPassword.OpenAsync);
            await using (var wrong = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(superuser.ConnectionString) { Password = "guess" }.ConnectionString))
                Assert.Equal("28P01", (await Assert.ThrowsAsync<PostgresException>(wrong.OpenAsync)).SqlState);

            var passwords = Path.Combine(folder, "committeehub-passwords");
            if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(passwords));
            Assert.Equal(Environment.UserName, await Owner(passwords));

            await using var app = new NpgsqlConnection(await server.EnsureRoleAsync("app", "postgres"));
            await app.OpenAsync();
            Assert.Equal(false, await new NpgsqlCommand("SELECT rolsuper FROM pg_roles WHERE rolname = current_user", app).ExecuteScalarAsync());
        }
        finally
        {
            Remove(folder);
        }
    }

    [Fact]
    public async Task A_cluster_made_by_an_earlier_version_trusting_everyone_is_given_passwords_and_its_database_handed_to_the_app_role()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"committeehub-legacy-{Guid.NewGuid():N}");
        try
        {
            // What an earlier version left: pg_hba.conf trusting everyone, no passwords, a database and its tables
            // owned by the superuser.
            await using (var earlier = await EmbeddedPostgres.StartAsync(folder, durable: false))
            {
                await using (var c = new NpgsqlConnection(earlier.SuperuserConnectionString("postgres")))
                {
                    await c.OpenAsync();
                    await new NpgsqlCommand("CREATE DATABASE council", c).ExecuteNonQueryAsync();
                }
                await using (var c = new NpgsqlConnection(earlier.SuperuserConnectionString("council")))
                {
                    await c.OpenAsync();
                    await new NpgsqlCommand("CREATE TABLE minutes (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, text text); INSERT INTO minutes (text) VALUES ('kept')", c).ExecuteNonQueryAsync();
                }
            }
            NpgsqlConnection.ClearAllPools();
            await File.WriteAllTextAsync(Path.Combine(folder, "pg_hba.conf"), "local all all trust\nhost all all 127.0.0.1/32 trust\n");
            File.Delete(Path.Combine(folder, "committeehub-passwords"));

            await using var upgraded = await EmbeddedPostgres.StartAsync(folder, durable: false);
            var superuser = new NpgsqlConnectionStringBuilder(upgraded.SuperuserConnectionString("postgres")) { Password = null };
            await using (var noPassword = new NpgsqlConnection(superuser.ConnectionString))
                await Assert.ThrowsAnyAsync<NpgsqlException>(noPassword.OpenAsync);

            var appConnection = await upgraded.EnsureRoleAsync("app", "council");
            await upgraded.EnsureDatabaseAsync("council", owner: "app");
            await using var app = new NpgsqlConnection(appConnection);
            await app.OpenAsync();
            await new NpgsqlCommand("ALTER TABLE minutes ADD COLUMN signed boolean; INSERT INTO minutes (text) VALUES ('new')", app).ExecuteNonQueryAsync();
            Assert.Equal(2L, await new NpgsqlCommand("SELECT count(*) FROM minutes", app).ExecuteScalarAsync());
        }
        finally
        {
            Remove(folder);
        }
    }

    private static async Task<string> Owner(string path)
    {
        using var stat = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("stat", ["-c", "%U", path]) { RedirectStandardOutput = true })!;
        var owner = await stat.StandardOutput.ReadToEndAsync();
        await stat.WaitForExitAsync();
        return owner.Trim();
    }
}
