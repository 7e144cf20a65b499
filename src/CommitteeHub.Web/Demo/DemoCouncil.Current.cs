using CommitteeHub.Domain;

namespace CommitteeHub.Web.Demo;

public static partial class DemoCouncil
{
    /// <summary>
    /// The diary around today: a few meetings in the last weeks (held, with draft minutes awaiting approval, and one
    /// whose minutes are not yet written), and the next few months of meetings, the nearest with their agendas
    /// published five clear days ahead. Everything else in the demo is fixed; only these dates follow the clock.
    /// </summary>
    private static async Task CurrentYearAsync(Demo d, CancellationToken ct)
    {
        // Years have passed since 2019/20: no agenda this year confirms the minutes of a 2019/20 meeting.
        foreach (var body in new[] { d.Council, d.Cabinet, d.Select, d.Scrutiny, d.Health, d.Parenting, d.Planning, d.Governance })
            body.NewMunicipalYear(1);

        var councilDay = Before(d, 23, DayOfWeek.Friday);
        var motionItem = RecentCouncil(d, councilDay);
        RecentCabinet(d, Before(d, 14, DayOfWeek.Tuesday));
        RecentSelectCommittee(d, Before(d, 16, DayOfWeek.Wednesday));
        RecentHealthBoard(d, Before(d, 30, DayOfWeek.Thursday));
        RecentPlanning(d, Before(d, 21, DayOfWeek.Tuesday));
        RecentCorporateParenting(d, Before(d, 2, DayOfWeek.Monday));

        // Within the coming week the agenda is already out (five clear days ahead); further off it may not be.
        var cabinetDay = After(d, 1, DayOfWeek.Tuesday);
        UpcomingCabinet(d, cabinetDay);
        UpcomingSelectCommittee(d, After(d, 1, DayOfWeek.Wednesday));
        UpcomingPlanning(d, Calendar.OnOrAfter(cabinetDay.AddDays(7), DayOfWeek.Tuesday));
        d.Sit(d.Parenting, After(d, 17, DayOfWeek.Monday), 14);
        var nextCouncil = d.Sit(d.Council, After(d, 24, DayOfWeek.Friday), 10);
        nextCouncil.Meeting.Webcast("https://webcasts.demo-county.gov.uk/county-council");
        d.Sit(d.Health, After(d, 38, DayOfWeek.Thursday), 14);
        d.Sit(d.Cabinet, After(d, 45, DayOfWeek.Tuesday), 10);
        d.Sit(d.Scrutiny, After(d, 52, DayOfWeek.Monday), 10);
        d.Sit(d.Governance, After(d, 60, DayOfWeek.Monday), 14);
        d.Sit(d.Select, After(d, 70, DayOfWeek.Wednesday), 10, 30);
        d.Sit(d.Planning, After(d, 80, DayOfWeek.Tuesday), 10, 30);

        var libraryItem = UpcomingCouncil(d, nextCouncil);
        await d.Db.SaveChangesAsync(ct);
        LibrariesMotion(d, libraryItem);
        var motion = new Motion(motionItem.Title, d.P.Id("thorne"), d.P.Id("ellis"), SchoolStreetsMotion, councilDay.AddDays(-16));
        d.Db.Motions.Add(motion);
        PlaceOnAgenda(d, motion, motionItem);
        motion.Move();
        motion.Lose();
    }

    private static DateOnly Before(Demo d, int days, DayOfWeek weekday) => Calendar.OnOrBefore(d.Today.AddDays(-days), weekday);

    private static DateOnly After(Demo d, int days, DayOfWeek weekday) => Calendar.OnOrAfter(d.Today.AddDays(days), weekday);

    /// <summary>Minute numbers continue through the municipal year from the annual meeting in May; the demo does not
    /// hold this year's earlier meetings, so it starts each committee where about six minutes a month would have
    /// brought it.</summary>
    private static void ContinueNumbering(Body body, DateOnly day)
    {
        var start = day.Month >= 5 ? day.Year : day.Year - 1;
        var months = day.Year * 12 + day.Month - (start * 12 + 5);
        body.NewMunicipalYear(1 + 6 * months);
    }

    private static string FinancialYear(int startYear) => $"{startYear}/{(startYear + 1) % 100:D2}";

    private static int FinancialYearOf(DateOnly day) => day.Month >= 4 ? day.Year : day.Year - 1;

    /// <summary>The last quarter whose figures would be ready for a meeting on this day.</summary>
    private static string LatestQuarter(DateOnly day)
    {
        var end = day.AddDays(-50);
        var quarter = end.Month switch { >= 4 and <= 6 => 1, >= 7 and <= 9 => 2, >= 10 => 3, _ => 4 };
        return $"quarter {quarter} {FinancialYear(FinancialYearOf(end))}";
    }

    private const string SchoolStreetsMotion = """
        This Council notes that traffic outside schools at the start and end of the school day puts children at risk and discourages families from walking and cycling.

        This Council therefore asks the Cabinet Member for Highways and Infrastructure:

        - (a) To introduce a 20 mph speed limit on every road with a school entrance by the end of the next financial year; and
        - (b) To pilot "school streets", closing roads outside at least ten primary schools to through traffic at the start and end of the school day.
        """;

    private static AgendaItem RecentCouncil(Demo d, DateOnly day)
    {
        ContinueNumbering(d.Council, day);
        var s = d.Sit(d.Council, day, 10).Standard().Apologies("marchant", "quinn", "acton");
        s.Meeting.Webcast("https://webcasts.demo-county.gov.uk/county-council");
        var statement = s.Item("4", "Children First: statement by the Cabinet Member for Children, Young People and Skills",
            "The Cabinet Member's statement on children's services, made at every ordinary meeting of the Council since July 2019.");
        s.Minute(statement, """
            Cllr Tamoor Tariq reported on the latest performance of children's services. Average social worker caseloads stood at 16, agency staff made up 9 per cent of the workforce, and 93 per cent of assessments had been completed within 45 working days. Members asked about the rising cost of placements for children with complex needs; the Cabinet Member referred to the sufficiency strategy that the Cabinet would consider shortly.
            """);
        var cabinet = s.Item("5", "Report of the Cabinet", "To receive the report of the Cabinet on its recent meetings.");
        s.Minute(cabinet, "The Council received the report of the Cabinet. The Leader answered questions from Mr Jones on the medium term financial strategy.");
        s.Decide(cabinet, "Resolved:", null, "That the report of the Cabinet be noted.");
        var questions = s.Item("6", "Members' question time",
            "Members may ask questions of the Leader and Cabinet Members on any matter within their portfolios.");
        s.Minute(questions, """
            Members asked questions of the Leader and Cabinet Members on the following matters:

            - waiting times for education, health and care needs assessments (Mrs Nuttall to the Cabinet Member for Children, Young People and Skills);
            - the programme for replacing street lights with LED lanterns (Mr Doyle to the Cabinet Member for Highways and Infrastructure);
            - the opening hours of household waste recycling sites (Mrs Drury to the Cabinet Member for Environment and Climate Change).
            """);
        s.NoticesOfMotion("7", "To consider the following notice of motion, received in accordance with Standing Order 15.");
        var motion = s.Item("7(a)", "Notice of Motion from Mr Thorne on 20 mph limits and school streets",
            "Mr Thorne has given notice of his intention to move the following motion, which will be seconded by Ms Ellis.\n\n" + SchoolStreetsMotion);
        s.Involve("thorne");
        s.Involve("ellis");
        s.Minute(motion, """
            Mr Thorne moved and Ms Ellis seconded the motion set out on the agenda. Mrs Okafor, Cabinet Member for Highways and Infrastructure, said that 20 mph limits were already being introduced outside schools where speeds justified them, and that a blanket policy would divert funds from the schools where the risk was greatest. Following debate, the motion was put to the vote and lost (For 14, Against 18, Abstentions 1).
            """);
        s.Minuted();
        return motion;
    }

    private static void RecentCabinet(Demo d, DateOnly day)
    {
        ContinueNumbering(d.Cabinet, day);
        var s = d.Sit(d.Cabinet, day, 10).Standard().Officers("readman").Involve("tariq");
        var quarter = LatestQuarter(day);
        var performance = s.Item("4", $"Performance and resources report: {quarter}",
            "Report by the Director of Finance and Support Services on the Council's performance and financial position.");
        s.Report(performance, $"Performance and resources report: {quarter}", "clarke", ReportText(
            summary: $"At the end of {quarter} the Council forecasts an overspend of £4.8 million, of which £3.9 million is in placements for children in care and £2.2 million in home to school transport for children with special educational needs, partly offset by savings in corporate financing. 41 of the 50 corporate plan measures are on track.",
            recommendations: ["That the Cabinet notes the performance and financial position.", "That directors continue to take action to reduce the forecast overspend."],
            proposal: "The placements overspend reflects an increase of 23 in the number of children with complex needs placed in residential care outside the county. The sufficiency strategy to be considered at the next meeting of the Cabinet sets out how local provision will be increased.",
            resources: "As set out in the report.",
            contact: Contact(d.P, "clarke")));
        s.Minute(performance, "Mrs Pendleton introduced the report.");
        s.Decide(performance, "Resolved that the Cabinet:", s.Votes(),
            "Notes the performance and financial position.",
            "Asks directors to continue to take action to reduce the forecast overspend.");
        var annual = s.Item("5", "Children's social care: annual self-evaluation",
            "Report by the Director of Children's Services presenting the annual self-evaluation of social work practice, shared with Ofsted at the annual engagement meeting.");
        s.Minute(annual, """
            Cllr Tamoor Tariq introduced the self-evaluation, which concluded that practice was now consistently good in the front door and in child protection, and improving for care leavers. The Leader thanked the staff of the service for the transformation since 2019.
            """);
        s.Decide(annual, "Resolved that the Cabinet:", s.Votes(), "Endorses the annual self-evaluation of children's social care.");
        s.Minuted();
    }

    private static void RecentSelectCommittee(Demo d, DateOnly day)
    {
        ContinueNumbering(d.Select, day);
        var s = d.Sit(d.Select, day, 10, 30).Standard();
        var progress = s.Item("4", "Children First: performance and quality of practice",
            "Standing item. Report by the Director of Children's Services on performance and the findings of practice audits.");
        s.Minute(progress, """
            The Director of Children's Services presented the latest performance and audit findings. 78 per cent of audited cases had been graded good or better. Members asked about the timeliness of initial health assessments for children entering care, which remained below target, and about the support given to newly qualified social workers.
            """);
        s.Decide(progress, "Resolved that the Committee:", null,
            "Notes the performance and quality of practice.",
            "Asks for a report on initial health assessments for children entering care to its next meeting.");
        var sufficiency = s.Item("5", "Sufficiency strategy for children in care: pre-decision scrutiny",
            "The Committee is asked to comment on the draft sufficiency strategy before it is considered by the Cabinet.");
        s.Declare(sufficiency, "denby", InterestKind.NonRegistrable, "Her daughter is an approved foster carer for the County Council.");
        s.Minute(sufficiency, """
            The Assistant Director, Corporate Parenting, presented the draft strategy, which proposes four new children's homes in the county and a campaign to recruit 60 more foster carers. Members supported the strategy and asked that it include a target for reducing the number of children placed more than 20 miles from home.
            """);
        s.Decide(sufficiency, "Resolved that the Committee:", null,
            "Supports the draft sufficiency strategy.",
            "Recommends that the strategy include a target for reducing the number of children placed more than 20 miles from home.");
        s.Minuted();
    }

    private static void RecentHealthBoard(Demo d, DateOnly day)
    {
        ContinueNumbering(d.Health, day);
        var s = d.Sit(d.Health, day, 14).Standard().Remote("lister").Officers("mehta");
        var strategy = s.Item("4", "Joint Local Health and Wellbeing Strategy: annual progress report",
            "Report by the Director of Public Health on progress against the three priorities of the strategy: starting well, living well and ageing well.");
        s.Minute(strategy, """
            The Director of Public Health presented the progress report. The proportion of children ready for school at the end of the reception year had risen to 74 per cent. Healthwatch reported what residents had said about access to GP appointments. Dr Lister attended remotely and did not vote.
            """);
        s.Decide(strategy, "Resolved that the Board:", null, "Notes the progress made in delivering the Joint Local Health and Wellbeing Strategy.");
        s.Minuted();
    }

    private static void RecentPlanning(Demo d, DateOnly day)
    {
        ContinueNumbering(d.Planning, day);
        var s = d.Sit(d.Planning, day, 10, 30).Standard();
        var digester = s.Item("4", $"DC/{day.Year % 100:D2}/0217: Anaerobic digestion facility, Thornby Farm, Thornby",
            "Report by the Head of Planning Services. County matter application for an anaerobic digestion facility processing 30,000 tonnes a year of food and farm waste. Recommendation: grant, subject to conditions.");
        s.Report(digester, "Anaerobic digestion facility, Thornby Farm", "benton", PlanningReport(
            application: $"DC/{day.Year % 100:D2}/0217, Thornby Farm, Thornby Lane, Thornby. Applicant: Thornby Renewables Ltd.",
            recommendation: "That planning permission be granted subject to the conditions in Appendix A.",
            site: "Thornby Farm is a working farm 1.2 km east of Thornby village, reached from the B2140 by a private track.",
            proposal: "Two digester tanks, a gas upgrading plant, a reception building and a lagoon for digestate. The gas would be injected into the grid main beside the farm.",
            consultations: "The Environment Agency, the Highway Authority and the district council's environmental health officer raise no objection subject to conditions on odour and traffic routing.",
            representations: "Eighteen letters of objection about odour and lorry traffic through Thornby village; three letters of support.",
            assessment: "The facility would recover energy from waste, consistent with the waste hierarchy. Odour can be controlled by keeping the reception building under negative pressure, and a routing agreement would keep lorries out of the village."));
        s.Minute(digester, "The Principal Planning Officer presented the report. A resident of Thornby spoke in objection and the applicant's agent in support.");
        s.Decide(digester, "Resolved:", s.Votes(against: 2),
            "That planning permission be granted subject to the conditions in Appendix A to the report and to a lorry routing agreement.");
        s.Minuted();
    }

    private static void RecentCorporateParenting(Demo d, DateOnly day)
    {
        ContinueNumbering(d.Parenting, day);
        var s = d.Sit(d.Parenting, day, 14).Standard();
        s.Item("4", "Voice of the child: report of the Children in Care Council", "Presentation by members of the Children in Care Council.");
        s.Item("5", "Care leavers: employment, education and training", "Report by the Assistant Director, Corporate Parenting.");
        s.Held();
    }

    private static void UpcomingCabinet(Demo d, DateOnly day)
    {
        var s = d.Sit(d.Cabinet, day, 10);
        if (s.AgendaDay >= d.Today) return;
        s.Standard();
        var budgetYear = FinancialYear(FinancialYearOf(day) + 1);
        var mtfs = s.Item("4", $"Medium term financial strategy and draft budget {budgetYear}",
            "Report by the Director of Finance and Support Services. Key decision: no (budget and policy framework).");
        s.Report(mtfs, $"Medium term financial strategy and draft budget {budgetYear}", "clarke", ReportText(
            summary: $"The medium term financial strategy forecasts a funding gap of £38.6 million for {budgetYear}, rising to £71.0 million over four years, driven mainly by demand for adults' and children's social care and for home to school transport. This report sets out draft proposals to close the gap in {budgetYear} and asks the Cabinet to publish them for consultation.",
            recommendations:
            [
                $"That the draft budget proposals for {budgetYear} be published for public consultation.",
                "That the Overview and Scrutiny Committee be invited to scrutinise the proposals before the Cabinet makes its recommendations to the County Council.",
            ],
            proposal: """
                The proposals include savings of £21.4 million, of which £8.3 million come from the sufficiency strategy for children in care (by placing more children in the county at lower cost) and £5.0 million from the redesign of home to school transport. A council tax increase of 4.99 per cent, including the adult social care precept, is assumed.
                """,
            resources: "As set out in the report.",
            contact: Contact(d.P, "clarke"),
            risk: "The main risks are the delivery of the savings and continued growth in demand for high-cost placements. General reserves are forecast to remain at 3.5 per cent of the net revenue budget."));
        var sufficiency = s.Item("5", "Sufficiency strategy for children in care",
            "Report by the Director of Children's Services. Key decision: yes. The Children and Young People's Services Select Committee has scrutinised the draft strategy.");
        s.Report(sufficiency, "Sufficiency strategy for children in care", "readman", ReportText(
            summary: "The Council must take steps to secure sufficient accommodation within the county for the children it looks after. The strategy proposes four new children's homes, a recruitment campaign for 60 more foster carers, and supported lodgings for care leavers.",
            recommendations: ["That the sufficiency strategy for children in care be approved.", "That the Director of Children's Services be authorised to acquire and adapt sites for the four children's homes within the capital programme."],
            proposal: "Of the Council's 904 children in care, 36 per cent live outside the county, including 61 of the 84 in residential care. Children placed far from home lose contact with family, school and friends, and placements cost on average 40 per cent more. The Select Committee asked for a target for reducing the number placed more than 20 miles from home; the strategy now includes one (from 31 per cent to 20 per cent in three years).",
            resources: "Capital of £9.6 million within the approved programme; net revenue savings of £8.3 million a year once all four homes are open.",
            contact: Contact(d.P, "readman")));
        s.Exclusion("6", "7", "Acquisition of a property for a children's home", 3);
        var property = s.Item("7", "Acquisition of a property for a children's home",
            "Report by the Director of Finance and Support Services on the proposed purchase of a property for the first of the new children's homes. Key decision: yes.");
        s.Exempt(property, 3, """
            The report contains the price the Council proposes to offer and the vendor's financial circumstances. Disclosure before contracts are exchanged would prejudice the Council's negotiating position and the vendor's affairs. The public interest in maintaining the exemption outweighs the public interest in disclosure; the purchase price will be published once the acquisition is complete.
            """, ExemptAccess.CommitteeMembers);
        s.Report(property, "Acquisition of a property for a children's home", "clarke", """
            **Not for publication: exempt information under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.**

            The property is a six-bedroom detached house in 0.4 hectares at Linwood, marketed at £1,150,000. The Council's valuer advises a market value of £1,060,000. The vendor has accepted, subject to contract, an offer of £1,085,000, and wishes to exchange within eight weeks because of an onward purchase.

            Adaptations for a four-bed children's home (fire safety, staff accommodation and office) are estimated at £310,000. The total cost of £1,395,000 is within the £2.4 million allocated for each home.
            """);
        s.PublishOnly();
    }

    private static void UpcomingSelectCommittee(Demo d, DateOnly day)
    {
        var s = d.Sit(d.Select, day, 10, 30);
        if (s.AgendaDay >= d.Today) return;
        s.Standard();
        var progress = s.Item("4", "Children First: performance and quality of practice",
            "Standing item. Report by the Director of Children's Services on performance and the findings of practice audits, including the report on initial health assessments requested at the last meeting.");
        s.Report(progress, "Children First: performance and quality of practice", "readman", ReportText(
            summary: "Performance remains stable. Initial health assessments for children entering care were completed within 20 working days for 64 per cent of children in the last quarter, against a target of 90 per cent; this report explains the reasons and the action agreed with the NHS.",
            recommendations: ["That the Committee scrutinises the performance and audit findings and the action on initial health assessments."],
            proposal: "Delays arise mainly from the late notification of a child's entry into care to the health provider, and from a shortage of paediatricians able to carry out assessments. The Council and the Integrated Care Board have agreed a same-day notification process and funded two additional clinic sessions a week.",
            resources: "The additional clinic sessions are funded by the NHS.",
            contact: Contact(d.P, "readman")));
        var homeEducation = s.Item("5", "Elective home education",
            "Report by the Director of Education and Skills on the growth in the number of children educated at home and the Council's duties.");
        s.Report(homeEducation, "Elective home education", "readman", ReportText(
            summary: "The number of children known to be educated at home has risen to 1,540, more than double the number five years ago. This report explains the Council's duties, the reasons parents give, and how the Council identifies children who are not receiving a suitable education.",
            recommendations: ["That the Committee comments on the Council's approach to elective home education."],
            proposal: "Parents most often cite their child's mental health, dissatisfaction with the school's support for special educational needs, and philosophical reasons. The Council offers every family a visit within ten working days of notification, and checks each child against children's social care records.",
            resources: "Two additional elective home education advisers are funded within the education budget.",
            contact: Contact(d.P, "readman")));
        s.Item("6", "Work programme", "The Committee is asked to review its work programme, as recommended by its Business Planning Group.");
        s.PublishOnly();
    }

    private static void UpcomingPlanning(Demo d, DateOnly day)
    {
        var s = d.Sit(d.Planning, day, 10, 30);
        if (s.AgendaDay >= d.Today) return;
        s.Standard();
        var recycling = s.Item("4", $"DC/{day.Year % 100:D2}/0288: Extension of Fenbury household waste recycling site",
            "Report by the Head of Planning Services. Application by the County Council to extend the recycling site onto adjoining land, with a new one-way traffic layout. Recommendation: grant, subject to conditions.");
        s.Report(recycling, "Extension of Fenbury household waste recycling site", "benton", PlanningReport(
            application: $"DC/{day.Year % 100:D2}/0288, Fenbury household waste recycling site, Mill Road, Fenbury. Applicant: Demo County Council (Environment and Climate Change).",
            recommendation: "That planning permission be granted under Regulation 3 of the Town and Country Planning General Regulations 1992, subject to the conditions in Appendix A.",
            site: "The recycling site occupies 0.6 hectares on the industrial estate at Mill Road. The extension land is a former builders' yard to the east.",
            proposal: "The site would be enlarged to 0.9 hectares with a split-level layout, allowing cars to queue within the site rather than on Mill Road.",
            consultations: "The Highway Authority supports the proposal because it removes queuing from Mill Road.",
            representations: "Two letters of objection from neighbouring businesses about construction traffic.",
            assessment: "The extension would improve highway safety and the capacity of the site, and would not harm the amenity of the industrial estate."));
        s.PublishOnly();
    }

    /// <summary>The next County Council meeting, its agenda published early so that its notice of motion can be
    /// seen, and amended, before the meeting: the demo's live motion for councillors and clerks to try.</summary>
    private static AgendaItem UpcomingCouncil(Demo d, Sitting council)
    {
        council.Standard();
        council.Item("4", "Chairman's announcements", "To receive any announcements from the Chairman.");
        council.NoticesOfMotion("5", "To consider the notices of motion received under Council Procedure Rule 11, in the order received.");
        var item = council.Item("5(a)", "Notice of Motion from Ms Ellis on the county's libraries",
            "Notice has been received from Ms Ellis, seconded by Mr Thorne, of the motion set out below.");
        council.Meeting.PublishAgenda(d.Today.ToDateTime(new TimeOnly(9, 0)));
        return item;
    }

    private static void LibrariesMotion(Demo d, AgendaItem item)
    {
        var motion = new Motion(item.Title, d.P.Id("ellis"), d.P.Id("thorne"), LibrariesMotionText, d.Today.AddDays(-3));
        d.Db.Motions.Add(motion);
        PlaceOnAgenda(d, motion, item);
        // One amendment already tabled, so the clerk has something to accept onto the agenda.
        motion.TableAmendment(d.P.Id("acton"), null, LibrariesMotionText
            .Replace("keep every library in the county open", "keep every library in the county open, and to consult communities before any change to opening hours"),
            d.Today.AddDays(-1).ToDateTime(new TimeOnly(9, 0)), d.Db.Meetings.Local.Single(m => m.Items.Contains(item)).StartsAt, Procedure, WorkingCalendar.EnglandAndWales);
    }

    private const string LibrariesMotionText = """
        This Council recognises that its 23 libraries are among the most valued of its services, used by over 180,000 residents last year, and that they are places of warmth, learning and support for children and families.

        This Council therefore:

        - (a) asks the Cabinet to keep every library in the county open throughout the next financial year;
        - (b) asks the Cabinet Member for Communities to report to the Overview and Scrutiny Committee on how the library service can support the Children First improvement programme; and
        - (c) thanks the library staff and volunteers for their work.
        """;
}
