using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace CommitteeHub.Data;

/// <summary>
/// A LIMIT written into the SQL, not sent as a parameter. EF Core sends <c>Take(n)</c> as a parameter even when n is a
/// constant, and PostgreSQL cannot plan a prepared statement once for a LIMIT it does not know: its plan for "any
/// limit" assumes a tenth of the rows, costs more than a plan for the limit in hand, and so it plans the statement
/// afresh on every execution. On the county the decision register's two such statements were planned on every
/// request (0.66 and 0.29 ms each, pg_stat_statements), where with the number written in they are planned once a
/// connection. Use it for a fixed page size, never for a number a reader sends (each number is a statement of its own).
/// </summary>
public static class Limits
{
    private static readonly MethodInfo Take = new Func<IQueryable<object>, int, IQueryable<object>>(Queryable.Take).Method.GetGenericMethodDefinition();
    private static readonly MethodInfo Constant = new Func<int, int>(EF.Constant).Method;

    /// <summary><c>Take(count)</c>, with count written into the SQL (<see cref="EF.Constant{T}"/>, which Take's own
    /// argument cannot hold).</summary>
    public static IQueryable<T> TakeWritten<T>(this IQueryable<T> source, int count) =>
        source.Provider.CreateQuery<T>(Expression.Call(Take.MakeGenericMethod(typeof(T)), source.Expression,
            Expression.Call(Constant, Expression.Constant(count))));
}
