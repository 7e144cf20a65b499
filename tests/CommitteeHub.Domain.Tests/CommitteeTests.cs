namespace CommitteeHub.Domain.Tests;

public class CommitteeTests
{
    private static readonly DateOnly May2024 = new(2024, 5, 20);
    private static readonly DateOnly May2025 = new(2025, 5, 19);

    private static Committee Planning() => new("Planning Committee", CommitteeKind.Regulatory, "Determines planning applications.");

    [Fact]
    public void A_committee_takes_its_web_address_from_its_name()
    {
        var committee = new Committee("  Children and Young People's Select Committee ", CommitteeKind.Scrutiny, "Scrutinises children's services.\r\n");

        Assert.Equal("Children and Young People's Select Committee", committee.Name);
        Assert.Equal("children-and-young-peoples-select-committee", committee.Slug);
        Assert.Equal(CommitteeKind.Scrutiny, committee.Kind);
        Assert.Equal("Scrutinises children's services.", committee.Remit);
        Assert.Empty(committee.Memberships);
    }

    [Fact]
    public void A_committee_can_be_given_its_own_web_address() =>
        Assert.Equal("cyp-select", new Committee("Children and Young People's Select Committee", CommitteeKind.Scrutiny, "", "cyp-select").Slug);

    [Theory]
    [InlineData("CYP Select")]
    [InlineData("cyp--select")]
    [InlineData("")]
    public void A_committee_web_address_that_is_not_valid_is_refused(string slug) =>
        Refused.Because("not a valid web address name", () => new Committee("Children's Select Committee", CommitteeKind.Scrutiny, "", slug));

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_committee_needs_a_name(string name) =>
        Refused.Because("Committee name is required", () => new Committee(name, CommitteeKind.Board, ""));

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(200)]
    [InlineData(null)]
    public void A_quorum_between_1_and_200_members_or_none_is_accepted(int? quorum)
    {
        var committee = Planning().WithQuorum(quorum, " Jane Clerk, Democratic Services ");

        Assert.Equal(quorum, committee.Quorum);
        Assert.Equal("Jane Clerk, Democratic Services", committee.ContactOfficer);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(201)]
    public void A_quorum_outside_1_to_200_is_refused(int quorum)
    {
        var committee = Planning();

        Refused.Because("quorum must be between 1 and 200", () => committee.WithQuorum(quorum, null));
        Assert.Null(committee.Quorum);
    }

    [Fact]
    public void Appointing_a_member_records_the_role_and_dates()
    {
        var committee = Planning();

        var membership = committee.Appoint(31, MembershipRole.Member, May2024, May2025);

        Assert.Same(membership, Assert.Single(committee.Memberships));
        Assert.Equal(31, membership.PersonId);
        Assert.Equal(MembershipRole.Member, membership.Role);
        Assert.Equal(May2024, membership.From);
        Assert.Equal(May2025, membership.To);
    }

    [Fact]
    public void A_membership_cannot_end_before_it_begins()
    {
        var committee = Planning();

        Refused.Because("cannot end before it begins", () => committee.Appoint(31, MembershipRole.Member, May2025, May2024));
        Assert.Empty(committee.Memberships);
    }

    [Fact]
    public void A_membership_may_begin_and_end_on_the_same_day()
    {
        var committee = Planning();

        committee.Appoint(31, MembershipRole.Substitute, May2024, May2024);

        Assert.True(committee.IsMemberOn(31, May2024));
        Assert.False(committee.IsMemberOn(31, May2024.AddDays(1)));
    }

    [Theory]
    [InlineData("2024-05-20", null, "2024-06-01", null)]
    [InlineData("2024-05-20", null, "2020-01-01", "2024-05-20")]
    [InlineData("2024-05-20", "2025-05-19", "2025-05-19", null)]
    [InlineData("2024-05-20", "2025-05-19", "2024-01-01", "2026-01-01")]
    [InlineData("2024-05-20", "2025-05-19", "2024-09-01", "2024-10-01")]
    public void A_person_holds_only_one_seat_on_a_committee_at_a_time(string from, string? to, string otherFrom, string? otherTo)
    {
        var committee = Planning();
        committee.Appoint(31, MembershipRole.Member, DateOnly.Parse(from), to is null ? null : DateOnly.Parse(to));

        Refused.Because("already sits on this committee",
            () => committee.Appoint(31, MembershipRole.ViceChairman, DateOnly.Parse(otherFrom), otherTo is null ? null : DateOnly.Parse(otherTo)));
        Assert.Single(committee.Memberships);
    }

    [Fact]
    public void A_person_can_return_to_a_committee_after_their_seat_ended()
    {
        var committee = Planning();
        committee.Appoint(31, MembershipRole.Member, May2024, May2025);

        committee.Appoint(31, MembershipRole.Chairman, May2025.AddDays(1));

        Assert.Equal(2, committee.Memberships.Count);
    }

    [Theory]
    [InlineData(MembershipRole.Chairman, "Chairman")]
    [InlineData(MembershipRole.ViceChairman, "Vice-Chairman")]
    public void A_committee_has_one_chairman_and_one_vice_chairman_at_a_time(MembershipRole role, string roleName)
    {
        var committee = Planning();
        committee.Appoint(31, role, May2024);

        Refused.Because($"already has a {roleName}", () => committee.Appoint(32, role, May2025));
        Assert.Single(committee.Memberships);
    }

    [Fact]
    public void A_chairman_and_a_vice_chairman_serve_together()
    {
        var committee = Planning();
        committee.Appoint(31, MembershipRole.Chairman, May2024);

        committee.Appoint(32, MembershipRole.ViceChairman, May2024);

        Assert.Equal(2, committee.Memberships.Count);
    }

    [Fact]
    public void Any_number_of_ordinary_members_and_substitutes_serve_together()
    {
        var committee = Planning();

        foreach (var person in Enumerable.Range(40, 10))
            committee.Appoint(person, person % 2 == 0 ? MembershipRole.Member : MembershipRole.Substitute, May2024);

        Assert.Equal(10, committee.Memberships.Count);
    }

    [Fact]
    public void A_new_chairman_can_be_appointed_after_the_previous_one_ended()
    {
        var committee = Planning();
        committee.Appoint(31, MembershipRole.Chairman, May2024);
        committee.EndMembership(31, May2025);

        var next = committee.Appoint(32, MembershipRole.Chairman, May2025.AddDays(1));

        Assert.Equal(MembershipRole.Chairman, next.Role);
        Assert.Equal(2, committee.Memberships.Count);
    }

    [Fact]
    public void A_new_chairman_cannot_start_while_the_previous_ones_term_still_runs()
    {
        var committee = Planning();
        committee.Appoint(31, MembershipRole.Chairman, May2024, May2025);

        Refused.Because("already has a Chairman", () => committee.Appoint(32, MembershipRole.Chairman, May2025));
    }

    [Fact]
    public void Ending_a_membership_sets_its_last_day()
    {
        var committee = Planning();
        var membership = committee.Appoint(31, MembershipRole.Member, May2024);

        committee.EndMembership(31, May2025);

        Assert.Equal(May2025, membership.To);
        Assert.True(committee.IsMemberOn(31, May2025));
        Assert.False(committee.IsMemberOn(31, May2025.AddDays(1)));
    }

    [Fact]
    public void Ending_a_membership_the_person_does_not_hold_on_that_day_is_refused()
    {
        var committee = Planning();
        committee.Appoint(31, MembershipRole.Member, May2024, May2025);

        Refused.Because("not a member of this committee on that date", () => committee.EndMembership(31, May2025.AddDays(1)));
        Refused.Because("not a member of this committee on that date", () => committee.EndMembership(99, May2024));
        Assert.Equal(May2025, committee.Memberships[0].To);
    }

    [Fact]
    public void Is_member_on_covers_the_first_and_last_day_of_the_seat()
    {
        var committee = Planning();
        committee.Appoint(31, MembershipRole.Member, May2024, May2025);

        Assert.False(committee.IsMemberOn(31, May2024.AddDays(-1)));
        Assert.True(committee.IsMemberOn(31, May2024));
        Assert.True(committee.IsMemberOn(31, new DateOnly(2024, 12, 1)));
        Assert.True(committee.IsMemberOn(31, May2025));
        Assert.False(committee.IsMemberOn(31, May2025.AddDays(1)));
        Assert.False(committee.IsMemberOn(32, new DateOnly(2024, 12, 1)));
    }

    [Fact]
    public void An_open_ended_seat_continues_indefinitely()
    {
        var committee = Planning();
        committee.Appoint(31, MembershipRole.CoOptedMember, May2024);

        Assert.True(committee.IsMemberOn(31, new DateOnly(2099, 1, 1)));
    }

    [Fact]
    public void Roles_and_kinds_have_names_a_council_prints()
    {
        Assert.Equal("Vice-Chairman", Committee.RoleName(MembershipRole.ViceChairman));
        Assert.Equal("Co-opted Member", Committee.RoleName(MembershipRole.CoOptedMember));
        Assert.Equal("Member", Committee.RoleName(MembershipRole.Member));
        Assert.Equal("Full Council", Committee.KindName(CommitteeKind.FullCouncil));
        Assert.Equal("Cabinet (Executive)", Committee.KindName(CommitteeKind.Executive));
        Assert.Equal("Regulatory Committee", Committee.KindName(CommitteeKind.Regulatory));
    }
}
