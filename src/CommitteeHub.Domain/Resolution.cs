namespace CommitteeHub.Domain;

public enum VoteChoice { For, Against, Abstain }

public sealed record RecordedVoteLine(int PersonId, VoteChoice Choice);

/// <summary>How the meeting voted: counts, and where the vote was recorded, who voted which way.</summary>
public sealed record Vote(int For, int Against, int Abstentions, IReadOnlyList<RecordedVoteLine>? Names = null)
{
    public bool IsRecorded => Names is { Count: > 0 };

    /// <summary>Refuses a vote that cannot have happened: negative counts, a member voting twice, names that do not
    /// add up to the counts.</summary>
    internal void Check()
    {
        if (For < 0 || Against < 0 || Abstentions < 0)
            throw new DomainException("Vote counts cannot be negative.");
        if (Names is not { Count: > 0 } names) return;
        if (names.Select(n => n.PersonId).Distinct().Count() != names.Count)
            throw new DomainException("A member can vote only once on a resolution.");
        if (names.Count(n => n.Choice == VoteChoice.For) != For || names.Count(n => n.Choice == VoteChoice.Against) != Against ||
            names.Count(n => n.Choice == VoteChoice.Abstain) != Abstentions)
            throw new DomainException("The recorded names do not add up to the vote counts.");
    }

    /// <summary>A budget decision, and every amendment to it, is voted on by name (SI 2014/165).</summary>
    internal static void RequireNames(Vote? vote, string what)
    {
        if (vote?.IsRecorded != true)
            throw new DomainException($"{what} is a budget decision: the law requires the names of those voting for, against and abstaining to be recorded (SI 2014/165). Record the vote by name.");
    }

    public static Vote Recorded(IReadOnlyList<RecordedVoteLine> names) =>
        new(names.Count(n => n.Choice == VoteChoice.For), names.Count(n => n.Choice == VoteChoice.Against),
            names.Count(n => n.Choice == VoteChoice.Abstain), names);

    /// <summary>The vote as a clerk's form gives it: by name when any name is marked, else the counts, else none taken.</summary>
    public static Vote? AsGiven(IReadOnlyList<RecordedVoteLine> names, int? votesFor, int? against, int? abstentions) =>
        names.Count > 0 ? Recorded(names)
        : votesFor is null && against is null && abstentions is null ? null
        : new Vote(votesFor ?? 0, against ?? 0, abstentions ?? 0);
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
        vote.Check();
        if (vote.Names is { Count: > 0 } names) _recordedVotes.AddRange(names.Select(n => new RecordedVote(n.PersonId, n.Choice)));
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

    internal void Renumber(int number) => Number = number;
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
