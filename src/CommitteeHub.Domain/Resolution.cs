namespace CommitteeHub.Domain;

public enum VoteChoice { For, Against, Abstain }

public sealed record RecordedVoteLine(int PersonId, VoteChoice Choice);

/// <summary>How the meeting voted: counts, and where the vote was recorded, who voted which way.</summary>
public sealed record Vote(int For, int Against, int Abstentions, IReadOnlyList<RecordedVoteLine>? Names = null)
{
    public static Vote Recorded(IReadOnlyList<RecordedVoteLine> names) =>
        new(names.Count(n => n.Choice == VoteChoice.For), names.Count(n => n.Choice == VoteChoice.Against),
            names.Count(n => n.Choice == VoteChoice.Abstain), names);
}

/// <summary>A decision of the meeting, numbered within its item, with the vote that carried it where one was taken.</summary>
public sealed class Resolution
{
    private readonly List<RecordedVote> _recordedVotes = [];

    private Resolution() { }

    internal Resolution(int number, string text, Vote? vote)
    {
        Number = number;
        Text = Guard.Markdown(text, "Resolution text", 20_000, required: true);
        if (vote is null) return;
        if (vote.For < 0 || vote.Against < 0 || vote.Abstentions < 0)
            throw new DomainException("Vote counts cannot be negative.");
        if (vote.Names is { Count: > 0 } names)
        {
            if (names.Select(n => n.PersonId).Distinct().Count() != names.Count)
                throw new DomainException("A member can vote only once on a resolution.");
            if (names.Count(n => n.Choice == VoteChoice.For) != vote.For ||
                names.Count(n => n.Choice == VoteChoice.Against) != vote.Against ||
                names.Count(n => n.Choice == VoteChoice.Abstain) != vote.Abstentions)
                throw new DomainException("The recorded names do not add up to the vote counts.");
            _recordedVotes.AddRange(names.Select(n => new RecordedVote(n.PersonId, n.Choice)));
        }
        VotesFor = vote.For;
        VotesAgainst = vote.Against;
        Abstentions = vote.Abstentions;
    }

    public int Id { get; private set; }
    public int AgendaItemId { get; private set; }
    public int Number { get; private set; }
    public string Text { get; private set; } = "";
    public int? VotesFor { get; private set; }
    public int? VotesAgainst { get; private set; }
    public int? Abstentions { get; private set; }
    public IReadOnlyList<RecordedVote> RecordedVotes => _recordedVotes;
}

public sealed class RecordedVote
{
    private RecordedVote() { }

    internal RecordedVote(int personId, VoteChoice choice)
    {
        PersonId = personId;
        Choice = choice;
    }

    public int Id { get; private set; }
    public int ResolutionId { get; private set; }
    public int PersonId { get; private set; }
    public VoteChoice Choice { get; private set; }
}
