namespace CommitteeHub.Domain;

/// <summary>The clerk saved an item's number, title, description, exemption and whether it is a budget decision.</summary>
public sealed record ItemRevised(int ItemId, string Number, string Title, int? ExemptParagraph) : CouncilEvent
{
    public override string Summary => $"Saved item {Number}, {Title}{(ExemptParagraph is { } paragraph ? $", exempt under paragraph {paragraph}" : "")}.";
}

/// <summary>An item was made, or stopped being, a budget decision, on which every vote is recorded by name.</summary>
public sealed record ItemMarkedAsBudgetDecision(int ItemId, string Number, bool IsBudgetDecision) : CouncilEvent
{
    public override string Summary => IsBudgetDecision
        ? $"Marked item {Number} as a budget decision: every vote on it is recorded by name."
        : $"Item {Number} is no longer a budget decision.";
}

/// <summary>The minutes of an item were written or corrected (with the words before its resolutions, and the
/// written summary for the public of an exempt item).</summary>
public sealed record ItemMinuted(int ItemId, string Number, string? MinuteNumber) : CouncilEvent
{
    public override string Summary => $"Saved the minutes of item {Number}.";
}

/// <summary>The words that introduce an item's resolutions were set: "Resolved that the Committee:".</summary>
public sealed record ResolutionsIntroduced(int ItemId, string Number, string? Preamble) : CouncilEvent
{
    public override string Summary => $"Set the words before the resolutions of item {Number}.";
}

public sealed record InterestDeclared(int ItemId, string Number, int PersonId, InterestKind Kind) : CouncilEvent
{
    public override string Summary => $"Recorded a declaration of interest on item {Number}.";
}

public sealed record DeclarationRemoved(int ItemId, string Number, int DeclarationId) : CouncilEvent
{
    public override string Summary => $"Removed a declaration of interest recorded in error on item {Number}.";
}

public sealed record ResolutionRecorded(int ItemId, string Number, int ResolutionNumber) : CouncilEvent
{
    public override string Summary => $"Recorded resolution {ResolutionNumber} on item {Number}.";
}

public sealed record ResolutionRemoved(int ItemId, string Number, int ResolutionNumber) : CouncilEvent
{
    public override string Summary => $"Removed resolution {ResolutionNumber} recorded in error on item {Number}.";
}
