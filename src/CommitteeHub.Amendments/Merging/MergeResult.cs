namespace CommitteeHub.Amendments;

/// <summary>The outcome of a rebase: the merged text in canonical Markdown, and the places where the two
/// amendments changed the same words differently. Where there is a conflict the merged text keeps the carried
/// (substantive) wording; a clerk decides what the pending amendment now means there.</summary>
public sealed record MergeResult(string Markdown, IReadOnlyList<Conflict> Conflicts)
{
    /// <summary>True when the pending amendment merged without conflicts.</summary>
    public bool IsClean => Conflicts.Count == 0;
}

/// <summary>A place where the carried and the pending amendment both changed the same words, differently.</summary>
/// <param name="Location">The block, as an order paper names it: "paragraph (a)", "the paragraph beginning '...'".</param>
/// <param name="BaseText">The words of the motion both amendments changed.</param>
/// <param name="CarriedText">What the carried amendment made of them (kept in the merged text).</param>
/// <param name="PendingText">What the pending amendment would have made of them.</param>
public sealed record Conflict(string Location, string BaseText, string CarriedText, string PendingText);

/// <summary>Two amendments that change the same words of a motion differently.</summary>
/// <param name="First">Index of the first amendment.</param>
/// <param name="Second">Index of the second amendment.</param>
/// <param name="Location">The block, as an order paper names it.</param>
/// <param name="BaseText">The words of the motion both change.</param>
/// <param name="FirstText">What the first amendment makes of them.</param>
/// <param name="SecondText">What the second amendment makes of them.</param>
public sealed record Collision(int First, int Second, string Location, string BaseText, string FirstText, string SecondText);
