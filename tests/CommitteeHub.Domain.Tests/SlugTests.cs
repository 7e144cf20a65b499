namespace CommitteeHub.Domain.Tests;

public class SlugTests
{
    [Theory]
    [InlineData("Children and Young People's Select Committee", "children-and-young-peoples-select-committee")]
    [InlineData("Children and Young People\u2019s Select Committee", "children-and-young-peoples-select-committee")]
    [InlineData("Planning Committee", "planning-committee")]
    [InlineData("  Health & Wellbeing -- Board  ", "health-wellbeing-board")]
    [InlineData("Café Société", "cafe-societe")]
    [InlineData("Cabinet 2025/26", "cabinet-2025-26")]
    [InlineData("ALL CAPS", "all-caps")]
    public void A_slug_is_made_from_a_name(string name, string slug) =>
        Assert.Equal(slug, Slug.From(name));

    [Theory]
    [InlineData("")]
    [InlineData("&&&")]
    [InlineData("---")]
    public void A_name_with_no_letters_or_digits_makes_an_empty_slug(string name) =>
        Assert.Equal("", Slug.From(name));

    [Fact]
    public void A_long_name_makes_a_slug_of_at_most_100_characters_that_does_not_end_in_a_hyphen()
    {
        var slug = Slug.From(new string('a', 99) + " bcd");

        Assert.Equal(new string('a', 99), slug);
        Assert.True(Slug.IsValid(slug));
    }

    [Theory]
    [InlineData("Children and Young People's Select Committee")]
    [InlineData("  Health & Wellbeing -- Board  ")]
    [InlineData("Cllr Chloé O'Brien")]
    [InlineData("The Quick, Brown Fox: Jumps Over (the) Lazy Dog!")]
    public void Every_slug_made_from_a_name_with_letters_is_valid(string name) =>
        Assert.True(Slug.IsValid(Slug.From(name)));

    [Fact]
    public void Every_slug_made_from_a_long_name_is_valid()
    {
        for (var length = 90; length <= 120; length++)
        {
            var name = string.Join(" ", Enumerable.Repeat("ab", length));
            Assert.True(Slug.IsValid(Slug.From(name)), $"From a name of {length} words");
        }
    }

    [Theory]
    [InlineData("planning")]
    [InlineData("planning-committee")]
    [InlineData("cabinet-2025-26")]
    [InlineData("a")]
    [InlineData("1")]
    public void Lower_case_letters_digits_and_single_hyphens_make_a_valid_slug(string slug) =>
        Assert.True(Slug.IsValid(slug));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Planning")]
    [InlineData("planning committee")]
    [InlineData("-planning")]
    [InlineData("planning-")]
    [InlineData("planning--committee")]
    [InlineData("planning_committee")]
    [InlineData("café")]
    public void Anything_else_is_not_a_valid_slug(string? slug) =>
        Assert.False(Slug.IsValid(slug));

    [Fact]
    public void A_slug_may_be_100_characters_but_not_101()
    {
        Assert.True(Slug.IsValid(new string('a', 100)));
        Assert.False(Slug.IsValid(new string('a', 101)));
    }

    [Fact]
    public void Requiring_a_valid_slug_returns_it() =>
        Assert.Equal("planning-committee", Slug.Require("planning-committee"));

    [Fact]
    public void Requiring_an_invalid_slug_is_refused_with_what_to_use() =>
        Refused.Because("use lower case letters, digits and hyphens", () => Slug.Require("Planning Committee"));
}
