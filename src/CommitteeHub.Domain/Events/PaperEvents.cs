namespace CommitteeHub.Domain;

/// <summary>A paper was revised: before publication an edit; once published, a new version published at once, the
/// earlier one kept open to inspection.</summary>
public sealed record PaperRevised(int ItemId, int PaperId, string Title, int Version, bool Published) : CouncilEvent
{
    public override string Summary => Published
        ? $"Published version {Version} of \"{Title}\"; version {Version - 1} stays available."
        : $"Revised \"{Title}\" before publication.";
}

/// <summary>A paper was written here, as a draft. Its id is not known when it is raised; the item's number and the
/// paper's title (unique on the item) name it.</summary>
public sealed record PaperWritten(int ItemId, string ItemNumber, string Title) : CouncilEvent
{
    public override string Summary => $"Wrote \"{Title}\" on item {ItemNumber} (draft).";
}

/// <summary>A paper was uploaded as a file, as a draft.</summary>
public sealed record PaperUploaded(int ItemId, string ItemNumber, string Title, string FileName) : CouncilEvent
{
    public override string Summary => $"Uploaded \"{Title}\" ({FileName}) on item {ItemNumber} (draft).";
}

public sealed record PaperSubmitted(int ItemId, int PaperId, string Title) : CouncilEvent
{
    public override string Summary => $"Submitted \"{Title}\".";
}

/// <summary>A paper was approved for publication; after the agenda is out it is published at once (a paper "to follow").</summary>
public sealed record PaperApproved(int ItemId, int PaperId, string Title, bool Published) : CouncilEvent
{
    public override string Summary => $"Approved \"{Title}\" for publication{(Published ? " and published it" : "")}.";
}

public sealed record PaperReturnedToDraft(int ItemId, int PaperId, string Title) : CouncilEvent
{
    public override string Summary => $"Returned \"{Title}\" to draft.";
}
