using CommitteeHub.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CommitteeHub.Data;

/// <summary>A member of staff or a councillor who signs in. A councillor's account names the person it belongs to,
/// which is how their committee seats (and so their right to read exempt papers) are found.</summary>
public sealed class StaffUser : IdentityUser
{
    public int? PersonId { get; set; }
    public string DisplayName { get; set; } = "";
}

public static class Roles
{
    public const string Clerk = "Clerk";
    public const string Councillor = "Councillor";
    public const string Administrator = "Administrator";
    public static readonly string[] All = [Clerk, Councillor, Administrator];
}

public sealed class CouncilDb(DbContextOptions<CouncilDb> options) : IdentityDbContext<StaffUser>(options)
{
    public const string MigrationsAssembly = "CommitteeHub.Migrations";

    public DbSet<Person> People => Set<Person>();
    public DbSet<Committee> Committees => Set<Committee>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<AgendaItem> AgendaItems => Set<AgendaItem>();
    public DbSet<Document> Documents => Set<Document>();
    public DbSet<DocumentFile> DocumentFiles => Set<DocumentFile>();
    public DbSet<Motion> Motions => Set<Motion>();
    public DbSet<Amendment> Amendments => Set<Amendment>();
    public DbSet<Resolution> Resolutions => Set<Resolution>();
    public DbSet<Attendance> Attendance => Set<Attendance>();
    public DbSet<Declaration> Declarations => Set<Declaration>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ForwardPlanEntry> ForwardPlanEntries => Set<ForwardPlanEntry>();
    public DbSet<Decision> Decisions => Set<Decision>();
    public DbSet<PublishedPaper> PublishedPapers => Set<PublishedPaper>();
    public DbSet<Submission> Submissions => Set<Submission>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CouncilDb).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name, so the database reads as the committee's words and survives reordering.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}
