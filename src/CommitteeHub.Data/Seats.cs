using System.Linq.Expressions;
using System.Reflection;
using CommitteeHub.Domain;
using Microsoft.EntityFrameworkCore;

namespace CommitteeHub.Data;

/// <summary>The one rule for who sat on a committee on a day (<see cref="Membership.IsCurrentOn"/>), written once as
/// an expression: in SQL through <see cref="SittingOn"/> and inside the access filters, in memory through
/// <see cref="Holds"/>, and in SQL written by hand through <see cref="IsHeldOnSql"/>.</summary>
public static class Seats
{
    /// <summary>Whether a seat is on the committee on the day.</summary>
    public static readonly Expression<Func<Membership, int, DateOnly, bool>> IsOn =
        (seat, committeeId, day) => seat.CommitteeId == committeeId && seat.From <= day && (seat.To == null || seat.To >= day);

    /// <summary>Whether a seat, on whatever committee, is held on the day: a councillor holding one sits on today's
    /// council; one whose seats have all ended is a former councillor.</summary>
    public static readonly Expression<Func<Membership, DateOnly, bool>> IsHeldOn =
        (seat, day) => seat.From <= day && (seat.To == null || seat.To >= day);

    /// <summary><see cref="IsOn"/> for a statement written by hand (<see cref="Statements"/>): whether the seat aliased
    /// <paramref name="seat"/> is held on the SQL date <paramref name="day"/> (the committee is the caller's join).</summary>
    public static string IsHeldOnSql(string seat, string day) => $"""({seat}."From" <= {day} AND ({seat}."To" IS NULL OR {seat}."To" >= {day}))""";

    private static readonly Func<Membership, int, DateOnly, bool> IsOnInMemory = IsOn.Compile();

    public static bool Holds(this Membership seat, int committeeId, DateOnly day) => IsOnInMemory(seat, committeeId, day);

    /// <summary>Who may vote on an item, as the vote-by-name form offers them: once the register is taken, those there
    /// to vote (<see cref="Meeting.VotingKinds"/>) and not out of the room for the item; before it, the committee's
    /// members that day. <see cref="Meeting.CheckVoters"/> holds the same rule when the vote is recorded.</summary>
    public static async Task<IReadOnlyList<(int Id, string Name)>> VotersOnAsync(this CouncilDb db, int meetingId, int itemId, int committeeId, DateOnly day, CancellationToken ct)
    {
        var people = await db.Attendance.AnyAsync(a => a.MeetingId == meetingId, ct)
            ? db.People.Where(p => db.Attendance.Any(a => a.MeetingId == meetingId && a.PersonId == p.Id && Meeting.VotingKinds.Contains(a.Kind))
                                   && !db.Declarations.Any(d => d.AgendaItemId == itemId && d.PersonId == p.Id && d.LeftTheRoom))
            : db.People.Where(p => db.Memberships.SittingOn(committeeId, day).Any(s => s.PersonId == p.Id));
        var found = await people.AsNoTracking().Select(p => new { p.Id, p.DisplayName, p.LastName }).ToListAsync(ct);
        return found.OrderBy(p => p.LastName, StringComparer.Ordinal).Select(p => (p.Id, p.DisplayName)).ToList();
    }

    public static IQueryable<Membership> SittingOn(this IQueryable<Membership> seats, int committeeId, DateOnly day) =>
        seats.Where(Inline<Func<Membership, bool>>(seat => IsOn.Compile()(seat, committeeId, day)));

    /// <summary>
    /// A query predicate in which each <c>rule.Compile()(arguments)</c>, with the rule a static expression such as
    /// <see cref="IsOn"/>, is replaced by the rule's own body applied to the arguments, so that a rule written once can
    /// be asked of another query's columns: <c>IsOn.Compile()(s, m.CommitteeId, DateOnly.FromDateTime(m.StartsAt))</c>
    /// becomes <c>s.CommitteeId = m."CommitteeId" AND s."From" &lt;= m."StartsAt"::date AND ...</c> in SQL. (EF Core
    /// cannot translate the call itself.)
    /// </summary>
    public static Expression<T> Inline<T>(Expression<T> predicate) => (Expression<T>)new Inliner().Visit(predicate);

    /// <summary>The query with every such rule inlined (as <see cref="Inline{T}"/>), wherever it is asked: in a key of
    /// an anonymous type, which <see cref="Inline{T}"/> cannot name.</summary>
    public static IQueryable<T> Inlined<T>(this IQueryable<T> query) => query.Provider.CreateQuery<T>(new Inliner().Visit(query.Expression));

    private sealed class Inliner : ExpressionVisitor
    {
        protected override Expression VisitInvocation(InvocationExpression node)
        {
            if (node.Expression is MethodCallExpression { Method.Name: nameof(LambdaExpression.Compile), Object: MemberExpression { Expression: null } rule }
                && Value(rule.Member) is LambdaExpression lambda)
            {
                var arguments = node.Arguments.Select(Visit).ToList();
                return Visit(new Substitution(lambda.Parameters, arguments!).Visit(lambda.Body));
            }
            return base.VisitInvocation(node);
        }

        private static object? Value(MemberInfo member) => member switch
        {
            FieldInfo f => f.GetValue(null),
            PropertyInfo p => p.GetValue(null),
            _ => null,
        };
    }

    internal sealed class Substitution(IReadOnlyList<ParameterExpression> parameters, IReadOnlyList<Expression> arguments) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node)
        {
            for (var i = 0; i < parameters.Count; i++)
                if (parameters[i] == node) return arguments[i];
            return node;
        }
    }
}
