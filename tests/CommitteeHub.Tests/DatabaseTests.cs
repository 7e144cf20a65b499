using Microsoft.Extensions.Logging;
using System.Net;
using CommitteeHub.Data;
using CommitteeHub.Domain;
using CommitteeHub.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CommitteeHub.Tests;

public sealed class DatabaseTests(CommitteeHubApp app) : AppTest(app)
{
    [Fact]
    public async Task The_migrations_build_the_whole_schema_on_an_empty_database()
    {
        var connection = await TestDatabase.CreateEmptyAsync("committeehub_migrations");
        await using var db = new CouncilDb(new DbContextOptionsBuilder<CouncilDb>()
            .UseNpgsql(connection, o => o.MigrationsAssembly(CouncilDb.MigrationsAssembly)).Options);
        Assert.NotEmpty(await db.Database.GetPendingMigrationsAsync());
        await db.Database.MigrateAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        foreach (var table in new[] { "committees", "meetings", "agenda_items", "documents", "motions", "amendments", "resolutions", "AspNetUsers" })
        {
            var sql = "SELECT COUNT(*)::int AS \"Value\" FROM \"" + table + "\"";
            Assert.Equal(0, await db.Database.SqlQueryRaw<int>(sql).SingleAsync());
        }
    }

    [Fact]
    public async Task A_first_start_on_an_empty_database_migrates_it_without_logging_anything_as_an_error()
    {
        var connection = await TestDatabase.CreateEmptyAsync("committeehub_first_start");
        await using var first = new CommitteeHubApp(new Dictionary<string, string?>
        {
            ["ConnectionStrings:CommitteeHub"] = connection, ["CommitteeHub:MigrateOnStartup"] = "true",
        });
        await first.InitializeAsync();
        Assert.Equal(HttpStatusCode.OK, (await first.Anonymous().GetAsync("/committees")).StatusCode);
        Assert.Empty(first.Log.Entries.Where(e => e.Level >= LogLevel.Error).Select(e => $"{e.Category}: {e.Message}"));
    }

    [Fact]
    public async Task The_model_has_no_changes_that_a_migration_does_not_cover()
    {
        await using var db = new CouncilDb(new DbContextOptionsBuilder<CouncilDb>()
            .UseNpgsql(TestDatabase.ConnectionString(TestDatabase.TestName), o => o.MigrationsAssembly(CouncilDb.MigrationsAssembly)).Options);
        Assert.False(db.Database.HasPendingModelChanges(), "Run `dotnet ef migrations add` after changing the model.");
    }

    [Fact]
    public async Task The_database_refuses_an_exempt_item_without_its_paragraph()
    {
        await using var db = Db();
        var id = await db.AgendaItems.Where(i => !i.IsExempt).Select(i => i.Id).FirstAsync();
        var failure = await Assert.ThrowsAsync<PostgresException>(() =>
            db.Database.ExecuteSqlAsync($"UPDATE agenda_items SET \"IsExempt\" = true WHERE \"Id\" = {id}"));
        Assert.Equal(PostgresErrorCodes.CheckViolation, failure.SqlState);
    }

    [Fact]
    public async Task Two_clerks_editing_one_meeting_cannot_overwrite_each_other()
    {
        var id = 0;
        await using (var db = Db()) id = await db.Meetings.Where(m => m.Status == MeetingStatus.Scheduled).Select(m => m.Id).FirstAsync();
        await using var first = Db();
        await using var second = Db();
        var a = await first.Meetings.SingleAsync(m => m.Id == id);
        var b = await second.Meetings.SingleAsync(m => m.Id == id);
        a.Reschedule(a.StartsAt.AddDays(1), "Committee Room 2");
        await first.SaveChangesAsync();
        b.Cancel("The business has been taken at another meeting.");
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }
}

public sealed class DemoCouncilTests(CommitteeHubApp app) : AppTest(app)
{
    [Fact]
    public async Task The_demo_council_has_the_committees_meetings_and_members_of_a_real_council()
    {
        await using var db = Db();
        Assert.True(await db.Committees.CountAsync() >= 6);
        Assert.True(await db.Meetings.CountAsync() >= 40);
        Assert.True(await db.People.CountAsync(p => p.Kind == PersonKind.Councillor) >= 20);
        Assert.Equal(Enum.GetValues<CommitteeKind>().Length, await db.Committees.Select(c => c.Kind).Distinct().CountAsync());
        var now = TestDatabase.Clock.GetLocalNow().DateTime;
        Assert.True(await db.Meetings.CountAsync(m => m.StartsAt > now) >= 3, "some meetings are still to come");
        Assert.True(await db.Meetings.CountAsync(m => m.StartsAt < now) >= 30, "most of the year has happened");
        foreach (var standard in new[] { "Apologies", "Declarations of interest", "Minutes of the previous meeting" })
            Assert.True(await db.AgendaItems.CountAsync(i => i.Title.StartsWith(standard)) >= 20, $"standard item: {standard}");
    }

    [Fact]
    public async Task The_notice_of_motion_and_its_amendment_are_reconstructed_from_seed_000()
    {
        await using var db = Db();
        var motion = await Demo.MotionByMrJones(db);
        var amendment = Assert.Single(motion.Amendments);
        Assert.Contains("rated all elements of the service inadequate", motion.Text);
        Assert.Contains("it has failed to provide adequate funding to prevent substantial service decline", motion.Text);
        Assert.Contains("by enabling all of the Select Committees", motion.Text);
        Assert.DoesNotContain("**", motion.Text + amendment.Text);
        Assert.Contains("rated the overall effectiveness of the service inadequate", amendment.Text);
        Assert.Contains("the Council needs to address substantial service decline", amendment.Text);
        Assert.Contains("invites the Governance Committee to consider whether any changes should be made to the Council's scrutiny arrangements", amendment.Text);
        Assert.DoesNotContain("by enabling all of the Select Committees", amendment.Text);
        foreach (var letter in new[] { "(a)", "(b)", "(c)", "(d)" })
        {
            Assert.Contains(letter, motion.Text);
            Assert.Contains(letter, amendment.Text);
        }
        Assert.Equal(motion.Text, amendment.BasedOnText);
    }

    [Fact]
    public async Task The_demo_has_a_live_motion_on_a_published_agenda_with_an_amendment_awaiting_the_clerk()
    {
        await using var db = Db();
        var live = await db.Motions.Include(m => m.Amendments).Where(m => m.Status == MotionStatus.OnAgenda).ToListAsync();
        var motion = Assert.Single(live);
        var amendment = Assert.Single(motion.Amendments);
        Assert.Equal(AmendmentStatus.Tabled, amendment.Status);
        Assert.Null(amendment.AdmittedOn);
        var meeting = await db.AgendaItems.Where(i => i.Id == motion.AgendaItemId).Join(db.Meetings, i => i.MeetingId, m => m.Id, (i, m) => m).SingleAsync();
        Assert.Equal(MeetingStatus.AgendaPublished, meeting.Status);
        Assert.True(meeting.StartsAt > TestDatabase.Clock.GetLocalNow().DateTime);
    }

    [Fact]
    public async Task Every_exempt_item_with_published_minutes_has_a_written_summary_for_the_public()
    {
        await using var db = Db();
        var minuted = await db.AgendaItems.Where(i => i.IsExempt && i.MinutesText != null)
            .Join(db.Meetings.Where(m => m.Status == MeetingStatus.DraftMinutesPublished || m.Status == MeetingStatus.MinutesApproved), i => i.MeetingId, m => m.Id, (i, m) => i)
            .ToListAsync();
        Assert.NotEmpty(minuted);
        Assert.All(minuted, i => Assert.False(string.IsNullOrWhiteSpace(i.PublicSummary), $"item {i.Number} {i.Title}"));
    }

    [Fact]
    public async Task The_demo_accounts_exist_with_their_roles_and_the_councillor_is_a_person()
    {
        await using var db = Db();
        var roles = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .Join(db.Users, x => x.UserId, u => u.Id, (x, u) => new { u.Email, x.Name, u.PersonId }).ToListAsync();
        Assert.Contains(roles, r => r.Email == Web.Demo.DemoCouncil.ClerkEmail && r.Name == Roles.Clerk);
        Assert.Contains(roles, r => r.Email == Web.Demo.DemoCouncil.AdminEmail && r.Name == Roles.Administrator);
        Assert.Contains(roles, r => r.Email == Web.Demo.DemoCouncil.CouncillorEmail && r.Name == Roles.Councillor && r.PersonId != null);
    }

    [Fact]
    public async Task There_are_exempt_items_for_members_and_for_staff_only_each_with_a_confidential_report()
    {
        await using var db = Db();
        foreach (var rule in new[] { ExemptAccess.CommitteeMembers, ExemptAccess.StaffOnly })
        {
            var item = await db.AgendaItems.Include(i => i.Documents).FirstAsync(i => i.IsExempt && i.ExemptAccess == rule);
            Assert.InRange(item.ExemptParagraph!.Value, 1, 7);
            Assert.False(string.IsNullOrWhiteSpace(item.PublicInterestStatement));
            Assert.NotEmpty(item.Documents);
        }
    }
}
