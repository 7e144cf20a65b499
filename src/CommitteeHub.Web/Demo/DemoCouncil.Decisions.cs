using CommitteeHub.Domain;

namespace CommitteeHub.Web.Demo;

public static partial class DemoCouncil
{
    private static readonly ExecutiveRules Executive = new();

    private const string Representations = """
        Write to Democratic Services, County Hall, Demo Town DT1 1AA, or email democratic.services@demo-county.gov.uk, at least five working days before the date of decision. Representations are passed to the decision maker with the report.
        """;

    /// <summary>
    /// The executive's notices and decisions: one from 2019 that has run its course (the adoption of the Children
    /// First Practice Improvement Plan, which the Select Committee scrutinised in July 2019), and, around today, one
    /// decision open for call-in, one called in, one taken under special urgency, and three matters still to come:
    /// the refreshed improvement plan, a placements contract to be awarded in private, and bridge repairs under the
    /// general exception. Each is built through the domain, so the notice periods and call-in rules hold as they would
    /// for a clerk.
    /// </summary>
    private static async Task ExecutiveDecisionsAsync(Demo d, CancellationToken ct)
    {
        var db = d.Db;
        var calendar = WorkingCalendar.EnglandAndWales;
        DateOnly WorkingDaysBefore(DateOnly day, int count)
        {
            while (count > 0) { day = day.AddDays(-1); if (calendar.IsWorkingDay(day)) count--; }
            return day;
        }

        var plan2019 = new ForwardPlanEntry("Adoption of the Children First Practice Improvement Plan", "Cabinet Member for Children, Young People and Skills",
            new DateOnly(2019, 7, 24), KeyDecisionReason.CommunitiesInTwoOrMoreWards,
            "Report by the Director of Children's Services, with the draft Children First Practice Improvement Plan (scrutinised by the Children and Young People's Services Select Committee on 17 July 2019).",
            Representations);
        plan2019.Publish(new DateOnly(2019, 6, 10));

        var openDay = WorkingDaysBefore(d.Today, 1);
        var recycling = new ForwardPlanEntry("Household waste recycling sites: winter opening hours", "Cabinet Member for Environment and Climate Change",
            openDay, KeyDecisionReason.CommunitiesInTwoOrMoreWards,
            "Report by the Director of Highways, Transport and Planning, with the results of the consultation on opening hours.", Representations);
        recycling.Publish(openDay.AddDays(-60));

        var calledInDay = WorkingDaysBefore(d.Today, 6);
        var library = new ForwardPlanEntry("Relocation of Fenbury library into the Fenbury community hub", "Cabinet Member for Safer, Stronger Communities",
            calledInDay, KeyDecisionReason.CommunitiesInTwoOrMoreWards,
            "Report by the Director of Communities, with the equality impact assessment and the consultation report.", Representations);
        library.Publish(calledInDay.AddDays(-60));

        var urgentDay = WorkingDaysBefore(d.Today, 3);
        var homeCare = new ForwardPlanEntry("Additional home care capacity for the winter", "Cabinet Member for Adults and Health",
            urgentDay, KeyDecisionReason.SpendingOrSaving,
            "Report by the Director of Adults' Services on hospital discharge delays and the proposed block contracts.", Representations);
        homeCare.Publish(urgentDay);
        homeCare.UseSpecialUrgency(UrgencyAgreedBy.ScrutinyChair, d.P["ellison"].DisplayName, urgentDay, urgentDay, """
            Delays in discharging patients from hospital rose sharply this month. The contracts must be in place before the winter peak; waiting 28 clear days would leave about 60 people a week in hospital beds they no longer need.
            """);

        var cabinetDay = Calendar.OnOrAfter(d.Today.AddDays(45), DayOfWeek.Tuesday);
        var refresh = new ForwardPlanEntry("Children First Practice Improvement Plan 2027 to 2029", "Cabinet",
            cabinetDay, KeyDecisionReason.SpendingOrSavingAndCommunities,
            "Report by the Director of Children's Services, with the refreshed improvement plan and its costs.", Representations);
        refresh.Publish(d.Today.AddDays(-10));

        var placements = new ForwardPlanEntry("Contract for residential placements for children with complex needs", "Cabinet",
            cabinetDay, KeyDecisionReason.SpendingOrSaving,
            "Report by the Director of Children's Services on the tender evaluation (exempt appendix: the bidders' prices and scores).", Representations);
        placements.TakeInPrivate(3, """
            The report contains information about the financial and business affairs of the bidders, including their prices. While the contract is being awarded, the public interest in keeping it confidential outweighs the public interest in disclosing it.
            """);
        placements.Publish(d.Today.AddDays(-12));

        var bridge = new ForwardPlanEntry("Emergency repairs to Hanbury Bridge", "Cabinet Member for Highways and Infrastructure",
            d.Today.AddDays(14), KeyDecisionReason.SpendingOrSaving,
            "Report by the Director of Highways, Transport and Planning, with the structural engineer's inspection report.", Representations);
        bridge.Publish(d.Today.AddDays(-2));
        bridge.UseGeneralException(d.Today.AddDays(-2), d.Today.AddDays(-2), """
            The inspection after last month's flood found scour damage to the bridge's piers. The bridge carries the A412 and is closed to heavy goods vehicles; repairs must begin before the river rises in January, so 28 clear days' notice is impracticable.
            """);
        if (bridge.EarliestDecisionDay(Executive, calendar) is { } earliest && earliest > bridge.IntendedDecisionOn) bridge.MoveDecisionDate(earliest);

        db.ForwardPlanEntries.AddRange(plan2019, recycling, library, homeCare, refresh, placements, bridge);
        await db.SaveChangesAsync(ct);

        var adopted = new Decision("Cabinet Member for Children, Young People and Skills", "Adoption of the Children First Practice Improvement Plan", """
            To adopt the Children First Practice Improvement Plan, addressing each of the 12 recommendations of the Ofsted inspection of February and March 2019, and to submit it to the Department for Education.
            """, """
            Ofsted judged the Council's children's services inadequate. The Secretary of State requires an improvement plan; the plan has been shaped by staff, partners and the Children and Young People's Services Select Committee, whose comments of 17 July 2019 are reflected in it.
            """, new DateOnly(2019, 7, 24), new DateTime(2019, 7, 25, 10, 0, 0),
            alternativesRejected: "To adopt the plan without the Select Committee's amendments: rejected, because the committee's comments on caseloads and on listening to children strengthen it.");
        adopted.TakenOnNotice(plan2019, Executive, calendar);
        adopted.Implement(new DateTime(2019, 8, 2, 9, 0, 0), Executive, calendar);

        var hours = new Decision("Cabinet Member for Environment and Climate Change", "Household waste recycling sites: winter opening hours", """
            That from 1 January the county's eleven household waste recycling sites open from 9am to 4pm between October and March, and close on Wednesdays, with Demo Town and Fenbury sites open every day.
            """, """
            Visits on winter weekday afternoons have fallen by a third since 2019. The change saves £180,000 a year while keeping a site open every day within 20 minutes' drive of nine residents in ten, as the consultation asked.
            """, openDay, openDay.ToDateTime(new TimeOnly(15, 0)),
            alternativesRejected: "Closing two sites altogether: rejected, because it would leave Hanbury and Kingsmere residents more than 30 minutes from a site.",
            conflicts: [new DeclaredConflictLine(d.P.Id("hollis"), "Mr Hollis, consulted as a Cabinet Member, is a trustee of Fenbury Community Recycling, which runs the reuse shop at the Fenbury site.",
                "Granted by the Chief Executive, to take part in the discussion but not to vote on matters affecting the Fenbury site.")]);
        hours.TakenOnNotice(recycling, Executive, calendar);

        var relocation = new Decision("Cabinet Member for Safer, Stronger Communities", "Relocation of Fenbury library into the Fenbury community hub", """
            To move Fenbury library from the Market Street building into the Fenbury community hub, and to dispose of the Market Street building.
            """, """
            The Market Street building needs £1.1 million of repairs. The hub is on the bus route, is open longer hours, and brings the library together with the children's centre and the advice service.
            """, calledInDay, calledInDay.ToDateTime(new TimeOnly(16, 30)),
            alternativesRejected: "Repairing the Market Street building: rejected on cost.");
        relocation.TakenOnNotice(library, Executive, calendar);
        relocation.CallIn([d.P.Id("jones"), d.P.Id("vickery"), d.P.Id("nuttall")], """
            The consultation did not reach residents without internet access, and the equality impact assessment does not consider older residents who cannot use the bus. The decision should be reconsidered after a further consultation.
            """, calledInDay.AddDays(1).ToDateTime(new TimeOnly(11, 0)), Executive, calendar);

        var care = new Decision("Cabinet Member for Adults and Health", "Additional home care capacity for the winter", """
            To award block contracts for 2,400 hours a week of home care from 1 December to 31 March to the three providers on the Council's framework, at a cost of up to £1.9 million.
            """, """
            People are waiting in hospital for care at home. Block contracts secure carers for the winter at rates agreed under the framework, and the NHS contributes £600,000 from its winter funding.
            """, urgentDay, urgentDay.ToDateTime(new TimeOnly(17, 0)),
            alternativesRejected: "Spot purchasing care as needed: rejected, because providers cannot recruit carers without a guaranteed volume of work.");
        care.TakenOnNotice(homeCare, Executive, calendar);

        db.Decisions.AddRange(adopted, hours, relocation, care);
        await db.SaveChangesAsync(ct);
    }
}
