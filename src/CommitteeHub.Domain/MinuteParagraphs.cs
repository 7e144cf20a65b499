namespace CommitteeHub.Domain;

/// <summary>
/// How an item's minute is set out in paragraphs, the same on the page and in print: minute 13's own text is 13.1 and
/// its resolutions follow as 13.2. Resolutions none of which was voted on make one paragraph ("Resolved that the
/// Committee:" with its points 1, 2, 3); once any was voted on, each is a paragraph of its own, with its vote.
/// The numbers are worked out, never typed: a number typed into the text would go out of step with them.
/// </summary>
public static class MinuteParagraphs
{
    public static string Number(string minuteNumber, int paragraph) => $"{minuteNumber}.{paragraph}";

    /// <summary>The resolutions, in their order, grouped into the paragraphs that print them.</summary>
    public static IReadOnlyList<IReadOnlyList<T>> OfResolutions<T>(IReadOnlyList<T> resolutions, Func<T, bool> votedOn) =>
        resolutions.Count == 0 ? []
        : resolutions.Any(votedOn) ? [.. resolutions.Select(r => (IReadOnlyList<T>)[r])]
        : [resolutions];
}
