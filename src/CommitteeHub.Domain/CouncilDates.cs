using System.Globalization;

namespace CommitteeHub.Domain;

/// <summary>How the council writes dates and times, "Friday 7 June 2019, 10.00am": in the record's own sentences (the
/// events' summaries) as on its pages.</summary>
public static class CouncilDates
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Day(DateTime d) => d.ToString("dddd d MMMM yyyy", English);
    public static string Day(DateOnly d) => Day(d.ToDateTime(TimeOnly.MinValue));
    public static string Time(DateTime d) => d.ToString("h.mm", CultureInfo.InvariantCulture) + (d.Hour < 12 ? "am" : "pm");
    public static string When(DateTime d) => $"{Day(d)}, {Time(d)}";
}
