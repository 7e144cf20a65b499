using System.Security.Claims;
using CommitteeHub.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CommitteeHub.Web.Infrastructure;

/// <summary>
/// Who is reading: their name and roles from the sign-in cookie, and the <see cref="ReaderScope"/> that every page,
/// download and feed filters by (its seats read once per request, when first asked for).
/// </summary>
public sealed class Reader(IHttpContextAccessor http, CouncilDb db, TimeProvider clock)
{
    public const string PersonIdClaim = "committeehub:person";

    private ClaimsPrincipal User => http.HttpContext?.User ?? new ClaimsPrincipal();
    private ReaderScope? _scope;

    public bool IsSignedIn => User.Identity?.IsAuthenticated == true;
    public bool IsStaff => User.IsInRole(Roles.Clerk) || User.IsInRole(Roles.Administrator);
    public bool IsCouncillor => User.IsInRole(Roles.Councillor);


    /// <summary>The signed-in person's name, as the audit trail records who took a step.</summary>
    public string Name => User.FindFirstValue("committeehub:name") ?? User.Identity?.Name ?? "unknown";

    public int? PersonId => int.TryParse(User.FindFirstValue(PersonIdClaim), out var id) ? id : null;

    /// <summary>What the reader may read, worked out once for the request.</summary>
    public async ValueTask<ReaderScope> ScopeAsync(CancellationToken ct = default)
    {
        if (_scope is not null) return _scope;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        return _scope = IsStaff ? ReaderScope.Staff(db, today)
            : IsCouncillor && PersonId is { } personId ? await ReaderScope.CouncillorAsync(db, personId, today, ct)
            : ReaderScope.Public(db, today);
    }
}

/// <summary>Puts the person a councillor's account belongs to into their sign-in cookie.</summary>
public sealed class StaffClaimsFactory(UserManager<StaffUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<StaffUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.PersonId is { } personId) identity.AddClaim(new Claim(Reader.PersonIdClaim, personId.ToString()));
        identity.AddClaim(new Claim("committeehub:name", string.IsNullOrEmpty(user.DisplayName) ? user.Email ?? "" : user.DisplayName));
        return identity;
    }
}
