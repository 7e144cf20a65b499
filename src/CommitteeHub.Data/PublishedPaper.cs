using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommitteeHub.Data;

/// <summary>
/// A printed paper (agenda, reports pack, supplement, minutes, motion) as generated for one edition of its content.
/// It is made once for each version of what it prints and kept: when the content changes a new version is made, and
/// the earlier one stays available, as published documents stay open to inspection (LGA 1972 s.100C).
/// </summary>
public sealed class PublishedPaper
{
    private PublishedPaper() { }

    public PublishedPaper(string subject, string edition, string fingerprint, DateTime generatedAt, byte[] content)
    {
        Subject = subject;
        Edition = edition;
        Fingerprint = fingerprint;
        GeneratedAt = generatedAt;
        Content = content;
    }

    public long Id { get; private set; }
    /// <summary>What it prints: "meeting/12/pack", "motion/4".</summary>
    public string Subject { get; private set; } = "";
    /// <summary>"public", or "full" for those entitled to exempt information (and "members" where a councillor's full
    /// edition leaves out what is restricted to staff).</summary>
    public string Edition { get; private set; } = "";
    /// <summary>A hash of everything the paper prints: the same content is never generated twice.</summary>
    public string Fingerprint { get; private set; } = "";
    /// <summary>Local (UK) time.</summary>
    public DateTime GeneratedAt { get; private set; }
    public byte[] Content { get; private set; } = [];
}

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
    }
}
