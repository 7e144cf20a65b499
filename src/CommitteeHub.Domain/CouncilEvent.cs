using System.ComponentModel.DataAnnotations.Schema;
using System.Text.Json.Serialization;

namespace CommitteeHub.Domain;

/// <summary>
/// Something that happened to the council's record that others must know of: an agenda published, a meeting moved, a
/// motion carried. The aggregate that took the step raises it (<see cref="AggregateRoot.Raise"/>); it is saved to the
/// outbox in the same transaction as the step, written into the audit trail in its <see cref="Summary"/>, and handed to
/// the consumers (the public page cache today; alerts, feeds and the API's <c>updated_since</c> next) once saved.
/// An event is serialized after the step is saved, so ids given by the database are known by then: an event about a
/// new part holds the part itself (ignored by the serializer) and reads its id from it.
/// </summary>
public abstract record CouncilEvent
{
    /// <summary>What happened, in the words of the audit trail and of the confirmation the clerk sees: "Published the agenda."</summary>
    [JsonIgnore] public abstract string Summary { get; }

    /// <summary>The meeting whose audit trail records it, when it happened to (or at) a meeting.</summary>
    [JsonIgnore] public virtual int? MeetingId => null;
}

/// <summary>An aggregate root: the one object through which its parts change, and which raises the events.</summary>
public abstract class AggregateRoot
{
    private readonly List<CouncilEvent> _events = [];

    /// <summary>Raised and not yet saved.</summary>
    [NotMapped] public IReadOnlyList<CouncilEvent> Events => _events;

    protected void Raise(CouncilEvent e) => _events.Add(e);

    public void ClearEvents() => _events.Clear();
}
