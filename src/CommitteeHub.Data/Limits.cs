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

    /// <summary>A compiled query's second argument fixed and written into the SQL as a literal: for a value that is the
    /// same for many requests and on which the plan turns, such as today's date (EF.CompileAsyncQuery cannot take
    /// <see cref="EF.Constant{T}"/>, and a parameter is planned as above). Compile the result once per value.</summary>
    public static Expression<Func<TDb, TResult>> Written<TDb, TValue, TResult>(Expression<Func<TDb, TValue, TResult>> query, TValue value) =>
        Expression.Lambda<Func<TDb, TResult>>(
            new Seats.Substitution([query.Parameters[1]], [Expression.Constant(value, typeof(TValue))]).Visit(query.Body), query.Parameters[0]);
}
