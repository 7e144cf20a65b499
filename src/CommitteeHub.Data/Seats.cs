using CommitteeHub.Domain;

namespace CommitteeHub.Data;

/// <summary>The one query for who sat on a committee on a day (<see cref="Membership.IsCurrentOn"/>, in SQL).</summary>
public static class Seats
{
    public static IQueryable<Membership> SittingOn(this IQueryable<Membership> seats, int committeeId, DateOnly day) =>
        seats.Where(s => s.CommitteeId == committeeId && s.From <= day && (s.To == null || s.To >= day));
}
