using CommitteeHub.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommitteeHub.Data.Configurations;

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> b)
    {
        b.ToTable("meetings");
        b.HasOne<Committee>().WithMany().HasForeignKey(m => m.CommitteeId).OnDelete(DeleteBehavior.Restrict);
        // Council business runs on local (UK) time: a meeting at 10am is at 10am whatever the clocks did.
        b.Property(m => m.StartsAt).HasColumnType("timestamp without time zone");
        b.Property(m => m.AgendaPublishedAt).HasColumnType("timestamp without time zone");
        b.Property(m => m.DraftMinutesPublishedAt).HasColumnType("timestamp without time zone");
        b.Property(m => m.Venue).HasMaxLength(300);
        b.Property(m => m.Title).HasMaxLength(200);
        b.Property(m => m.StatusReason).HasMaxLength(500);
        b.Property(m => m.WebcastUrl).HasMaxLength(400);
        b.Property(m => m.LatePublicationReason).HasMaxLength(1000);
        b.Property(m => m.MinutesSignedBy).HasMaxLength(200);
        b.HasOne<Meeting>().WithMany().HasForeignKey(m => m.MinutesApprovedAtMeetingId).OnDelete(DeleteBehavior.Restrict);
        b.Property(m => m.Version).IsRowVersion();
        b.HasIndex(m => m.StartsAt);
        b.HasIndex(m => new { m.CommitteeId, m.StartsAt });
        b.HasMany(m => m.Items).WithOne().HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(m => m.Attendance).WithOne().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(m => m.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(m => m.Attendance).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(m => m.IsCancelledOrPostponed);
        b.Ignore(m => m.MinutesArePublished);
        b.Ignore(m => m.MinutesAreDraft);
        b.Ignore(m => m.SupplementItems);
    }
}

internal sealed class AttendanceConfiguration : IEntityTypeConfiguration<Attendance>
{
    public void Configure(EntityTypeBuilder<Attendance> b)
    {
        b.ToTable("attendance");
        b.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(a => a.SubstituteForPersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => new { a.MeetingId, a.PersonId }).IsUnique();
        b.Property(a => a.LeftDuringItem).HasMaxLength(20);
        b.Property(a => a.Note).HasMaxLength(300);
        b.Ignore(a => a.WasThere);
    }
}

internal sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> b)
    {
        b.ToTable("agenda_items");
        // Item numbers are unique within a meeting through a deferred constraint (see the migration), so that
        // renumbering and reordering, which exchange numbers, can be saved in one go.
        b.HasIndex(i => new { i.MeetingId, i.Number });
        b.Property(i => i.UrgencyReason).HasMaxLength(1000);
        b.Property(i => i.Version).IsRowVersion();
        b.Property(i => i.AddedLateAt).HasColumnType("timestamp without time zone");
        b.Property(i => i.Number).HasMaxLength(20);
        b.Property(i => i.SortKey).HasMaxLength(40);
        b.Property(i => i.Title).HasMaxLength(300);
        b.Property(i => i.MinuteNumber).HasMaxLength(10);
        b.Property(i => i.ResolutionPreamble).HasMaxLength(300);
        b.ToTable(t => t.HasCheckConstraint("ck_agenda_items_exempt_paragraph",
            "(\"IsExempt\" AND \"ExemptParagraph\" IS NOT NULL AND \"ExemptParagraph\" BETWEEN 1 AND 7) OR (NOT \"IsExempt\" AND \"ExemptParagraph\" IS NULL)"));
        b.HasMany(i => i.Documents).WithOne().HasForeignKey(d => d.AgendaItemId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(i => i.Declarations).WithOne().HasForeignKey(d => d.AgendaItemId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(i => i.Resolutions).WithOne().HasForeignKey(r => r.AgendaItemId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(i => i.Documents).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(i => i.Declarations).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(i => i.Resolutions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    /// <summary>The row version (PostgreSQL xmin) two clerks' revisions are checked against; Document.Version is the
    /// paper's published version, a different thing.</summary>
    public const string RowVersion = "RowVersion";

    public void Configure(EntityTypeBuilder<Document> b)
    {
        b.ToTable("documents");
        b.Property<uint>(RowVersion).IsRowVersion();
        b.Property(d => d.Title).HasMaxLength(300);
        b.Property(d => d.Author).HasMaxLength(300);
        b.Property(d => d.FileName).HasMaxLength(260);
        b.Property(d => d.ContentType).HasMaxLength(120);
        b.Property(d => d.FileSha256).HasMaxLength(64);
        // A reference EF never follows unless asked (no Include anywhere loads it): the bytes are read only by the
        // download, the printed pack and the upload check, each selecting them alone.
        b.HasOne(d => d.File).WithMany().HasForeignKey(d => d.FileId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(d => d.IsUpload);
        b.Ignore(d => d.IsPublished);
        b.HasMany(d => d.Revisions).WithOne().HasForeignKey(r => r.DocumentId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(d => d.Revisions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class DocumentRevisionConfiguration : IEntityTypeConfiguration<DocumentRevision>
{
    public void Configure(EntityTypeBuilder<DocumentRevision> b)
    {
        b.ToTable("document_revisions");
        b.HasIndex(r => new { r.DocumentId, r.Version }).IsUnique();
        b.Property(r => r.FileName).HasMaxLength(260);
        b.Property(r => r.ContentType).HasMaxLength(120);
        b.Property(r => r.FileSha256).HasMaxLength(64);
        b.HasOne(r => r.File).WithMany().HasForeignKey(r => r.FileId).OnDelete(DeleteBehavior.Restrict);
        b.Property(r => r.ReplacedAt).HasColumnType("timestamp without time zone");
    }
}

internal sealed class DocumentFileConfiguration : IEntityTypeConfiguration<DocumentFile>
{
    public void Configure(EntityTypeBuilder<DocumentFile> b) => b.ToTable("document_files");
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("audit_entries");
        b.HasOne<Meeting>().WithMany().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(a => new { a.MeetingId, a.At });
        b.HasIndex(a => new { a.Subject, a.SubjectId, a.At });
        b.Property(a => a.Subject).HasMaxLength(40);
        b.Property(a => a.By).HasMaxLength(200);
        b.Property(a => a.What).HasMaxLength(2000);
        b.Property(a => a.At).HasColumnType("timestamp without time zone");
    }
}

internal sealed class DeclarationConfiguration : IEntityTypeConfiguration<Declaration>
{
    public void Configure(EntityTypeBuilder<Declaration> b)
    {
        b.ToTable("declarations");
        b.HasOne<Person>().WithMany().HasForeignKey(d => d.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.Property(d => d.Nature).HasMaxLength(1000);
    }
}

internal sealed class ResolutionConfiguration : IEntityTypeConfiguration<Resolution>
{
    public void Configure(EntityTypeBuilder<Resolution> b)
    {
        b.ToTable("resolutions");
        b.HasIndex(r => new { r.AgendaItemId, r.Number }).IsUnique();
        b.HasMany(r => r.RecordedVotes).WithOne().HasForeignKey(v => v.ResolutionId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(r => r.RecordedVotes).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class RecordedVoteConfiguration : IEntityTypeConfiguration<RecordedVote>
{
    public void Configure(EntityTypeBuilder<RecordedVote> b)
    {
        b.ToTable("recorded_votes");
        b.HasOne<Person>().WithMany().HasForeignKey(v => v.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(v => new { v.ResolutionId, v.PersonId }).IsUnique();
    }
}

internal sealed class MotionConfiguration : IEntityTypeConfiguration<Motion>
{
    public void Configure(EntityTypeBuilder<Motion> b)
    {
        b.ToTable("motions");
        b.Property(m => m.Title).HasMaxLength(300);
        b.Property(m => m.ReferredTo).HasMaxLength(200);
        b.Property(m => m.Version).IsRowVersion();
        b.HasOne<Person>().WithMany().HasForeignKey(m => m.MoverId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(m => m.SeconderId).OnDelete(DeleteBehavior.Restrict);
        // An item with a motion on it cannot be deleted: the motion would lose its meeting and its item's exemption.
        b.HasOne<AgendaItem>().WithMany().HasForeignKey(m => m.AgendaItemId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(m => m.Amendments).WithOne().HasForeignKey(a => a.MotionId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(m => m.Amendments).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(m => m.CurrentText);
        b.Ignore(m => m.IsDecided);
    }
}

internal sealed class AmendmentConfiguration : IEntityTypeConfiguration<Amendment>
{
    public void Configure(EntityTypeBuilder<Amendment> b)
    {
        b.ToTable("amendments");
        b.HasIndex(a => new { a.MotionId, a.Number }).IsUnique();
        b.HasOne<Person>().WithMany().HasForeignKey(a => a.MoverId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(a => a.SeconderId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(a => a.RecordedVotes).WithOne().HasForeignKey(v => v.AmendmentId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(a => a.RecordedVotes).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class AmendmentVoteConfiguration : IEntityTypeConfiguration<AmendmentVote>
{
    public void Configure(EntityTypeBuilder<AmendmentVote> b)
    {
        b.ToTable("amendment_votes");
        b.HasOne<Person>().WithMany().HasForeignKey(v => v.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(v => new { v.AmendmentId, v.PersonId }).IsUnique();
    }
}
