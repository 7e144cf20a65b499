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
        if (int.Parse(Pattern().Match(text).Groups["n"].Value) == 0)
            throw new DomainException("Agenda items are numbered from 1.");
        return text;
    }

    [GeneratedRegex(@"\((?<p>[a-z]{1,4})\)|\.(?<d>\d{1,2})|(?<l>[A-Za-z])")]
    private static partial Regex Parts();

    [GeneratedRegex("^[ivxlc]+$")]
    private static partial Regex Roman();

    /// <summary>A key that sorts item numbers in agenda order: every number zero-padded (so 3.2 comes before 3.10),
    /// letters as they are, and roman numerals below a lettered level by their value (so (v) comes before (ix)).</summary>
    public static string SortKey(string number)
    {
        var m = Pattern().Match(number);
        if (!m.Success) return number;
        var key = new System.Text.StringBuilder(int.Parse(m.Groups["n"].Value).ToString("D4"));
        var depth = 0;
        foreach (Match part in Parts().Matches(m.Groups["rest"].Value))
        {
            if (part.Groups["d"].Success) key.Append('.').Append(int.Parse(part.Groups["d"].Value).ToString("D3"));
            else if (part.Groups["l"].Success) key.Append('/').Append(char.ToLowerInvariant(part.Groups["l"].Value[0]));
            else
            {
                var inner = part.Groups["p"].Value;
                // "(i)" is the letter i at the first bracketed level and the numeral one below it.
                var isRoman = Roman().IsMatch(inner) && (depth > 0 || inner.Length > 1);
                key.Append('(').Append(isRoman ? "#" + RomanValue(inner).ToString("D3") : inner.PadRight(4, ' '));
                depth++;
            }
        }
        return key.ToString();
    }

    private static int RomanValue(string roman)
    {
        int Value(char c) => c switch { 'i' => 1, 'v' => 5, 'x' => 10, 'l' => 50, _ => 100 };
        var total = 0;
        for (var i = 0; i < roman.Length; i++)
        {
            var v = Value(roman[i]);
            total += i + 1 < roman.Length && Value(roman[i + 1]) > v ? -v : v;
        }
        return total;
    }

    /// <summary>The number of the item this one is a part of: "8" for "8(a)", "8(a)" for "8(a)(ii)", "" for "8".</summary>
    public static string Parent(string number)
    {
        var m = Pattern().Match(number);
        if (!m.Success) return "";
        var parts = Parts().Matches(m.Groups["rest"].Value);
        return parts.Count == 0 ? "" : number[..(m.Groups["rest"].Index + parts[^1].Index)];
    }

    /// <summary>Whether <paramref name="number"/> is <paramref name="ancestor"/> or one of its parts ("8(a)(ii)" is
    /// under "8(a)" and "8", but "80" is not under "8").</summary>
    public static bool IsUnder(string number, string ancestor)
    {
        if (string.Equals(number, ancestor, StringComparison.OrdinalIgnoreCase)) return true;
        for (var p = Parent(number); p.Length > 0; p = Parent(p))
            if (string.Equals(p, ancestor, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
