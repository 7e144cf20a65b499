namespace CommitteeHub.Domain;

/// <summary>A time of day as the council writes it, the same on the web pages, in the printed papers and in notices:
/// "10am", "10.30am", "4pm", "noon", "midnight".</summary>
public static class CouncilTime
{
    public static string Words(TimeOnly time) => time switch
    {
        { Hour: 12, Minute: 0 } => "noon",
        { Hour: 0, Minute: 0 } => "midnight",
        { Minute: 0 } => $"{(time.Hour + 11) % 12 + 1}{(time.Hour < 12 ? "am" : "pm")}",
        _ => $"{(time.Hour + 11) % 12 + 1}.{time.Minute:00}{(time.Hour < 12 ? "am" : "pm")}",
    };
}
