using CommitteeHub.Amendments.Text;

namespace CommitteeHub.Amendments.Tests;

public sealed class TokenizerTests
{
    private static string[] Texts(string s) => Tokenizer.Tokenize(s).Select(t => t.Text).ToArray();

    [Theory]
    [InlineData("£2.5m", "£2.5m")]
    [InlineData("2,500", "2,500")]
    [InlineData("10.30am", "10.30am")]
    [InlineData("2019/20", "2019/20")]
    [InlineData("15%", "15%")]
    [InlineData("7th", "7th")]
    [InlineData("€1,000,000", "€1,000,000")]
    public void A_number_or_amount_is_one_token(string text, string token) => Assert.Equal([token], Texts(text));

    [Fact]
    public void A_date_is_its_parts() => Assert.Equal(["7", "June", "2019"], Texts("7 June 2019"));

    [Fact]
    public void Punctuation_is_its_own_token() =>
        Assert.Equal(["services", ";", "and", "(", "b", ")", "the", "Council", "."], Texts("services; and (b) the Council."));

    [Fact]
    public void Apostrophes_and_hyphens_inside_a_word_keep_it_one_word() =>
        Assert.Equal(["Council's", "Vice-Chairman", "children’s"], Texts("Council's Vice-Chairman children’s"));

    [Fact]
    public void A_trailing_full_stop_or_comma_after_a_number_is_punctuation() =>
        Assert.Equal(["by", "2021", ".", "Then", "3", ",", "4"], Texts("by 2021. Then 3, 4"));

    [Fact]
    public void Whitespace_is_a_flag_not_a_token()
    {
        var tokens = Tokenizer.Tokenize("a  b,c");
        Assert.Equal(["a", "b", ",", "c"], tokens.Select(t => t.Text));
        Assert.Equal([false, true, false, false], tokens.Select(t => t.SpaceBefore));
    }

    [Fact]
    public void Letters_of_other_scripts_and_accents_are_words() =>
        Assert.Equal(["Cymraeg", "ŵyr", "naïve"], Texts("Cymraeg ŵyr naïve"));
}
