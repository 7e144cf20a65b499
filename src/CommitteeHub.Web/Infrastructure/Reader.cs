using System.Security.Claims;
using CommitteeHub.Data;
using CommitteeHub.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CommitteeHub.Web.Infrastructure;

/// <summary>
/// Who is reading, and so which exempt (Part II) papers they may see. The public see none; clerks and
/// administrators see all; a councillor sees those of committees they sit on (on the day of the meeting or now),
/// unless the item is restricted to staff. Every page, download and feed asks this one class.
/// </summary>
public sealed class Reader(IHttpContextAccessor http, CouncilDb db, TimeProvider clock)
{
    public const string PersonIdClaim = "committeehub:person";

    private ClaimsPrincipal User => http.HttpContext?.User ?? new ClaimsPrincipal();

    public bool IsSignedIn => User.Identity?.IsAuthenticated == true;
    public bool IsStaff => User.IsInRole(Roles.Clerk) || User.IsInRole(Roles.Administrator);
    public bool IsCouncillor => User.IsInRole(Roles.Councillor);

    /// <summary>What the reader's last step did, in the words of the audit trail: the page confirms it in those words.</summary>
    public string? Done { get; set; }

    /// <summary>The signed-in person's name, as the audit trail records who took a step.</summary>
    public string Name => User.FindFirstValue("committeehub:name") ?? User.Identity?.Name ?? "unknown";

    public int? PersonId => int.TryParse(User.FindFirstValue(PersonIdClaim), out var id) ? id : null;

    public async Task<bool> MayReadExemptAsync(int committeeId, DateTime meetingStart, ExemptAccess access, CancellationToken ct = default)
    {
        if (IsStaff) return true;
        if (!IsCouncillor || PersonId is not { } personId || access == ExemptAccess.StaffOnly) return false;
        var meetingDay = DateOnly.FromDateTime(meetingStart);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        return await db.Memberships.AsNoTracking().AnyAsync(m =>
            m.CommitteeId == committeeId && m.PersonId == personId &&
            ((m.From <= meetingDay && (m.To == null || m.To >= meetingDay)) || (m.From <= today && (m.To == null || m.To >= today))), ct);
    }

    /// <summary>An agenda is the public's once published; before that only staff preparing it see its items.</summary>
    public bool MaySeeAgenda(MeetingStatus status) => status != MeetingStatus.Scheduled || IsStaff;

    /// <summary>Only published papers are the public's (and councillors'); staff also see drafts being prepared.</summary>
    public bool MaySeePaper(bool isPublished) => isPublished || IsStaff;

    /// <summary>Whether the reader may see an item's business (its papers, minutes, motions): its agenda must be out
    /// to them, and if the item is exempt they must be entitled to it.</summary>
    public async Task<bool> MayReadItemAsync(MeetingStatus meetingStatus, int committeeId, DateTime meetingStart, bool isExempt,
        ExemptAccess access, CancellationToken ct = default) =>
        MaySeeAgenda(meetingStatus) && (!isExempt || await MayReadExemptAsync(committeeId, meetingStart, access, ct));
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
