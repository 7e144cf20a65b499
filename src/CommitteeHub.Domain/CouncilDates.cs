using System.Globalization;

namespace CommitteeHub.Domain;

/// <summary>How the council writes dates and times, "Friday 7 June 2019, 10am", "10.30am", "4pm", "noon": the same in
/// the record's own sentences (the events' summaries), on its pages, in its printed papers and in its notices.</summary>
public static class CouncilDates
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Day(DateTime d) => d.ToString("dddd d MMMM yyyy", English);
    public static string Day(DateOnly d) => Day(d.ToDateTime(TimeOnly.MinValue));
    public static string Time(DateTime d) => Time(TimeOnly.FromDateTime(d));

    public static string Time(TimeOnly time) => time switch
    {
        { Hour: 12, Minute: 0 } => "noon",
        { Hour: 0, Minute: 0 } => "midnight",
        { Minute: 0 } => $"{(time.Hour + 11) % 12 + 1}{(time.Hour < 12 ? "am" : "pm")}",
        _ => $"{(time.Hour + 11) % 12 + 1}.{time.Minute:00}{(time.Hour < 12 ? "am" : "pm")}",
    };
    public static string When(DateTime d) => $"{Day(d)}, {Time(d)}";
}
