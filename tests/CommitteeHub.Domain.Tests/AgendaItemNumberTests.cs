namespace CommitteeHub.Domain.Tests;

public class AgendaItemNumberTests
{
    [Theory]
    [InlineData("8", "8")]
    [InlineData("8(a)", "8(a)")]
    [InlineData("8(a)(ii)", "8(a)(ii)")]
    [InlineData("12A", "12A")]
    [InlineData("3.1", "3.1")]
    [InlineData("3.10", "3.10")]
    [InlineData("999", "999")]
    [InlineData("8 (a)", "8(a)")]
    [InlineData(" 8 (a) (ii) ", "8(a)(ii)")]
    [InlineData("12 A", "12A")]
    [InlineData("\t5 ", "5")]
    public void Numbers_written_as_councils_write_them_are_accepted_and_normalised(string written, string normalised) =>
        Assert.Equal(normalised, AgendaItemNumber.Normalise(written));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void An_item_needs_a_number(string? written) =>
        Refused.Because("needs a number", () => AgendaItemNumber.Normalise(written));

    [Theory]
    [InlineData("a")]
    [InlineData("8(")]
    [InlineData("8()")]
    [InlineData("8(a")]
    [InlineData("8)")]
    [InlineData("(a)8")]
    [InlineData("1234")]
    [InlineData("-1")]
    [InlineData("8.")]
    [InlineData("8.123")]
    [InlineData("8/1")]
    [InlineData("eight")]
    public void Anything_else_is_not_an_item_number(string written)
    {
        var refusal = Refused.Because("is not an item number", () => AgendaItemNumber.Normalise(written));
        Assert.Contains("8(a)", refusal.Message);
    }

    private static List<string> InAgendaOrder(params string[] numbers) =>
        numbers.OrderBy(AgendaItemNumber.SortKey, StringComparer.Ordinal).ToList();

    [Fact]
    public void Two_sorts_before_ten() =>
        Assert.Equal(["2", "10"], InAgendaOrder("10", "2"));

    [Fact]
    public void Sub_items_sort_after_their_item_and_before_the_next()
    {
        string[] agendaOrder = ["1", "2", "8", "8(a)", "8(b)", "9", "10", "12", "12A", "13", "100"];

        foreach (var seed in Enumerable.Range(0, 20))
        {
            var random = new Random(seed);
            var shuffled = agendaOrder.OrderBy(_ => random.Next()).ToArray();
            Assert.Equal(agendaOrder, InAgendaOrder(shuffled));
        }
    }

    [Fact]
    public void Sub_sub_items_sort_within_their_sub_item() =>
        Assert.Equal(["8(a)", "8(a)(i)", "8(a)(ii)", "8(b)"], InAgendaOrder("8(b)", "8(a)(ii)", "8(a)", "8(a)(i)"));

    [Fact]
    public void Decimal_sub_items_sort_in_numeric_order() =>
        Assert.Equal(["3", "3.1", "3.2", "3.10", "4"], InAgendaOrder("3.10", "4", "3.2", "3", "3.1"));

    [Fact]
    public void Roman_numeral_sub_items_sort_in_numeric_order() =>
        Assert.Equal(["8(a)(iv)", "8(a)(v)", "8(a)(ix)", "8(a)(x)"], InAgendaOrder("8(a)(x)", "8(a)(ix)", "8(a)(v)", "8(a)(iv)"));

    [Fact]
    public void The_sort_key_ignores_the_case_of_a_letter_suffix() =>
        Assert.Equal(AgendaItemNumber.SortKey("12a"), AgendaItemNumber.SortKey("12A"));

    [Fact]
    public void An_item_on_a_meeting_carries_its_sort_key()
    {
        var item = AMeeting.Scheduled().AddItem("8 (b)", "Planning application 24/0002");

        Assert.Equal(AgendaItemNumber.SortKey("8(b)"), item.SortKey);
        Assert.StartsWith("0008", item.SortKey);
    }
}
