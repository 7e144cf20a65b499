using CommitteeHub.Data;
using CommitteeHub.Domain;
using Microsoft.EntityFrameworkCore;

namespace CommitteeHub.Tests.Support;

/// <summary>Finds the demo council's landmarks (the seed documents' meetings, the exempt items) by what they are,
/// not by generated ids.</summary>
public static class Demo
{
    public static async Task<int> CouncilMeetingOf7June2019(CouncilDb db) =>
        await db.Meetings.Where(m => m.StartsAt.Date == new DateTime(2019, 6, 7))
            .Join(db.Committees.Where(c => c.Kind == CommitteeKind.FullCouncil), m => m.CommitteeId, c => c.Id, (m, c) => m.Id)
            .SingleAsync();

    public static async Task<int> SelectCommitteeMeetingOf17July2019(CouncilDb db) =>
        await db.Meetings.Where(m => m.StartsAt.Date == new DateTime(2019, 7, 17))
            .Join(db.Committees.Where(c => c.Kind == CommitteeKind.Scrutiny), m => m.CommitteeId, c => c.Id, (m, c) => m.Id)
            .FirstAsync();

    public static Task<Motion> MotionByMrJones(CouncilDb db) =>
        db.Motions.Include(m => m.Amendments).SingleAsync(m => m.Title.Contains("Mr Jones"));

    /// <summary>An exempt item's document, with the item's access rule.</summary>
    public static async Task<(int DocumentId, int ItemId, int MeetingId, int CommitteeId, string Title)> ExemptDocument(CouncilDb db, ExemptAccess access)
    {
        var found = await db.AgendaItems.Where(i => i.IsExempt && i.ExemptAccess == access)
            .SelectMany(i => i.Documents.Select(d => new { d.Id, ItemId = i.Id, i.MeetingId, d.Title }))
            .Join(db.Meetings.Where(m => m.Status != MeetingStatus.Scheduled), x => x.MeetingId, m => m.Id,
                (x, m) => new { x.Id, x.ItemId, x.MeetingId, m.CommitteeId, x.Title })
            .OrderBy(x => x.Id)
            .FirstAsync();
        return (found.Id, found.ItemId, found.MeetingId, found.CommitteeId, found.Title);
    }

    /// <summary>The person the demo councillor account belongs to.</summary>
    public static async Task<int> DemoCouncillorPersonId(CouncilDb db) =>
        await db.Users.Where(u => u.Email == Web.Demo.DemoCouncil.CouncillorEmail).Select(u => u.PersonId!.Value).SingleAsync();

    /// <summary>The Select Committee of seeds 003 and 004, which the clerk's tests schedule meetings for.</summary>
    public static async Task<int> SelectCommitteeId(CouncilDb db) =>
        await db.Committees.Where(c => c.Name == "Children and Young People's Services Select Committee").Select(c => c.Id).SingleAsync();
}
