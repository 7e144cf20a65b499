using CommitteeHub.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommitteeHub.Data.Configurations;

internal sealed class ForwardPlanEntryConfiguration : IEntityTypeConfiguration<ForwardPlanEntry>
{
    public void Configure(EntityTypeBuilder<ForwardPlanEntry> b)
    {
        b.ToTable("forward_plan_entries");
        b.Property(e => e.Matter).HasMaxLength(300);
        b.Property(e => e.DecisionMaker).HasMaxLength(200);
        b.Property(e => e.Documents).HasMaxLength(5_000);
        b.Property(e => e.HowToMakeRepresentations).HasMaxLength(5_000);
        b.Property(e => e.PrivateReasons).HasMaxLength(2_000);
        b.Property(e => e.GeneralExceptionReasons).HasMaxLength(2_000);
        b.Property(e => e.UrgencyAgreedByName).HasMaxLength(200);
        b.Property(e => e.SpecialUrgencyReasons).HasMaxLength(2_000);
        b.Property(e => e.Version).IsRowVersion();
        b.HasIndex(e => e.IntendedDecisionOn);
        // The Forward Plan itself: the published notices not yet decided, a handful however long the record.
        b.HasIndex(e => e.IntendedDecisionOn, "IX_forward_plan_entries_on_the_plan")
            .HasFilter("\"DecidedOn\" IS NULL AND \"FirstPublishedOn\" IS NOT NULL");
        // The database keeps the exceptions whole, as the aggregate does: a notice without its chair is no notice.
        b.ToTable(t =>
        {
            t.HasCheckConstraint("ck_forward_plan_entries_exempt_paragraph",
                "(\"ExemptParagraph\" IS NULL AND \"PrivateReasons\" IS NULL) OR (\"ExemptParagraph\" BETWEEN 1 AND 7 AND \"PrivateReasons\" IS NOT NULL)");
            t.HasCheckConstraint("ck_forward_plan_entries_general_exception",
                "(\"GeneralExceptionNoticeOn\" IS NULL) = (\"ScrutinyChairNotifiedOn\" IS NULL)");
            t.HasCheckConstraint("ck_forward_plan_entries_special_urgency",
                "(\"UrgencyAgreedOn\" IS NULL) = (\"UrgencyAgreedBy\" IS NULL) AND (\"UrgencyAgreedOn\" IS NULL) = (\"SpecialUrgencyNoticeOn\" IS NULL)");
        });
        b.Ignore(e => e.IsKeyDecision);
        b.Ignore(e => e.IsPrivate);
        b.Ignore(e => e.HasGeneralException);
        b.Ignore(e => e.HasSpecialUrgency);
        b.Ignore(e => e.MustBeReportedToCouncil);
    }
}

internal sealed class DecisionConfiguration : IEntityTypeConfiguration<Decision>
{
    public void Configure(EntityTypeBuilder<Decision> b)
    {
        b.ToTable("decisions");
        b.Property(d => d.DecisionMaker).HasMaxLength(200);
        b.Property(d => d.Title).HasMaxLength(300);
        // Council business runs on local (UK) time: call-in ends at 4pm whatever the clocks did.
        b.Property(d => d.PublishedAt).HasColumnType("timestamp without time zone");
        b.Property(d => d.CalledInAt).HasColumnType("timestamp without time zone");
        b.Property(d => d.ImplementedAt).HasColumnType("timestamp without time zone");
        b.Property(d => d.Version).IsRowVersion();
        // A decision is the published record: the meeting, item or notice it rests on cannot be deleted from under it.
        b.HasOne<Meeting>().WithMany().HasForeignKey(d => d.MeetingId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AgendaItem>().WithMany().HasForeignKey(d => d.AgendaItemId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ForwardPlanEntry>().WithMany().HasForeignKey(d => d.ForwardPlanEntryId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(d => d.PublishedAt);
        // The register reads newest first, fifty at a time or a municipal year at a time, and offers each decision maker
        // found in it: both by walking an index, never by reading twenty years of decisions.
        b.HasIndex(d => d.DecidedOn);
        b.HasIndex(d => new { d.DecisionMaker, d.DecidedOn });
        // An item's decision is published once: the register holds one record of what the meeting decided on it.
        b.HasIndex(d => d.AgendaItemId).IsUnique();
        b.HasIndex(d => d.Status);
        b.HasMany(d => d.Conflicts).WithOne().HasForeignKey(c => c.DecisionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(d => d.CallInSignatories).WithOne().HasForeignKey(s => s.DecisionId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(d => d.Conflicts).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(d => d.CallInSignatories).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class DeclaredConflictConfiguration : IEntityTypeConfiguration<DeclaredConflict>
{
    public void Configure(EntityTypeBuilder<DeclaredConflict> b)
    {
        b.ToTable("decision_conflicts");
        b.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => new { c.DecisionId, c.PersonId }).IsUnique();
        b.Property(c => c.Nature).HasMaxLength(1_000);
        b.Property(c => c.Dispensation).HasMaxLength(1_000);
    }
}

internal sealed class CallInSignatoryConfiguration : IEntityTypeConfiguration<CallInSignatory>
{
    public void Configure(EntityTypeBuilder<CallInSignatory> b)
    {
        b.ToTable("call_in_signatories");
        b.HasOne<Person>().WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(s => new { s.DecisionId, s.PersonId }).IsUnique();
    }
}
