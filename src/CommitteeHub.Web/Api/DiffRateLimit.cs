using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CommitteeHub.Web.Api;

/// <summary>
/// The diff API's rate limit ("diff"): a fixed window a minute long, per client address for the public, per account
/// for a signed-in reader (so that councillors sharing the town hall's address do not share one allowance). A request
/// over the limit is answered 429 with the reason in JSON and Retry-After, like the API's other refusals.
/// </summary>
public sealed class DiffRateLimit(IOptions<DiffOptions> options) : IRateLimiterPolicy<string>
{
    public const string Policy = "diff";

    public RateLimitPartition<string> GetPartition(HttpContext http)
    {
        var signedIn = http.User.Identity?.IsAuthenticated == true;
        var key = signedIn ? "reader:" + http.User.Identity!.Name : "address:" + http.Connection.RemoteIpAddress;
        var permits = signedIn ? options.Value.SignedInPerMinute : options.Value.PublicPerMinute;
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = async (context, ct) =>
    {
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? (int)Math.Ceiling(after.TotalSeconds) : 60;
        response.Headers.RetryAfter = wait.ToString(CultureInfo.InvariantCulture);
        await response.WriteAsJsonAsync(new DiffEndpoint.Problem(
            $"Too many comparisons from this {(context.HttpContext.User.Identity?.IsAuthenticated == true ? "account" : "address")}: try again in {wait} seconds."), ct);
    };
}
