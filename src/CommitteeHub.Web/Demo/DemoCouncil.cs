using CommitteeHub.Data;
using CommitteeHub.Domain;
using Microsoft.AspNetCore.Identity;

namespace CommitteeHub.Web.Demo;

/// <summary>The demo council: committees, members, a year of meetings built around the seed documents, and the demo
/// accounts. Run only on an empty database, and only when demo data is asked for.</summary>
public static partial class DemoCouncil
{
    public const string Password = "Demo-pass-2026!";
    public const string ClerkEmail = "clerk@demo.test";
    public const string CouncillorEmail = "councillor@demo.test";
    public const string AdminEmail = "admin@demo.test";

    public static async Task SeedAsync(CouncilDb db, UserManager<StaffUser> users, RoleManager<IdentityRole> roles,
        TimeProvider clock, CancellationToken ct = default)
    {
        // Only the diary around today depends on the clock; everything else in the demo is fixed.
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var people = await AddPeopleAsync(db, ct);
        var demo = await AddCommitteesAsync(db, people, today, ct);

        // 2019/20, the year of the inspection: the seed documents sit in these meetings.
        await CountyCouncil2019Async(demo, ct);
        Cabinet2019(demo);
        SelectCommittee2019(demo);
        OverviewAndScrutiny2019(demo);
        await db.SaveChangesAsync(ct);
        HealthAndWellbeingBoard2019(demo);
        CorporateParentingPanel2019(demo);
        Planning2019(demo);
        Governance2019(demo);
        CloseMunicipalYear2019(demo);
        await db.SaveChangesAsync(ct);

        await CurrentYearAsync(demo, ct);
        await db.SaveChangesAsync(ct);
        await MeetingDecisionsAsync(demo, ct);
        await ExecutiveDecisionsAsync(demo, ct);

        await AddAccountsAsync(users, roles, people);
    }

    /// <summary>The last meetings of 2019/20 had their minutes approved at the first meetings of 2020/21, which the
    /// demo does not include. The Cabinet's and the Select Committee's March 2020 minutes are left in draft, so that
    /// the year shows both.</summary>
    private static void CloseMunicipalYear2019(Demo d)
    {
        (Body Body, DateOnly ApprovedOn)[] approvals =
        [
            (d.Council, new DateOnly(2020, 7, 17)),
            (d.Scrutiny, new DateOnly(2020, 6, 15)),
            (d.Health, new DateOnly(2020, 7, 9)),
            (d.Parenting, new DateOnly(2020, 6, 29)),
            (d.Planning, new DateOnly(2020, 6, 9)),
            (d.Governance, new DateOnly(2020, 6, 22)),
        ];
        foreach (var (body, day) in approvals)
            if (body.Previous is { Status: MeetingStatus.DraftMinutesPublished } last) last.ApproveMinutes(day);
    }

    private static async Task AddAccountsAsync(UserManager<StaffUser> users, RoleManager<IdentityRole> roles, Cast people)
    {
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role))
                Check(await roles.CreateAsync(new IdentityRole(role)), $"the {role} role");

        await AddAccountAsync(users, ClerkEmail, "Jane Whitfield, Democratic Services", null, Roles.Clerk);
        // Mrs Nuttall sits on the County Council, the Select Committee and the Corporate Parenting Panel, but not on
        // the Cabinet: she may read the Select Committee's exempt papers and not the Cabinet's.
        await AddAccountAsync(users, CouncillorEmail, people["nuttall"].DisplayName, people.Id("nuttall"), Roles.Councillor);
        await AddAccountAsync(users, AdminEmail, "Martin Odell, Head of Democratic Services", null, Roles.Administrator);
    }

    private static async Task AddAccountAsync(UserManager<StaffUser> users, string email, string displayName, int? personId, string role)
    {
        var user = new StaffUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName,
            PersonId = personId,
        };
        Check(await users.CreateAsync(user, Password), email);
        Check(await users.AddToRoleAsync(user, role), email);
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(
                $"The demo council could not create {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
    }
}
