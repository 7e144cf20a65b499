using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommitteeHub.Data;

/// <summary>
/// A form sent and acted on: the token the form carried (made when it was shown) and the answer its command gave.
/// The same form sent again, by a double click, a second tab or a browser's retry, gets that answer and changes
/// nothing. The row is written in the same transaction as what the command saved, so either both stand or neither.
/// </summary>
public sealed class Submission
{
    private Submission() { }

    public Submission(Guid token, string command, DateTime at)
    {
        Token = token;
        Command = command.Length > MaxCommandLength ? command[..MaxCommandLength] : command;
        At = at;
    }

    public const int MaxCommandLength = 200;

    public Guid Token { get; private set; }
    /// <summary>Which command and step the form sent: one form may offer several steps, each its own submission.</summary>
    public string Command { get; private set; } = "";
    /// <summary>Local (UK) time.</summary>
    public DateTime At { get; private set; }
    /// <summary>The command's answer as JSON, written once the command has returned.</summary>
    public string? Answer { get; private set; }
}

internal sealed class SubmissionConfiguration : IEntityTypeConfiguration<Submission>
{
    public void Configure(EntityTypeBuilder<Submission> b)
    {
        b.ToTable("submissions");
        b.HasKey(s => new { s.Token, s.Command });
        b.Property(s => s.Command).HasMaxLength(Submission.MaxCommandLength);
        b.Property(s => s.At).HasColumnType("timestamp without time zone");
    }
}
