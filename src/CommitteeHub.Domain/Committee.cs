namespace CommitteeHub.Domain;

public enum CommitteeKind { FullCouncil, Executive, Scrutiny, Board, Panel, Regulatory }

public enum MembershipRole { Chairman, ViceChairman, Member, CoOptedMember, Substitute }

public sealed class Membership
{
    private Membership() { }

    internal Membership(int personId, MembershipRole role, DateOnly from, DateOnly? to)
    {
        PersonId = personId;
        Role = role;
        From = from;
        To = to;
    }

    public int Id { get; private set; }
    public int CommitteeId { get; private set; }
    public int PersonId { get; private set; }
    public MembershipRole Role { get; private set; }
    public DateOnly From { get; private set; }
    public DateOnly? To { get; private set; }

    public bool IsCurrentOn(DateOnly day) => From <= day && (To is null || To >= day);

    internal bool Overlaps(DateOnly from, DateOnly? to) =>
        From <= (to ?? DateOnly.MaxValue) && from <= (To ?? DateOnly.MaxValue);

    internal void EndOn(DateOnly day)
    {
        if (day < From) throw new DomainException("A membership cannot end before it began.");
        To = day;
    }
}

/// <summary>A committee, board, panel or the full council: its remit and who sits on it, when, in what role.</summary>
public sealed class Committee
{
    private readonly List<Membership> _memberships = [];

    private Committee() { }

    public Committee(string name, CommitteeKind kind, string remit, string? slug = null)
    {
        Name = Guard.Required(name, "Committee name", 200);
        Kind = kind;
        Remit = Guard.Markdown(remit, "Remit", 20_000);
        Slug = CommitteeHub.Domain.Slug.Require(slug ?? CommitteeHub.Domain.Slug.From(Name));
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public string Slug { get; private set; } = "";
    public CommitteeKind Kind { get; private set; }
    public string Remit { get; private set; } = "";
    /// <summary>Members needed for the meeting to be quorate; null where the constitution sets none.</summary>
    public int? Quorum { get; private set; }
    public string? ContactOfficer { get; private set; }
    public uint Version { get; private set; }
    public IReadOnlyList<Membership> Memberships => _memberships;

    public Committee WithQuorum(int? quorum, string? contactOfficer)
    {
        if (quorum is < 1 or > 200) throw new DomainException("The quorum must be between 1 and 200 members.");
        Quorum = quorum;
        ContactOfficer = Guard.Optional(contactOfficer, "Contact officer", 300);
        return this;
    }

    /// <summary>Appoints a person to the committee. A person holds one seat at a time; a committee has one Chairman
    /// and one Vice-Chairman at a time.</summary>
    public Membership Appoint(int personId, MembershipRole role, DateOnly from, DateOnly? to = null)
    {
        if (to is not null && to < from)
            throw new DomainException("A membership cannot end before it begins.");
        if (_memberships.Any(m => m.PersonId == personId && m.Overlaps(from, to)))
            throw new DomainException("That person already sits on this committee for some of those dates.");
        if (role is MembershipRole.Chairman or MembershipRole.ViceChairman &&
            _memberships.Any(m => m.Role == role && m.Overlaps(from, to)))
            throw new DomainException($"The committee already has a {RoleName(role)} for some of those dates.");
        var membership = new Membership(personId, role, from, to);
        _memberships.Add(membership);
        return membership;
    }

    public void EndMembership(int personId, DateOnly on)
    {
        var current = _memberships.FirstOrDefault(m => m.PersonId == personId && m.IsCurrentOn(on))
            ?? throw new DomainException("That person is not a member of this committee on that date.");
        current.EndOn(on);
    }

    public bool IsMemberOn(int personId, DateOnly day) =>
        _memberships.Any(m => m.PersonId == personId && m.IsCurrentOn(day));

    public static string RoleName(MembershipRole role) => role switch
    {
        MembershipRole.Chairman => "Chairman",
        MembershipRole.ViceChairman => "Vice-Chairman",
        MembershipRole.CoOptedMember => "Co-opted Member",
        MembershipRole.Substitute => "Substitute",
        _ => "Member",
    };

    public static string KindName(CommitteeKind kind) => kind switch
    {
        CommitteeKind.FullCouncil => "Full Council",
        CommitteeKind.Executive => "Cabinet (Executive)",
        CommitteeKind.Scrutiny => "Select or Scrutiny Committee",
        CommitteeKind.Board => "Board",
        CommitteeKind.Panel => "Panel",
        _ => "Regulatory Committee",
    };
}
