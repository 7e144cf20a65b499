namespace CommitteeHub.Domain.Tests;

public class ResolutionTests
{
    private static AgendaItem AnItem() => AMeeting.Scheduled().AddItem("8", "Revenue budget 2025/26");

    private static RecordedVoteLine For(int person) => new(person, VoteChoice.For);
    private static RecordedVoteLine Against(int person) => new(person, VoteChoice.Against);
    private static RecordedVoteLine Abstain(int person) => new(person, VoteChoice.Abstain);

    [Fact]
    public void Resolutions_on_an_item_are_numbered_1_2_3_in_the_order_made()
    {
        var item = AnItem();

        var numbers = new[] { "That the report be noted.", "That the budget be approved.", "That the Council Tax be set." }
            .Select(text => item.Resolve(text).Number).ToList();

        Assert.Equal([1, 2, 3], numbers);
        Assert.Equal([1, 2, 3], item.Resolutions.Select(r => r.Number));
        Assert.Equal("That the budget be approved.", item.Resolutions[1].Text);
    }

    [Fact]
    public void Resolutions_on_different_items_are_numbered_separately()
    {
        var meeting = AMeeting.Scheduled();
        var minutes = meeting.AddItem("2", "Minutes");
        meeting.Item("1").Resolve("That the apologies be noted.");

        var first = minutes.Resolve("That the minutes be approved.");

        Assert.Equal(1, first.Number);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_resolution_needs_its_text(string text)
    {
        var item = AnItem();

        Refused.Because("Resolution text is required", () => item.Resolve(text));
        Assert.Empty(item.Resolutions);
    }

    [Fact]
    public void A_resolution_without_a_vote_has_no_counts()
    {
        var resolution = AnItem().Resolve("That the report be noted.");

        Assert.Null(resolution.VotesFor);
        Assert.Null(resolution.VotesAgainst);
        Assert.Null(resolution.Abstentions);
        Assert.Empty(resolution.RecordedVotes);
    }

    [Fact]
    public void A_resolution_keeps_the_vote_counts()
    {
        var resolution = AnItem().Resolve("That the budget be approved.", new Vote(32, 12, 3));

        Assert.Equal(32, resolution.VotesFor);
        Assert.Equal(12, resolution.VotesAgainst);
        Assert.Equal(3, resolution.Abstentions);
        Assert.Empty(resolution.RecordedVotes);
    }

    [Theory]
    [InlineData(-1, 0, 0)]
    [InlineData(0, -1, 0)]
    [InlineData(0, 0, -1)]
    public void Vote_counts_cannot_be_negative(int votesFor, int against, int abstentions)
    {
        var item = AnItem();

        Refused.Because("cannot be negative", () => item.Resolve("That the budget be approved.", new Vote(votesFor, against, abstentions)));
        Assert.Empty(item.Resolutions);
    }

    [Fact]
    public void A_recorded_vote_counts_the_names_each_way()
    {
        var vote = Vote.Recorded([For(1), For(2), For(3), Against(4), Against(5), Abstain(6)]);

        Assert.Equal(3, vote.For);
        Assert.Equal(2, vote.Against);
        Assert.Equal(1, vote.Abstentions);
        Assert.Equal(6, vote.Names!.Count);
    }

    [Fact]
    public void A_resolution_keeps_who_voted_which_way_in_a_recorded_vote()
    {
        var resolution = AnItem().Resolve("That the budget be approved.", Vote.Recorded([For(1), Against(2), Abstain(3)]));

        Assert.Equal([(1, VoteChoice.For), (2, VoteChoice.Against), (3, VoteChoice.Abstain)],
            resolution.RecordedVotes.Select(v => (v.PersonId, v.Choice)));
        Assert.Equal(1, resolution.VotesFor);
        Assert.Equal(1, resolution.VotesAgainst);
        Assert.Equal(1, resolution.Abstentions);
    }

    [Theory]
    [InlineData(3, 1, 1)]
    [InlineData(2, 2, 1)]
    [InlineData(2, 1, 0)]
    public void Recorded_names_must_match_the_vote_counts(int votesFor, int against, int abstentions)
    {
        var item = AnItem();
        RecordedVoteLine[] names = [For(1), For(2), Against(3), Abstain(4)];

        Refused.Because("do not add up to the vote counts",
            () => item.Resolve("That the budget be approved.", new Vote(votesFor, against, abstentions, names)));
        Assert.Empty(item.Resolutions);
    }

    [Fact]
    public void A_member_can_vote_only_once_on_a_resolution()
    {
        var item = AnItem();

        Refused.Because("vote only once", () => item.Resolve("That the budget be approved.", Vote.Recorded([For(1), Against(1)])));
        Refused.Because("vote only once", () => item.Resolve("That the budget be approved.", Vote.Recorded([For(1), For(1)])));
        Assert.Empty(item.Resolutions);
    }

    [Fact]
    public void A_refused_resolution_does_not_use_up_a_number()
    {
        var item = AnItem();
        Assert.Throws<DomainException>(() => item.Resolve("That the budget be approved.", new Vote(-1, 0, 0)));

        var resolution = item.Resolve("That the budget be approved.", new Vote(30, 10, 0));

        Assert.Equal(1, resolution.Number);
    }
}
