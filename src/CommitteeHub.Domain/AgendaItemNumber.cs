using System.Text.RegularExpressions;

namespace CommitteeHub.Domain;

/// <summary>
/// An agenda item's number as councils write it: "8", "8(a)", "8(a)(ii)", "12A", "3.1". Sorts in agenda order
/// ("2" before "10", "8" before "8(a)" before "8(b)" before "9").
/// </summary>
public static partial class AgendaItemNumber
{
    [GeneratedRegex(@"^(?<n>\d{1,3})(?<rest>(\([a-z]{1,4}\)|[A-Za-z]|\.\d{1,2})*)$")]
    private static partial Regex Pattern();

    public static string Normalise(string? number)
    {
        var text = (number ?? "").Replace(" ", "").Trim();
        if (text.Length == 0) throw new DomainException("An agenda item needs a number, such as 8 or 8(a).");
        if (!Pattern().IsMatch(text))
            throw new DomainException($"\"{number}\" is not an item number: write it as councils do, such as 8, 8(a), 8(a)(ii) or 12A.");
        return text;
    }

    /// <summary>A key that sorts item numbers in agenda order: the main number zero-padded, then the rest.</summary>
    public static string SortKey(string number)
    {
        var m = Pattern().Match(number);
        if (!m.Success) return number;
        return int.Parse(m.Groups["n"].Value).ToString("D4") + m.Groups["rest"].Value.ToLowerInvariant();
    }
}
