using CommitteeHub.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommitteeHub.Data;

/// <summary>
/// A printed paper (agenda, reports pack, supplement, minutes, motion) as generated for one edition of its content.
/// It is made once for each version of what it prints and kept: when the content changes a new version is made, and
/// the earlier one stays available, as published documents stay open to inspection (LGA 1972 s.100C).
/// A kept paper names every item and document it prints and their access when it was made, so that each request can
/// ask whether the reader may read all of it now: a paper whose item has since been made exempt, restricted to staff
/// or taken off the agenda is withdrawn from those no longer entitled to it.
/// </summary>
public sealed class PublishedPaper
{
    private readonly List<PrintedContent> _contents = [];

    private PublishedPaper() { }

    public PublishedPaper(string subject, int meetingId, string edition, string fingerprint, DateTime generatedAt, byte[] content,
        IEnumerable<PrintedContent> contents)
    {
        Subject = subject;
        MeetingId = meetingId;
        Edition = edition;
        Fingerprint = fingerprint;
        GeneratedAt = generatedAt;
        Content = content;
        _contents.AddRange(contents);
    }

    public long Id { get; private set; }
    /// <summary>What it prints: "meeting/12/pack", "motion/4".</summary>
    public string Subject { get; private set; } = "";
    /// <summary>The meeting whose business it prints (a motion's, the meeting it is on).</summary>
    public int MeetingId { get; private set; }
    /// <summary>"public", or "full" for those entitled to exempt information (and "members" where a councillor's full
    /// edition leaves out what is restricted to staff).</summary>
    public string Edition { get; private set; } = "";
    /// <summary>A hash of everything the paper prints: the same content is never generated twice.</summary>
    public string Fingerprint { get; private set; } = "";
    /// <summary>Local (UK) time.</summary>
    public DateTime GeneratedAt { get; private set; }
    public byte[] Content { get; private set; } = [];
    /// <summary>The items and documents it prints, with their access as it was when it was made.</summary>
    public IReadOnlyList<PrintedContent> Contents => _contents;
}

/// <summary>
/// One item (and, where set, one of its documents) that a kept paper prints. <see cref="Substance"/> says whether
/// the paper carries its business (description, reports, minutes, resolutions) or only its heading, as the public
/// edition prints an exempt item: a heading stays public, the substance is what may be exempt.
/// </summary>
public sealed record PrintedContent(int AgendaItemId, int? DocumentId, bool Substance, bool WasExempt, ExemptAccess Access);

internal sealed class PublishedPaperConfiguration : IEntityTypeConfiguration<PublishedPaper>
{
    public void Configure(EntityTypeBuilder<PublishedPaper> b)
    {
        b.ToTable("published_papers");
        b.Property(p => p.Subject).HasMaxLength(100);
        b.Property(p => p.Edition).HasMaxLength(20);
        b.Property(p => p.Fingerprint).HasMaxLength(64);
        b.Property(p => p.GeneratedAt).HasColumnType("timestamp without time zone");
        b.HasIndex(p => new { p.Subject, p.Edition, p.Fingerprint }).IsUnique();
        b.HasIndex(p => p.MeetingId);
        b.OwnsMany(p => p.Contents, c =>
        {
            c.ToTable("published_paper_contents");
            c.WithOwner().HasForeignKey("PublishedPaperId");
            c.Property<int>("Id");
            c.HasKey("Id");
            c.HasIndex(x => x.AgendaItemId);
        });
        b.Navigation(p => p.Contents).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
