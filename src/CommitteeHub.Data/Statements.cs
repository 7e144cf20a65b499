using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CommitteeHub.Data;

/// <summary>
/// A reading page's questions asked as one statement written by hand, which PostgreSQL answers as one JSON document,
/// read by System.Text.Json's source-generated reader. For a page whose cost is its statements rather than their rows:
/// each statement costs PostgreSQL its starting and ending and the machine a round trip (on the meeting page a seventh
/// of the machine's time went to the hypervisor switching at each one), and each EF Core query costs the app the
/// preparing of its expression tree (a fifth of the decision register's). Measured in docs/benchmarks.md. Asked on EF
/// Core's own connection, so a request still holds one connection from the pool.
/// </summary>
public static class Statements
{
    /// <summary>The statement's one value, a JSON document, read as <paramref name="shape"/>.</summary>
    public static async Task<T> AskJsonAsync<T>(this CouncilDb db, string sql, NpgsqlParameter[] parameters, JsonTypeInfo<T> shape, CancellationToken ct)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.AddRange(parameters);
            return JsonSerializer.Deserialize((string)(await command.ExecuteScalarAsync(ct))!, shape)!;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
