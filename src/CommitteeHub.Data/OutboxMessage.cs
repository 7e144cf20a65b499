using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommitteeHub.Data;

/// <summary>
/// A council event (<see cref="Domain.CouncilEvent"/>) as saved in the same transaction as the step that raised it,
/// so that it is never lost and never told of a step that did not happen. Consumers are handed it once it is saved;
/// <see cref="DispatchedAt"/> says all of them have had it. Its id orders the events as they were saved, which is
/// what a feed or the API's <c>updated_since</c> pages by.
/// </summary>
public sealed class OutboxMessage
{
    private OutboxMessage() { }

    public OutboxMessage(string name, string subject, int subjectId, int? meetingId, DateTime occurredAt, string summary, string payload)
    {
        Name = name;
        Subject = subject;
        SubjectId = subjectId;
        MeetingId = meetingId;
        OccurredAt = occurredAt;
        Summary = summary.Length > 2_000 ? summary[..1_999] + "…" : summary;
        Payload = payload;
    }

    public long Id { get; private set; }
    /// <summary>The event's type name: "AgendaPublished".</summary>
    public string Name { get; private set; } = "";
    /// <summary>The aggregate that raised it: "Meeting", "Motion", "Decision", "ForwardPlanEntry".</summary>
    public string Subject { get; private set; } = "";
    public int SubjectId { get; private set; }
    public int? MeetingId { get; private set; }
    /// <summary>Local (UK) time.</summary>
    public DateTime OccurredAt { get; private set; }
    public string Summary { get; private set; } = "";
    /// <summary>The event as JSON.</summary>
    public string Payload { get; private set; } = "";
    /// <summary>The database's clock when saved (the council's clock may be set elsewhere, in a test or a replay).</summary>
    public DateTime SavedAt { get; private set; }
    /// <summary>UTC; null until every consumer has had it.</summary>
    public DateTime? DispatchedAt { get; set; }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("outbox_messages");
        b.Property(m => m.Name).HasMaxLength(100);
        b.Property(m => m.Subject).HasMaxLength(40);
        b.Property(m => m.Summary).HasMaxLength(2_000);
        b.Property(m => m.Payload).HasColumnType("jsonb");
        b.Property(m => m.OccurredAt).HasColumnType("timestamp without time zone");
        b.Property(m => m.SavedAt).HasColumnType("timestamp with time zone").HasDefaultValueSql("now()").ValueGeneratedOnAdd();
        b.Property(m => m.DispatchedAt).HasColumnType("timestamp with time zone");
        // The sweep looks only for what is not yet dispatched: a small partial index, however long the history.
        b.HasIndex(m => m.Id).HasFilter("\"DispatchedAt\" IS NULL").HasDatabaseName("ix_outbox_messages_undispatched");
        b.HasIndex(m => new { m.Subject, m.SubjectId });
    }
}
