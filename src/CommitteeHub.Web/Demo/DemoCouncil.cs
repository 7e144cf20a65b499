using CommitteeHub.Data;
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

    public static Task SeedAsync(CouncilDb db, UserManager<StaffUser> users, RoleManager<IdentityRole> roles,
        TimeProvider clock, CancellationToken ct = default) => throw new InvalidOperationException("written next");
}
