namespace CommitteeHub.Domain;

/// <summary>A paper was revised: before publication an edit; once published, a new version published at once, the
/// earlier one kept open to inspection.</summary>
public sealed record PaperRevised(int ItemId, int PaperId, string Title, int Version, bool Published) : CouncilEvent
{
    public override string Summary => Published
        ? $"Published version {Version} of \"{Title}\"; version {Version - 1} stays available."
        : $"Revised \"{Title}\" before publication.";
}
