namespace CommitteeHub.Domain.Tests;

public class Schedule12ATests
{
    public static TheoryData<int> EveryParagraph() => new(Enumerable.Range(1, 7));

    [Theory]
    [MemberData(nameof(EveryParagraph))]
    public void Paragraphs_1_to_7_are_paragraphs_of_schedule_12A(int paragraph)
    {
        Assert.True(Schedule12A.IsParagraph(paragraph));
        Assert.EndsWith(".", Schedule12A.Describe(paragraph));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    [InlineData(-1)]
    [InlineData(12)]
    [InlineData(18)]
    public void No_other_number_is_a_paragraph_of_schedule_12A(int paragraph)
    {
        Assert.False(Schedule12A.IsParagraph(paragraph));
        Refused.Because("paragraphs 1 to 7", () => Schedule12A.Describe(paragraph));
    }

    [Theory]
    [InlineData(1, "relating to any individual")]
    [InlineData(2, "reveal the identity of an individual")]
    [InlineData(3, "financial or business affairs")]
    [InlineData(4, "labour relations")]
    [InlineData(5, "legal professional privilege")]
    [InlineData(6, "notice")]
    [InlineData(7, "prevention, investigation or prosecution of crime")]
    public void Each_paragraph_is_described_in_the_words_of_the_act(int paragraph, string words) =>
        Assert.Contains(words, Schedule12A.Describe(paragraph));

    [Fact]
    public void The_seven_descriptions_are_all_different() =>
        Assert.Equal(7, Enumerable.Range(1, 7).Select(Schedule12A.Describe).Distinct().Count());
}
