using System.Globalization;
using Markdig;

namespace CommitteeHub.Documents.Papers;

/// <summary>Dates, times and lists written as English councils print them: "Wednesday 17 July 2019", "10.30am" (<see cref="Domain.CouncilDates"/>).</summary>
internal static class Formats
{
    public static string Date(DateOnly d) => Domain.CouncilDates.Day(d);

    public static string Time(TimeOnly t) => Domain.CouncilDates.Time(t);

    public static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>"8(a)", "8(a) and 9", "8(a), 9 and 12A".</summary>
    public static string Join(IEnumerable<string> parts)
    {
        var list = parts.ToList();
        return list.Count <= 1 ? string.Concat(list) : string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1];
    }

    public static string PlainText(string markdown) => Markdown.ToPlainText(markdown, Amendments.CouncilMarkdown.Pipeline).Trim();
}
