using System.Linq.Expressions;
using System.Reflection;
using CommitteeHub.Domain;

namespace CommitteeHub.Data;

/// <summary>The one rule for who sat on a committee on a day (<see cref="Membership.IsCurrentOn"/>), written once as
/// an expression: in SQL through <see cref="SittingOn"/> and inside the access filters, in memory through
/// <see cref="Holds"/>.</summary>
public static class Seats
{
    /// <summary>Whether a seat is on the committee on the day.</summary>
    public static readonly Expression<Func<Membership, int, DateOnly, bool>> IsOn =
        (seat, committeeId, day) => seat.CommitteeId == committeeId && seat.From <= day && (seat.To == null || seat.To >= day);

    private static readonly Func<Membership, int, DateOnly, bool> IsOnInMemory = IsOn.Compile();

    public static bool Holds(this Membership seat, int committeeId, DateOnly day) => IsOnInMemory(seat, committeeId, day);

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

    private sealed class Substitution(IReadOnlyList<ParameterExpression> parameters, IReadOnlyList<Expression> arguments) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node)
        {
            for (var i = 0; i < parameters.Count; i++)
                if (parameters[i] == node) return arguments[i];
            return node;
        }
    }
}
