using CommitteeHub.Data;
using CommitteeHub.Domain;
using CommitteeHub.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CommitteeHub.Web.Pages.Clerk;

/// <summary>What the handlers of the steps on a meeting share: the meeting is loaded with its agenda and register, the
/// step taken on it (one method of the meeting, which raises the event), and the whole saved by <see cref="Recording"/>.</summary>
internal static class MeetingSteps
{
    public static async ValueTask<Outcome> TakeAsync(CouncilDb db, Recording recording, int meetingId, Action<Meeting> step, CancellationToken ct)
    {
        if (await Clerking.LoadMeetingAsync(db, meetingId, ct) is not { } meeting) return Outcome.NotFound;
        step(meeting);
        return await recording.SaveAsync(ct);
    }

    /// <summary>A step on the meeting itself, whose form carries the version it was shown with: checked after the step,
    /// so that a step the rules refuse anyway is refused with the rule's reason.</summary>
    public static ValueTask<Outcome> TakeAsync(CouncilDb db, Recording recording, int meetingId, uint? version, Action<Meeting> step, CancellationToken ct) =>
        TakeAsync(db, recording, meetingId, m =>
        {
            step(m);
            Clerking.ExpectVersion(db, m, version);
        }, ct);

    /// <summary>The committee's meeting before this one whose minutes it approves: the latest earlier one that took place
    /// (not cancelled or postponed).</summary>
    public static IQueryable<Meeting> PreviousOf(this IQueryable<Meeting> meetings, Meeting m) =>
        meetings.Where(p => p.CommitteeId == m.CommitteeId && p.StartsAt < m.StartsAt && p.Status != MeetingStatus.Cancelled && p.Status != MeetingStatus.Postponed)
            .OrderByDescending(p => p.StartsAt).Take(1);
}
