using System.Net;
using System.Net.Sockets;
using System.Security.Claims;
using System.Threading.RateLimiting;
using CommitteeHub.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CommitteeHub.Web.Infrastructure;

/// <summary>How staff and councillors sign in and stay signed in.</summary>
public static class Accounts
{
    public static IServiceCollection AddCouncilAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SignInLimits>(configuration.GetSection("CommitteeHub:SignIn"));
        services.AddIdentity<StaffUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 12;
                // Failures count against an account only a few times from each address (SignInGate), so locking it
                // takes many addresses; the lock is short, because the clerk locked out is the attacker's win too.
                o.Lockout.MaxFailedAccessAttempts = 20;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<CouncilDb>()
            .AddUserManager<CouncilUserManager>()
            .AddClaimsPrincipalFactory<StaffClaimsFactory>()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/sign-in";
            o.LogoutPath = "/account/sign-out";
            o.AccessDeniedPath = "/account/access-denied";
            o.Cookie.Name = "committeehub";
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Events.OnValidatePrincipal = SessionCheck.ValidateAsync;
        });
        services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.AddScoped<SignInGate>();
        services.AddSingleton<SessionStamps>();
        services.AddSingleton<AccountStrikes>();
        return services;
    }
}

/// <summary>
/// A session lives only while the account's security stamp is the one it was signed in with. Signing out and changing
/// the password change the stamp, so every copy of the cookie (a shared computer, a stolen cookie) stops working at
/// once. Cheaper than Identity's own validator, which also rebuilds the principal and reissues the cookie each time it
/// checks (and, with an interval of zero, still skips a request made in the same clock tick as the sign-in), and
/// simpler than keeping sessions in a table of their own. The price is that signing out ends the account's sessions
/// everywhere, which is what a council wants of a councillor on a borrowed computer. The public, who never sign in,
/// pay nothing. The stamp is read from <see cref="SessionStamps"/>, so a signed-in reader's page kept in the cache
/// is served without a database read.
/// </summary>
public static class SessionCheck
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var claims = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var userId = context.Principal?.FindFirstValue(claims.UserIdClaimType);
        var stamp = context.Principal?.FindFirstValue(claims.SecurityStampClaimType);
        if (userId is not null && stamp is not null && await services.GetRequiredService<SessionStamps>().HoldsAsync(userId, stamp,
                () => services.GetRequiredService<CouncilDb>().Users.Where(u => u.Id == userId).Select(u => u.SecurityStamp)
                    .SingleOrDefaultAsync(context.HttpContext.RequestAborted)))
            return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}

/// <summary>
/// The accounts' security stamps as last read. A session is let through on the copy only while it matches and is
/// younger than <see cref="Fresh"/>; anything else (no copy, an old one, a different stamp) is read from the database
/// again before the session is refused, so a refusal is always the database's answer. Every change this app makes to
/// an account goes through <see cref="CouncilUserManager"/>, which forgets its copy at once: signing out here ends the
/// session here at once. Another instance (several behind a load balancer) learns of it within <see cref="Fresh"/>.
/// </summary>
public sealed class SessionStamps(TimeProvider clock)
{
    public static readonly TimeSpan Fresh = TimeSpan.FromSeconds(30);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string? Stamp, DateTimeOffset ReadAt)> _read = new();

    public async Task<bool> HoldsAsync(string userId, string stamp, Func<Task<string?>> read)
    {
        if (_read.TryGetValue(userId, out var copy) && copy.Stamp == stamp && clock.GetUtcNow() - copy.ReadAt < Fresh) return true;
        var current = await read();
        _read[userId] = (current, clock.GetUtcNow());
        return current is not null && current == stamp;
    }

    public void Forget(string userId) => _read.TryRemove(userId, out _);
}

/// <summary>Identity's user manager, forgetting the session stamp it held for an account whenever the account changes
/// (a new stamp on signing out or changing the password, a lock, a removal).</summary>
public sealed class CouncilUserManager(IUserStore<StaffUser> store, IOptions<IdentityOptions> options, IPasswordHasher<StaffUser> hasher,
    IEnumerable<IUserValidator<StaffUser>> userValidators, IEnumerable<IPasswordValidator<StaffUser>> passwordValidators,
    ILookupNormalizer normalizer, IdentityErrorDescriber errors, IServiceProvider services, ILogger<UserManager<StaffUser>> logger, SessionStamps stamps)
    : UserManager<StaffUser>(store, options, hasher, userValidators, passwordValidators, normalizer, errors, services, logger)
{
    protected override async Task<IdentityResult> UpdateUserAsync(StaffUser user)
    {
        stamps.Forget(user.Id);
        try { return await base.UpdateUserAsync(user); }
        finally { stamps.Forget(user.Id); }
    }

    public override async Task<IdentityResult> DeleteAsync(StaffUser user)
    {
        try { return await base.DeleteAsync(user); }
        finally { stamps.Forget(user.Id); }
    }
}

/// <summary>The limits on signing in; CommitteeHub:SignIn in configuration.</summary>
public sealed class SignInLimits
{
    /// <summary>Sign-in attempts one client address may make in <see cref="Window"/>: enough for an office behind one
    /// address, far too few to guess a twelve-character password.</summary>
    public int AttemptsPerAddress { get; set; } = 10;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>
/// Signs in with the same answer, at the same cost, whether the account is unknown, the password wrong or the account
/// locked, so neither the message nor the time taken tells an outsider which accounts exist.
/// </summary>
public sealed class SignInGate(UserManager<StaffUser> users, SignInManager<StaffUser> signIn, IPasswordHasher<StaffUser> hasher,
    AccountStrikes strikes)
{
    public const string Refusal = "The email address or password is wrong, or the account is locked for a while after " +
        "many wrong passwords. Check them and try again, or ask Democratic Services to reset your password.";

    /// <summary>A hash to check a password against when there is no account's own: made once, with the app's hasher,
    /// so checking it costs what checking a real one does.</summary>
    private static string? _dummyHash;

    public async Task<bool> SignInAsync(string email, string password, IPAddress? from)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            var stranger = new StaffUser();
            _dummyHash ??= hasher.HashPassword(stranger, Guid.NewGuid().ToString());
            hasher.VerifyHashedPassword(stranger, _dummyHash, password);
            return false;
        }
        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: false);
        if (result.Succeeded) return true;
        if (strikes.Count(user.Id, from)) await users.AccessFailedAsync(user);
        return false;
    }
}

/// <summary>
/// Which wrong passwords count towards locking an account: at most a few a day from any one client address. One
/// address (already held to a few attempts a minute by the sign-in throttle) would need days to lock the clerk out,
/// and the clerk's next successful sign-in starts the count again; only an attack from many addresses locks an
/// account, and then for a short while.
/// </summary>
public sealed class AccountStrikes : IDisposable
{
    private const int PerAddressPerDay = 5;

    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = PerAddressPerDay, Window = TimeSpan.FromDays(1), QueueLimit = 0,
        }));

    public bool Count(string userId, IPAddress? from)
    {
        using var lease = _limiter.AttemptAcquire($"{userId} {ClientAddress.Key(from)}");
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}

/// <summary>Who is asking, for throttling: the client's address as the trusted proxy reports it (see
/// <see cref="TrustedProxies"/>), and for IPv6 its /64 network, since anyone with one has billions of addresses.</summary>
public static class ClientAddress
{
    public static string Key(IPAddress? address)
    {
        if (address is null) return "unknown";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}

/// <summary>The named throttles, each partitioned by client address. Register another with
/// <c>o.AddPolicy(name, ...)</c> in Program.cs and put <c>[EnableRateLimiting(name)]</c> on what it guards.</summary>
public static class Throttles
{
    public const string SignIn = "sign-in";

    /// <summary>429 on the site's error page, with the reason and when to try again.</summary>
    /// <param name="window">How long to wait at most, where the limiter cannot say (a sliding window cannot).</param>
    public static ValueTask Explain(OnRejectedContext context, string reason, TimeSpan window)
    {
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var known) ? known : window;
        context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.HttpContext.Items[BadInputFilter.ReasonsKey] = new List<string> { reason };
        return ValueTask.CompletedTask;
    }
}

/// <summary>Sign-in attempts (posts of the form, not views of it) from one client address, in a sliding window.</summary>
public sealed class SignInThrottle(IOptions<SignInLimits> options) : IRateLimiterPolicy<string>
{
    private readonly SignInLimits _limits = options.Value;

    public RateLimitPartition<string> GetPartition(HttpContext http) => HttpMethods.IsPost(http.Request.Method)
        ? RateLimitPartition.GetSlidingWindowLimiter(ClientAddress.Key(http.Connection.RemoteIpAddress), _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = _limits.AttemptsPerAddress, Window = _limits.Window, SegmentsPerWindow = 5, QueueLimit = 0,
        })
        : RateLimitPartition.GetNoLimiter("");

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => (context, _) => Throttles.Explain(context,
        $"There have been too many attempts to sign in from your connection. Wait {_limits.Window.TotalMinutes:0} minutes, " +
        "then try again. If you have forgotten your password, ask Democratic Services to reset it.", _limits.Window);
}

/// <summary>
/// Behind a reverse proxy that ends HTTPS, the app learns the client's address and scheme from the proxy's
/// X-Forwarded-For and X-Forwarded-Proto, believed only from the proxies named in CommitteeHub:TrustedProxies
/// (addresses or networks, such as 10.0.0.5 or 10.0.0.0/24; by default this machine alone), so a client cannot choose
/// its own address to dodge the sign-in throttle. With the scheme right, cookies are Secure and HSTS is sent.
/// </summary>
public static class TrustedProxies
{
    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("CommitteeHub:TrustedProxies");
        var named = (section.Value ?? "").Split(',', ';', ' ').Concat(section.GetChildren().Select(c => c.Value ?? ""))
            .Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        return services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            if (named.Count == 0) return; // the framework's default: loopback only
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in named) o.KnownIPNetworks.Add(Network(proxy));
        });
    }

    private static System.Net.IPNetwork Network(string proxy)
    {
        if (System.Net.IPNetwork.TryParse(proxy, out var network)) return network;
        if (IPAddress.TryParse(proxy, out var address))
            return new System.Net.IPNetwork(address, address.AddressFamily == AddressFamily.InterNetworkV6 ? 128 : 32);
        throw new InvalidOperationException($"CommitteeHub:TrustedProxies: \"{proxy}\" is neither an address (10.0.0.5) nor a network (10.0.0.0/24).");
    }
}
