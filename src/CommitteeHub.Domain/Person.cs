namespace CommitteeHub.Domain;

public enum PersonKind { Councillor, Officer, CoOptee }

/// <summary>A councillor, officer or co-optee, named as the council prints the name ("Mr Jones", "Cllr Tamoor Tariq").</summary>
public sealed class Person
{
    private Person() { }

    public Person(PersonKind kind, string displayName, string firstName, string lastName, string? slug = null)
    {
        Kind = kind;
        DisplayName = Guard.Required(displayName, "The name as printed", 200);
        FirstName = Guard.Optional(firstName, "First name", 100) ?? "";
        LastName = Guard.Required(lastName, "Last name", 100);
        Slug = CommitteeHub.Domain.Slug.Require(slug ?? CommitteeHub.Domain.Slug.From($"{FirstName} {LastName}"));
        if (ListAddresses.Contains(Slug))
            throw new DomainException($"\"{Slug}\" is the web address of a list of councillors, so it cannot also be one councillor's: give this person another.");
    }

    /// <summary>Addresses under /councillors/ that are lists, not a councillor: a councillor given one of these would
    /// be out of reach, since the list's fixed address is matched first.</summary>
    public static readonly IReadOnlySet<string> ListAddresses = new HashSet<string>(StringComparer.Ordinal) { "former" };

    public int Id { get; private set; }
    public string Slug { get; private set; } = "";
    public PersonKind Kind { get; private set; }
    public string DisplayName { get; private set; } = "";
    public string FirstName { get; private set; } = "";
    public string LastName { get; private set; } = "";
    public string? Party { get; private set; }
    /// <summary>Ward or electoral division the councillor represents.</summary>
    public string? Ward { get; private set; }
    /// <summary>An officer's post, or a co-optee's organisation.</summary>
    public string? JobTitle { get; private set; }
    public string? Email { get; private set; }
    public string? Telephone { get; private set; }
    public string? PhotoUrl { get; private set; }

    public string SortName => string.IsNullOrEmpty(FirstName) ? LastName : $"{LastName}, {FirstName}";

    public Person Representing(string? party, string? ward)
    {
        if (Kind != PersonKind.Councillor && (party is not null || ward is not null))
            throw new DomainException("Only a councillor represents a party or a ward.");
        Party = Guard.Optional(party, "Party", 100);
        Ward = Guard.Optional(ward, "Ward or division", 150);
        return this;
    }

    public Person InPost(string? jobTitle)
    {
        JobTitle = Guard.Optional(jobTitle, "Job title", 200);
        return this;
    }

    public Person WithContact(string? email, string? telephone, string? photoUrl = null)
    {
        email = Guard.Optional(email, "Email", 200);
        if (email is not null && (!email.Contains('@') || email.Contains(' ')))
            throw new DomainException($"\"{email}\" is not an email address.");
        Email = email;
        Telephone = Guard.Optional(telephone, "Telephone", 40);
        PhotoUrl = Guard.Optional(photoUrl, "Photo", 400);
        return this;
    }
}
