using System.Linq.Expressions;

namespace CommitteeHub.Domain;

/// <summary>
/// A council's year, from its annual meeting in May to the next: committees are appointed for it, and their minutes are
/// numbered through it (the first minute after 1 May is 1 again).
/// </summary>
public readonly record struct MunicipalYear(int StartYear)
{
    private const int FirstMonth = 5;

    /// <summary>The municipal year a moment falls in: April 2026 belongs to the year begun in May 2025.</summary>
    public static MunicipalYear Of(DateTime at) => new(at.Month >= FirstMonth ? at.Year : at.Year - 1);

    /// <summary><see cref="Of"/> as a query expression, so the database counts a list year by year: asked inside a
    /// query as <c>MunicipalYear.StartYearOf.Compile()(m.StartsAt)</c>, which <c>Seats.Inlined</c> replaces by this
    /// body (EF Core cannot translate the call itself).</summary>
    public static readonly Expression<Func<DateTime, int>> StartYearOf = at => at.Month >= FirstMonth ? at.Year : at.Year - 1;

    /// <summary><see cref="StartYearOf"/> for a day.</summary>
    public static readonly Expression<Func<DateOnly, int>> StartYearOfDay = day => day.Month >= FirstMonth ? day.Year : day.Year - 1;

    public DateTime Start => new(StartYear, FirstMonth, 1);

    /// <summary>The start of the next year, which is not in this one.</summary>
    public DateTime End => Start.AddYears(1);

    public override string ToString() => $"{StartYear}/{(StartYear + 1) % 100:00}";
}
