using CommitteeHub.Domain;

namespace CommitteeHub.Web.Demo;

public static partial class DemoCouncil
{
    /// <summary>
    /// The decisions the demo's meetings took, each published through <see cref="Meeting.PublishDecision"/> as a clerk
    /// publishes it: one for every business item resolved at a meeting that has been held, two working days after the
    /// meeting (never later than today). The Cabinet's sale of the land at Old Mill Lane was a key decision on the
    /// Forward Plan; it was called in, and the Overview and Scrutiny Committee let it stand on 14 October 2019.
    /// </summary>
    private static async Task MeetingDecisionsAsync(Demo d, CancellationToken ct)
    {
        var oldMillLane = new ForwardPlanEntry("Disposal of surplus land at Old Mill Lane, Fenbury", "Cabinet", new DateOnly(2019, 9, 24),
            KeyDecisionReason.SpendingOrSaving,
            "Report by the Director of Finance and Support Services (exempt appendix: the bids received and the valuation advice).", Representations);
        oldMillLane.Publish(new DateOnly(2019, 8, 12));
        d.Db.ForwardPlanEntries.Add(oldMillLane);
        await d.Db.SaveChangesAsync(ct);

        var committees = d.Db.Committees.Local.ToDictionary(c => c.Id);
        var now = d.Today.ToDateTime(new TimeOnly(9, 0));
        var held = d.Db.Meetings.Local.Where(m => m.Status is MeetingStatus.Held or MeetingStatus.DraftMinutesPublished or MeetingStatus.MinutesApproved);
        var decisions = held.SelectMany(m => m.Items
            .Where(i => i.Role == AgendaItemRole.Business && i.Resolutions.Count > 0)
            .Select(i => m.PublishDecision(committees[m.CommitteeId], i, null,
                Min(Calendar.AddWorkingDays(DateOnly.FromDateTime(m.StartsAt), 2).ToDateTime(new TimeOnly(12, 0)), Max(now, m.StartsAt)))))
            .ToList();
        d.Db.Decisions.AddRange(decisions);

        var land = decisions.Single(x => x.Title == oldMillLane.Matter && x.DecisionMaker == "Cabinet");
        var calendar = WorkingCalendar.EnglandAndWales;
        land.TakenOnNotice(oldMillLane, Executive, calendar);
        land.CallIn([d.P.Id("jones"), d.P.Id("osei"), d.P.Id("fairley")], """
            We ask the Overview and Scrutiny Committee to consider whether the sale secures the best consideration reasonably obtainable, and whether the Cabinet gave enough weight to the need for affordable housing in Fenbury.
            """, new DateTime(2019, 9, 30, 10, 0, 0), Executive, calendar);
        land.RecordScrutinyOutcome(CallInOutcome.NoFurtherAction, new DateOnly(2019, 10, 14));
        land.Implement(new DateTime(2019, 10, 15, 9, 0, 0), Executive, calendar);
        await d.Db.SaveChangesAsync(ct);

        static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
        static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
    }
}
