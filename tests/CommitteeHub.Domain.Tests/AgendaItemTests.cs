namespace CommitteeHub.Domain.Tests;

public class AgendaItemTests
{
    private static AgendaItem AnItem() => AMeeting.Scheduled().AddItem("8", "Land at Mill Lane: disposal", "To consider the sale of land.");

    [Fact]
    public void An_item_has_a_number_a_title_and_a_description()
    {
        var item = AMeeting.Scheduled().AddItem("8", "  Land at Mill Lane  ", "To consider\r\nthe sale.");

        Assert.Equal("8", item.Number);
        Assert.Equal("Land at Mill Lane", item.Title);
        Assert.Equal("To consider\nthe sale.", item.Description);
        Assert.False(item.IsExempt);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void An_item_needs_a_title(string title) =>
        Refused.Because("Item title is required", () => AMeeting.Scheduled().AddItem("8", title));

    [Fact]
    public void An_item_title_longer_than_300_characters_is_refused() =>
        Refused.Because("300 characters or fewer", () => AMeeting.Scheduled().AddItem("8", new string('x', 301)));

    [Fact]
    public void Describing_an_item_again_changes_its_title_and_description()
    {
        var item = AnItem();

        item.Describe("Land at Mill Lane: disposal (revised)", null);

        Assert.Equal("Land at Mill Lane: disposal (revised)", item.Title);
        Assert.Equal("", item.Description);
        Refused.Because("Item title is required", () => item.Describe(" ", "x"));
        Assert.Equal("Land at Mill Lane: disposal (revised)", item.Title);
    }

    public static TheoryData<int> EveryParagraph() => new(Enumerable.Range(1, 7));

    [Theory]
    [MemberData(nameof(EveryParagraph))]
    public void An_item_can_be_exempt_under_each_paragraph_of_schedule_12A(int paragraph)
    {
        var item = AnItem();

        item.MarkExempt(paragraph, "The public interest in withholding outweighs disclosure.", ExemptAccess.StaffOnly);

        Assert.True(item.IsExempt);
        Assert.Equal(paragraph, item.ExemptParagraph);
        Assert.Equal("The public interest in withholding outweighs disclosure.", item.PublicInterestStatement);
        Assert.Equal(ExemptAccess.StaffOnly, item.ExemptAccess);
    }

    [Fact]
    public void Exempt_papers_are_open_to_committee_members_unless_restricted()
    {
        var item = AnItem();

        item.MarkExempt(3, "Commercially sensitive terms.");

        Assert.Equal(ExemptAccess.CommitteeMembers, item.ExemptAccess);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    [InlineData(-1)]
    [InlineData(12)]
    public void An_item_cannot_be_exempt_under_a_paragraph_schedule_12A_does_not_have(int paragraph)
    {
        var item = AnItem();

        var refusal = Refused.Because("paragraphs 1 to 7", () => item.MarkExempt(paragraph, "Some statement."));

        Assert.Contains(paragraph.ToString(), refusal.Message);
        Assert.False(item.IsExempt);
        Assert.Null(item.ExemptParagraph);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void An_item_cannot_be_exempt_without_the_public_interest_test_stated(string? statement)
    {
        var item = AnItem();

        Refused.Because("public interest statement", () => item.MarkExempt(1, statement!));
        Assert.False(item.IsExempt);
        Assert.Null(item.ExemptParagraph);
        Assert.Null(item.PublicInterestStatement);
    }

    [Fact]
    public void Making_an_item_public_clears_its_exemption()
    {
        var item = AnItem();
        item.MarkExempt(5, "Legal advice to the council.", ExemptAccess.StaffOnly);

        item.MakePublic();

        Assert.False(item.IsExempt);
        Assert.Null(item.ExemptParagraph);
        Assert.Null(item.PublicInterestStatement);
        Assert.Equal(ExemptAccess.CommitteeMembers, item.ExemptAccess);
    }

    [Fact]
    public void Documents_are_attached_to_an_item()
    {
        var item = AnItem();
        var report = Document.Written("Report of the Head of Property", DocumentKind.Report, "Head of Property", "# Summary");

        item.AttachDocument(report);

        Assert.Same(report, Assert.Single(item.Documents));
    }

    [Fact]
    public void Two_documents_on_one_item_cannot_share_a_title()
    {
        var item = AnItem();
        item.AttachDocument(Document.Written("Appendix A", DocumentKind.Appendix, null, "Plan"));

        Refused.Because("already has a document called \"appendix a\"",
            () => item.AttachDocument(Document.Written("appendix a", DocumentKind.Appendix, null, "Other plan")));
        Assert.Single(item.Documents);
    }

    [Theory]
    [InlineData("13", "13")]
    [InlineData(" 125 ", "125")]
    [InlineData(null, null)]
    [InlineData("", null)]
    public void Minutes_are_recorded_with_an_optional_minute_number(string? written, string? kept)
    {
        var item = AnItem();

        item.RecordMinutes(written, "The committee considered the report.\r\n");

        Assert.Equal(kept, item.MinuteNumber);
        Assert.Equal("The committee considered the report.", item.MinutesText);
    }

    [Theory]
    [InlineData("13.1")]
    [InlineData("13.1.2")]
    [InlineData("Min 13")]
    [InlineData("1234")]
    [InlineData("13.")]
    public void A_minute_number_is_the_minutes_own_whole_number_never_one_of_its_paragraphs(string minuteNumber)
    {
        var item = AnItem();

        Refused.Because("is not a minute number", () => item.RecordMinutes(minuteNumber, "Text."));
        Assert.Null(item.MinuteNumber);
        Assert.Null(item.MinutesText);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Minutes_need_some_text(string text)
    {
        var item = AnItem();

        Refused.Because("Minutes is required", () => item.RecordMinutes("13", text));
        Assert.Null(item.MinutesText);
    }

    [Theory]
    [InlineData(InterestKind.OtherRegistrable, false, false)]
    [InlineData(InterestKind.NonRegistrable, false, false)]
    [InlineData(InterestKind.DisclosablePecuniary, true, false)]
    [InlineData(InterestKind.DisclosablePecuniary, false, true)]
    [InlineData(InterestKind.DisclosablePecuniary, true, true)]
    public void A_declaration_of_interest_is_minuted_with_the_item(InterestKind kind, bool leftTheRoom, bool dispensation)
    {
        var item = AnItem();

        var declaration = item.DeclareInterest(21, kind, "  Owns land adjoining the site. ", leftTheRoom, dispensation);

        Assert.Same(declaration, Assert.Single(item.Declarations));
        Assert.Equal(21, declaration.PersonId);
        Assert.Equal(kind, declaration.Kind);
        Assert.Equal("Owns land adjoining the site.", declaration.Nature);
        Assert.Equal(leftTheRoom, declaration.LeftTheRoom);
        Assert.Equal(dispensation, declaration.DispensationGranted);
    }

    [Fact]
    public void A_member_with_a_disclosable_pecuniary_interest_must_leave_the_room_or_hold_a_dispensation()
    {
        var item = AnItem();

        Refused.Because("left the room, or the dispensation",
            () => item.DeclareInterest(21, InterestKind.DisclosablePecuniary, "Owns the site.", leftTheRoom: false, dispensationGranted: false));
        Assert.Empty(item.Declarations);
    }

    [Fact]
    public void A_declaration_needs_the_nature_of_the_interest()
    {
        var item = AnItem();

        Refused.Because("nature of the interest is required", () => item.DeclareInterest(21, InterestKind.OtherRegistrable, " ", false));
        Assert.Empty(item.Declarations);
    }

    [Fact]
    public void A_member_declares_each_kind_of_interest_once_per_item()
    {
        var item = AnItem();
        item.DeclareInterest(21, InterestKind.OtherRegistrable, "Trustee of the Mill Lane Trust.", false);

        Refused.Because("already declared an interest of that kind",
            () => item.DeclareInterest(21, InterestKind.OtherRegistrable, "Again.", false));
        item.DeclareInterest(21, InterestKind.DisclosablePecuniary, "Owns the site.", leftTheRoom: true);
        item.DeclareInterest(22, InterestKind.OtherRegistrable, "Trustee of the Mill Lane Trust.", false);

        Assert.Equal(3, item.Declarations.Count);
    }

    [Fact]
    public void Each_kind_of_interest_has_a_name_for_the_minutes()
    {
        Assert.Equal("Disclosable pecuniary interest", Declaration.KindName(InterestKind.DisclosablePecuniary));
        Assert.Equal("Other registrable interest", Declaration.KindName(InterestKind.OtherRegistrable));
        Assert.Equal("Non-registrable interest", Declaration.KindName(InterestKind.NonRegistrable));
    }

    [Fact]
    public void The_resolutions_of_an_item_can_be_introduced_by_a_preamble()
    {
        var item = AnItem();

        item.IntroduceResolutionsWith("  Resolved that the Committee:  ");
        Assert.Equal("Resolved that the Committee:", item.ResolutionPreamble);

        item.IntroduceResolutionsWith("");
        Assert.Null(item.ResolutionPreamble);
    }
}
