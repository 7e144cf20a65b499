namespace CommitteeHub.Domain.Tests;

public class PersonTests
{
    private static Person ACouncillor() => new(PersonKind.Councillor, "Cllr Tamoor Tariq", "Tamoor", "Tariq");
    private static Person AnOfficer() => new(PersonKind.Officer, "Jane Clerk", "Jane", "Clerk");

    [Fact]
    public void A_person_is_named_as_the_council_prints_the_name()
    {
        var person = new Person(PersonKind.Councillor, " Cllr Tamoor Tariq ", " Tamoor ", " Tariq ");

        Assert.Equal(PersonKind.Councillor, person.Kind);
        Assert.Equal("Cllr Tamoor Tariq", person.DisplayName);
        Assert.Equal("Tamoor", person.FirstName);
        Assert.Equal("Tariq", person.LastName);
        Assert.Equal("tamoor-tariq", person.Slug);
        Assert.Equal("Tariq, Tamoor", person.SortName);
    }

    [Fact]
    public void A_person_known_only_by_a_surname_is_sorted_and_addressed_by_it()
    {
        var person = new Person(PersonKind.CoOptee, "Mr Jones", "", "Jones");

        Assert.Equal("", person.FirstName);
        Assert.Equal("jones", person.Slug);
        Assert.Equal("Jones", person.SortName);
    }

    [Fact]
    public void Accents_and_apostrophes_are_dropped_from_a_persons_web_address() =>
        Assert.Equal("chloe-obrien", new Person(PersonKind.Councillor, "Cllr Chloé O'Brien", "Chloé", "O'Brien").Slug);

    [Fact]
    public void A_person_can_be_given_their_own_web_address() =>
        Assert.Equal("cllr-tariq-2", new Person(PersonKind.Councillor, "Cllr Tariq", "Tamoor", "Tariq", "cllr-tariq-2").Slug);

    [Fact]
    public void A_person_cannot_take_the_address_of_the_former_councillors_list()
    {
        var named = Assert.Throws<DomainException>(() => new Person(PersonKind.Councillor, "Mr Former", "", "Former"));
        Assert.Contains("\"former\" is the web address of a list of councillors", named.Message);
        Assert.Throws<DomainException>(() => new Person(PersonKind.Councillor, "Cllr Tariq", "Tamoor", "Tariq", "former"));
        Assert.Equal("former-tariq", new Person(PersonKind.Councillor, "Cllr Former Tariq", "Former", "Tariq").Slug);
    }

    [Fact]
    public void A_person_web_address_that_is_not_valid_is_refused() =>
        Refused.Because("not a valid web address name", () => new Person(PersonKind.Councillor, "Cllr Tariq", "Tamoor", "Tariq", "Cllr Tariq"));

    [Fact]
    public void A_person_needs_a_printed_name() =>
        Refused.Because("name as printed is required", () => new Person(PersonKind.Officer, " ", "Jane", "Clerk"));

    [Fact]
    public void A_person_needs_a_last_name() =>
        Refused.Because("Last name is required", () => new Person(PersonKind.Officer, "Jane", "Jane", ""));

    [Fact]
    public void A_councillor_represents_a_party_and_a_ward()
    {
        var councillor = ACouncillor().Representing(" Labour ", " Manningham ");

        Assert.Equal("Labour", councillor.Party);
        Assert.Equal("Manningham", councillor.Ward);
    }

    [Theory]
    [InlineData(PersonKind.Officer)]
    [InlineData(PersonKind.CoOptee)]
    public void Only_a_councillor_represents_a_party_or_a_ward(PersonKind kind)
    {
        var person = new Person(kind, "Jane Clerk", "Jane", "Clerk");

        Refused.Because("Only a councillor", () => person.Representing("Labour", null));
        Refused.Because("Only a councillor", () => person.Representing(null, "Manningham"));
        Assert.Null(person.Party);
        Assert.Null(person.Ward);
    }

    [Fact]
    public void An_officer_may_be_recorded_with_no_party_or_ward()
    {
        var officer = AnOfficer().Representing(null, null);

        Assert.Null(officer.Party);
        Assert.Null(officer.Ward);
    }

    [Fact]
    public void An_officer_holds_a_post()
    {
        var officer = AnOfficer().InPost(" Democratic Services Manager ");

        Assert.Equal("Democratic Services Manager", officer.JobTitle);
    }

    [Fact]
    public void Contact_details_are_kept()
    {
        var person = ACouncillor().WithContact(" tamoor.tariq@example.gov.uk ", " 01274 123456 ", "/photos/tariq.jpg");

        Assert.Equal("tamoor.tariq@example.gov.uk", person.Email);
        Assert.Equal("01274 123456", person.Telephone);
        Assert.Equal("/photos/tariq.jpg", person.PhotoUrl);
    }

    [Theory]
    [InlineData("tamoor.tariq")]
    [InlineData("tamoor tariq@example.gov.uk")]
    public void An_email_address_that_is_not_one_is_refused(string email)
    {
        var person = ACouncillor();

        Refused.Because("is not an email address", () => person.WithContact(email, null));
        Assert.Null(person.Email);
    }

    [Fact]
    public void A_blank_email_address_is_no_email_address() =>
        Assert.Null(ACouncillor().WithContact("  ", null).Email);
}
