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
            await using (var c = new NpgsqlConnection(orphan.ConnectionString("postgres")))
            {
                await c.OpenAsync();
                await new NpgsqlCommand("CREATE DATABASE survivor", c).ExecuteNonQueryAsync();
            }

            await using var next = await EmbeddedPostgres.StartAsync(folder, durable: false);
            await using var connection = new NpgsqlConnection(next.ConnectionString("survivor"));
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
}
