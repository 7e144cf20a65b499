using System.Net;
using System.Net.Sockets;
using CommitteeHub.Tests.Support;

namespace CommitteeHub.Tests.Pages;

/// <summary>With the database out of reach, readers are told the service is briefly unavailable (503, try again), not
/// that the site is broken (500).</summary>
public sealed class DatabaseOutageTests(CommitteeHubApp app) : AppTest(app)
{
    [Fact]
    public async Task With_the_database_out_of_reach_pages_answer_503_with_a_retry_and_no_internals()
    {
        // A port nothing listens on: the database is down.
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0)) { listener.Start(); port = ((IPEndPoint)listener.LocalEndpoint).Port; }
        await using var down = new CommitteeHubApp(new Dictionary<string, string?>
        {
            ["ConnectionStrings:CommitteeHub"] = $"Host=127.0.0.1;Port={port};Username=committeehub;Password=x;Database=committeehub;Timeout=3",
        });
        await down.InitializeAsync();
        var client = down.Anonymous();
        foreach (var url in new[] { "/", "/committees", "/meetings/1" })
        {
            var response = await client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{url}: {(int)response.StatusCode}");
            Assert.Equal("30", response.Headers.RetryAfter?.ToString());
            Assert.Contains("briefly unavailable", body);
            Assert.DoesNotContain("Npgsql", body);
            Assert.DoesNotContain("   at ", body);
        }
    }
}
