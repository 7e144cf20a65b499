using System.Text.RegularExpressions;

namespace CommitteeHub.Documents.Layout;

/// <summary>
/// Web and email addresses written as plain text (the agenda's contact details, a minute's "www.example.gov.uk")
/// made into links, so that every address in a paper is clickable whether it came from Markdown or from wording.
/// </summary>
internal static partial class Addresses
{
    /// <summary>The runs with each address in a run of its own that links to it; runs already linked, and page
    /// references, are left as they are.</summary>
    public static IReadOnlyList<Run> Linked(IReadOnlyList<Run> runs)
    {
        if (!runs.Any(r => r.Link is null && r.PageOf is null && Address().IsMatch(r.Text))) return runs;
        var result = new List<Run>();
        foreach (var run in runs)
        {
            if (run.Link is not null || run.PageOf is not null) { result.Add(run); continue; }
            var at = 0;
            foreach (Match m in Address().Matches(run.Text))
            {
                if (m.Index > at) result.Add(run with { Text = run.Text[at..m.Index] });
                result.Add(run with { Text = m.Value, Link = Target(m.Value) });
                at = m.Index + m.Length;
            }
            if (at < run.Text.Length) result.Add(run with { Text = run.Text[at..] });
        }
        return result;
    }

    private static string Target(string address) =>
        address.Contains('@') && !address.Contains("://", StringComparison.Ordinal) ? "mailto:" + address
        : address.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? "https://" + address
        : address;

    // An address ends before the punctuation of the sentence it is in ("see www.example.gov.uk.").
    [GeneratedRegex(@"\b(?:https?://|www\.)[^\s<>""]*[^\s<>"".,;:!?)\]'’]|\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex Address();
}
