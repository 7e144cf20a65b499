using CommitteeHub.Domain;

namespace CommitteeHub.Web.Demo;

public static partial class DemoCouncil
{
    private static async Task CountyCouncil2019Async(Demo d, CancellationToken ct)
    {
        var p = d.P;
        AnnualMeeting(d);

        // 7 June 2019: the Council's response to the inspection (seed 000).
        var june = d.Sit(d.Council, new DateOnly(2019, 6, 7), 10).Standard().Apologies("marchant", "ellis");
        var announcements = june.Item("4", "Chairman's announcements", "To receive any announcements from the Chairman.");
        june.Minute(announcements, """
            The Chairman welcomed members to the first ordinary meeting of the new municipal year. She reminded members that the briefing on the Ofsted inspection of children's services held on 3 June would be repeated on 12 June for those unable to attend.
            """);
        var statement = june.Item("5", "Ofsted inspection of children's services: statement by the Leader",
            "The Leader will make a statement on the findings of the Ofsted inspection of children's social care services and the action the Council is taking. Members may ask questions on the statement.");
        june.Minute(statement, """
            The Leader made a statement on the Ofsted inspection of children's social care services, carried out in February and March 2019, which judged the overall effectiveness of services to be inadequate. He apologised on behalf of the Council to the children and families who had been let down, and acknowledged that the resources given to children's social care had not kept pace with rising demand.

            He reported that the Cabinet had considered the inspection report on 4 June, that the Department for Education had issued a Statutory Direction on the same day, and that a Commissioner would be appointed by the Secretary of State. An independently chaired Improvement Board would oversee the Children First Practice Improvement Plan.

            In answer to questions, the Leader and the Cabinet Member for Children, Young People and Skills confirmed that caseloads were being reduced, that additional social workers were being recruited, and that the improvement plan would come to the Children and Young People's Services Select Committee in July before it was adopted.
            """);
        var cabinetReport = june.Item("6", "Report of the Cabinet",
            "To receive the report of the Cabinet on its meeting held on 4 June 2019.");
        june.Minute(cabinetReport, """
            The Council received the report of the Cabinet on its meeting of 4 June 2019, which set out the Cabinet's consideration of the Ofsted inspection report and of the financial outturn for 2018/19. The Leader answered a question from Mr Price on the underspend in the highways budget.
            """);
        june.Decide(cabinetReport, "Resolved:", null, "That the report of the Cabinet be noted.");
        var questions = june.Item("7", "Members' question time",
            "Members may ask questions of the Leader and Cabinet Members on any matter within their portfolios. Written questions received by the deadline and the answers given are published with the minutes.");
        june.Minute(questions, """
            Members asked questions of the Leader and Cabinet Members on the following matters:

            - agency social workers and the cost of agency staff (Mr Singh to the Cabinet Member for Children, Young People and Skills);
            - the condition of the A2071 between Fenbury and Oakhurst (Mr Thorne to the Cabinet Member for Highways and Infrastructure);
            - the waiting list for care assessments in the north of the county (Mrs Drury to the Cabinet Member for Adults and Health);
            - the timetable for the member day on children's services (Mr Vickery to the Leader).
            """);
        june.NoticesOfMotion("8",
            "To consider the following notice of motion, received in accordance with Standing Order 15 and set out in the order in which it was received.");
        var motionItem = june.Item("8(a)", "Notice of Motion from Mr Jones on Ofsted inspection of Children's Services",
            "Mr Jones has given notice of his intention to move the following motion, which will be seconded by Dr Walsh.\n\n" + OfstedMotionAsGiven);
        june.Declare(motionItem, "ahmed", InterestKind.NonRegistrable, "Mrs Ahmed is an approved foster carer for the County Council.");
        june.Minute(motionItem, """
            Mr Jones moved and Dr Walsh seconded the motion set out on the agenda.

            An amendment, of which notice had been given in accordance with Standing Order 15.4 and which had been circulated to members before the meeting, was moved by Mr Simmons and seconded by Mrs Harcourt. The amendment left out words and inserted others so that the motion would read as set out in the resolution below.

            Following debate, the amendment was put to the vote and carried (For 20, Against 12, Abstentions 2). The motion as amended became the substantive motion. Following further debate, in which Mr Vickery and Cllr Sue Pilkington spoke, the substantive motion was put to the vote and carried.
            """);
        june.Decide(motionItem, "Resolved:", june.Votes(abstentions: 3), OfstedMotionAsAmended);
        june.Minuted();

        // 18 July 2019: the motion that the Overview and Scrutiny Committee heard about "last night" (seed 002).
        var july = d.Sit(d.Council, new DateOnly(2019, 7, 18), 14).Standard().Involve("vickery", "fairley", "ashworth", "tariq");
        var julyAnnouncements = july.Item("4", "Chairman's announcements", "To receive any announcements from the Chairman.");
        july.Minute(julyAnnouncements, """
            The Chairman congratulated the pupils of Millbrook Academy on winning the national schools' debating competition. She reminded members that the member event on children's services, arranged in response to the Council's resolution of 7 June, would be held on 9 September.
            """);
        var childrenFirst = july.Item("5", "Children First: statement by the Cabinet Member for Children, Young People and Skills",
            "The Cabinet Member will update the Council on the Children First improvement programme.");
        july.Minute(childrenFirst, """
            Cllr Tamoor Tariq updated the Council on the Children First programme. The Commissioner, appointed by the Secretary of State on 13 June, had met the Leader, the Cabinet and the Chairmen of the select committees. The draft Children First Practice Improvement Plan had been scrutinised by the Children and Young People's Services Select Committee on 17 July and would be adopted by Cabinet Member decision later in the month. Thirty-one newly qualified social workers had accepted posts to start in September.
            """);
        var julyCabinet = july.Item("6", "Report of the Cabinet",
            "To receive the report of the Cabinet on its meeting held on 16 July 2019.");
        july.Minute(julyCabinet, "The Council received the report of the Cabinet on its meeting of 16 July 2019.");
        july.Decide(julyCabinet, "Resolved:", null, "That the report of the Cabinet be noted.");
        july.NoticesOfMotion("7",
            "To consider the following notice of motion, received in accordance with Standing Order 15.");
        var vickeryItem = july.Item("7(a)", "Notice of Motion from Mr Vickery on keeping all members informed of the Children First improvement programme",
            "Mr Vickery has given notice of his intention to move the following motion, which will be seconded by Ms Fairley.\n\n" + VickeryMotion);
        july.Minute(vickeryItem, """
            Mr Vickery moved and Ms Fairley seconded the motion set out on the agenda. The Leader welcomed the motion on behalf of the majority group and said that the Cabinet Member would make a statement at each ordinary meeting of the Council. No amendment was moved. The motion was put to the vote and carried unanimously.
            """);
        july.Decide(vickeryItem, "Resolved:", july.Votes(), VickeryMotion);
        july.Minuted();

        await d.Db.SaveChangesAsync(ct);
        var ofsted = new Motion(motionItem.Title, p.Id("jones"), p.Id("walsh"), OfstedMotionAsGiven, new DateOnly(2019, 5, 24));
        d.Db.Motions.Add(ofsted);
        PlaceOnAgenda(d, ofsted, motionItem);
        ofsted.TableAmendment(p.Id("simmons"), p.Id("harcourt"), OfstedMotionAsAmended, new DateTime(2019, 6, 6, 9, 0, 0), june.Meeting.StartsAt,
            Procedure, WorkingCalendar.EnglandAndWales);
        ofsted.Move();
        ofsted.MoveAmendment(1);
        ofsted.CarryAmendment(1, june.Meeting);
        ofsted.Carry();

        var vickery = new Motion(vickeryItem.Title, p.Id("vickery"), p.Id("fairley"), VickeryMotion, new DateOnly(2019, 7, 5));
        d.Db.Motions.Add(vickery);
        PlaceOnAgenda(d, vickery, vickeryItem);
        vickery.Move();
        vickery.Carry();

        AutumnMeetings(d);
        var climateItem = December(d);
        BudgetMeeting(d);
        await d.Db.SaveChangesAsync(ct);

        // A motion the Council sent to the Cabinet Member rather than deciding itself.
        var climate = new Motion(climateItem.Title, p.Id("ellis"), p.Id("thorne"), ClimateMotion, new DateOnly(2019, 11, 29));
        d.Db.Motions.Add(climate);
        PlaceOnAgenda(d, climate, climateItem);
        climate.Move();
        climate.Refer("Cabinet Member for Environment and Climate Change");
    }

    private const string VickeryMotion = """
        This Council notes the Statutory Direction issued by the Department for Education on 4 June 2019 and the work now under way on the Children First Practice Improvement Plan. It believes that every member shares responsibility, as a corporate parent, for the children the Council looks after, and that members can exercise that responsibility only if they are kept properly informed.

        This Council therefore:

        - (a) Asks the Cabinet Member for Children, Young People and Skills to make a statement on the progress of the improvement programme at every ordinary meeting of the County Council;
        - (b) Asks that progress on the Children First Practice Improvement Plan be reported regularly to the Cabinet, to the Children and Young People's Services Select Committee and to the Overview and Scrutiny Committee; and
        - (c) Asks that the minutes of the Children First Improvement Board be shared with all members.
        """;

    private const string ClimateMotion = """
        This Council recognises the scale and urgency of the global climate and ecological emergency, and the evidence of the Intergovernmental Panel on Climate Change that limiting warming to 1.5°C requires net carbon emissions to fall to zero by around 2050.

        This Council therefore:

        - (a) Declares a climate emergency;
        - (b) Commits to making the County Council's own operations carbon neutral by 2030; and
        - (c) Asks the Cabinet to bring forward, within six months, a climate change strategy with an action plan and a budget to deliver it.
        """;

    private static void AnnualMeeting(Demo d)
    {
        var s = d.Sit(d.Council, AnnualMeeting2019, 10, 30, "Annual meeting").Standard(new DateOnly(2019, 3, 22)).Apologies("price");
        var chairman = s.Item("4", "Election of Chairman", "To elect the Chairman of the County Council for the year 2019/20.");
        s.Minute(chairman, """
            Mrs Smith was nominated by Mr Ashworth, seconded by Mr Jones. There being no other nomination, Mrs Smith was elected and made the declaration of acceptance of office.
            """);
        s.Decide(chairman, "Resolved:", null, "That Mrs Smith be elected Chairman of the County Council for the year 2019/20.");
        var vice = s.Item("5", "Election of Vice-Chairman", "To elect the Vice-Chairman of the County Council for the year 2019/20.");
        s.Minute(vice, """
            Mr Whitcombe was nominated by Mrs Pendleton, seconded by Mrs Drury. There being no other nomination, Mr Whitcombe was elected and made the declaration of acceptance of office.
            """);
        s.Decide(vice, "Resolved:", null, "That Mr Whitcombe be elected Vice-Chairman of the County Council for the year 2019/20.");
        var leader = s.Item("6", "Election of the Leader of the Council",
            "To elect the Leader of the Council, who will hold office until the annual meeting following the next ordinary elections.");
        s.Minute(leader, """
            Mr Ashworth was nominated by Mrs Pendleton, seconded by Mr Simmons. There being no other nomination, the nomination was put to the vote.
            """);
        s.Decide(leader, "Resolved:", s.Votes(abstentions: 14),
            "That Mr Ashworth be elected Leader of the Council until the annual meeting following the next ordinary elections.");
        var seats = s.Item("7", "Appointment of committees and allocation of seats",
            "To appoint the committees of the Council for 2019/20, to allocate seats to political groups in accordance with the Local Government and Housing Act 1989, and to appoint members to them as nominated by the groups.");
        s.Report(seats, "Appointment of committees and allocation of seats", "kershaw", ReportText(
            summary: "The Council must each year review the allocation of seats on its committees to political groups so that, as far as reasonably practicable, each committee reflects the political balance of the Council as a whole. This report sets out the committees proposed for 2019/20 and the allocation of seats.",
            recommendations:
            [
                "That the committees listed in the table below be appointed for 2019/20 with the terms of reference set out in the Constitution.",
                "That seats be allocated to political groups as set out in the table.",
                "That the members nominated by the political groups be appointed to the committees from 21 May 2019.",
            ],
            proposal: """
                The Council has 36 members: Conservative 20, Liberal Democrat 8, Labour 4, Green 2 and Independent 2. Applying the rules in section 15 of the Local Government and Housing Act 1989 gives the following allocation.

                | Committee | Seats | Con | LD | Lab | Green | Ind |
                |---|---|---|---|---|---|---|
                | Children and Young People's Services Select Committee | 10 | 6 | 2 | 1 | 1 | 0 |
                | Overview and Scrutiny Committee | 9 | 5 | 2 | 1 | 0 | 1 |
                | Corporate Parenting Panel | 7 | 3 | 3 | 1 | 0 | 0 |
                | Planning and Regulatory Committee | 10 | 4 | 3 | 2 | 0 | 1 |
                | Governance Committee | 7 | 3 | 2 | 1 | 1 | 0 |

                The Corporate Parenting Panel and the Planning and Regulatory Committee depart from strict proportionality by agreement of the group leaders, so that the smaller groups are represented across the committees as a whole. Any departure must be agreed with no member voting against it.
                """,
            resources: "There are no additional costs. Special responsibility allowances for committee chairmen are paid within the existing Members' Allowances Scheme.",
            contact: Contact(d.P, "odell"),
            consultation: "The leaders of the political groups have been consulted and have nominated members to the seats allocated to their groups.",
            background: "Political balance calculation, May 2019."));
        s.Minute(seats, "The Director of Law and Assurance introduced the report. No member voted against the departures from strict proportionality.");
        s.Decide(seats, "Resolved:", s.Votes(),
            "That the committees set out in the report be appointed for 2019/20 with the terms of reference set out in the Constitution.",
            "That seats be allocated to the political groups as set out in the report.",
            "That the members nominated by the political groups be appointed to the committees from 21 May 2019.");
        var portfolios = s.Item("8", "Cabinet portfolios", "To note the Leader's appointment of the Deputy Leader and Cabinet Members and their portfolios.");
        s.Minute(portfolios, """
            The Leader reported his appointments to the Cabinet for 2019/20:

            - Mrs Pendleton, Deputy Leader and Cabinet Member for Finance and Resources;
            - Cllr Tamoor Tariq, Cabinet Member for Children, Young People and Skills;
            - Mr Hollis, Cabinet Member for Adults and Health;
            - Mrs Okafor, Cabinet Member for Highways and Infrastructure;
            - Mr Carver, Cabinet Member for Environment and Climate Change;
            - Ms Bramwell, Cabinet Member for Economy and Corporate Resources;
            - Mr Fenwick, Cabinet Member for Safer, Stronger Communities.
            """);
        s.Decide(portfolios, "Resolved:", null, "That the Leader's appointments to the Cabinet be noted.");
        s.Minuted();
    }

    private static void AutumnMeetings(Demo d)
    {
        var s = d.Sit(d.Council, new DateOnly(2019, 10, 18), 10).Standard().Apologies("acton", "drury", "doyle");
        var statement = s.Item("4", "Children First: statement by the Cabinet Member for Children, Young People and Skills",
            "The Cabinet Member will update the Council on the Children First improvement programme, as the Council asked on 18 July 2019.");
        s.Minute(statement, """
            Cllr Tamoor Tariq reported that the Children First Practice Improvement Plan had been adopted on 26 July and that the Commissioner's first report to the Secretary of State had recognised the pace of the Council's response. Ofsted's first monitoring visit in September had found that caseloads were falling but that the quality of assessments was still too variable. Agency social workers made up 28 per cent of the workforce, down from 34 per cent in April.
            """);
        var scrutiny = s.Item("5", "Scrutiny arrangements: report of the Governance Committee",
            "At its meeting on 7 June 2019 the Council invited the Governance Committee to consider whether any changes should be made to the Council's scrutiny arrangements. The Committee's recommendations, made on 30 September 2019, are set out in the report.");
        s.Report(scrutiny, "Scrutiny arrangements: recommendations of the Governance Committee", "kershaw", ReportText(
            summary: "Following the Council's resolution of 7 June 2019 on the Ofsted inspection of children's services, the Governance Committee has reviewed the Council's scrutiny arrangements against the statutory guidance on overview and scrutiny published in May 2019. It recommends changes to the way select committee vice-chairmen are chosen, a scrutiny protocol for visits to services, and a member development programme.",
            recommendations:
            [
                "That from the annual meeting in 2020 each select committee elect its own Vice-Chairman at its first meeting of the municipal year, and that the Vice-Chairman of the Overview and Scrutiny Committee be a member of a group other than the largest group.",
                "That the Scrutiny Protocol at the appendix, which provides for members' visits to services and for evidence from front-line staff, service users and partners, be adopted.",
                "That the Director of Law and Assurance make the consequential changes to the Constitution.",
            ],
            proposal: """
                The statutory guidance emphasises that effective scrutiny depends on an organisational culture that values challenge, on members' access to information, and on independence of mind. The Committee considered the Council's arrangements under each heading and heard from the Chairmen of the select committees, the Leader and the Centre for Public Scrutiny.

                The Committee did not recommend secret ballots for the election of chairmen, which the guidance does not require, but agreed that vice-chairmen chosen by the committees themselves, and a minority-group vice-chairman of the Overview and Scrutiny Committee, would strengthen the independence of scrutiny.
                """,
            resources: "The member development programme will be delivered within the existing democratic services budget.",
            contact: Contact(d.P, "odell"),
            background: "Statutory guidance on overview and scrutiny in local and combined authorities, Ministry of Housing, Communities and Local Government, May 2019."));
        s.Minute(scrutiny, """
            Mr Simmons, Chairman of the Governance Committee, introduced the recommendations. Mr Jones welcomed the proposals but regretted that the Committee had not recommended that select committees elect their chairmen. An amendment moved by Mr Jones and seconded by Dr Walsh, to add that select committees also elect their chairmen, was lost (For 13, Against 19, Abstentions 1).
            """);
        s.Decide(scrutiny, "Resolved:", s.Votes(against: 2, abstentions: 1),
            "That from the annual meeting in 2020 each select committee elect its own Vice-Chairman at its first meeting of the municipal year, and that the Vice-Chairman of the Overview and Scrutiny Committee be a member of a group other than the largest group.",
            "That the Scrutiny Protocol be adopted.",
            "That the Director of Law and Assurance make the consequential changes to the Constitution.");
        var treasury = s.Item("6", "Treasury management mid-year review 2019/20",
            "Report by the Director of Finance and Support Services on treasury management activity in the first half of 2019/20.");
        s.Minute(treasury, """
            Mrs Pendleton introduced the report. The Council's investments averaged £284 million in the half year and earned an average return of 0.96 per cent. No new long-term borrowing had been taken. All activity had been within the prudential indicators approved by the Council in February 2019.
            """);
        s.Decide(treasury, "Resolved:", null, "That the treasury management mid-year review for 2019/20 be noted.");
        s.Minuted();
    }

    private static AgendaItem December(Demo d)
    {
        var s = d.Sit(d.Council, new DateOnly(2019, 12, 13), 10).Standard().Involve("tariq", "denby", "ellis", "thorne", "carver");
        var statement = s.Item("4", "Children First: statement by the Cabinet Member for Children, Young People and Skills",
            "The Cabinet Member will update the Council on the Children First improvement programme, as the Council asked on 18 July 2019.");
        s.Minute(statement, """
            Cllr Tamoor Tariq reported that Ofsted had carried out a further inspection from 2 to 13 December and that its report was expected in January. He thanked the staff of the service for their work during the inspection. Members asked about the stability of placements for children in care; the Cabinet Member undertook to circulate the latest figures.
            """);
        var parenting = s.Item("5", "Annual report of the Corporate Parenting Panel",
            "Mrs Denby, Chairman of the Corporate Parenting Panel, will present the Panel's annual report to the Council.");
        s.Minute(parenting, """
            Mrs Denby presented the annual report of the Corporate Parenting Panel, which described the Panel's work with the Children in Care Council, the care leavers' local offer and the health of children looked after. She reminded every member that they were a corporate parent to the 812 children in the Council's care and the 560 care leavers it supported.
            """);
        s.Decide(parenting, "Resolved:", null, "That the annual report of the Corporate Parenting Panel be noted.");
        s.NoticesOfMotion("6", "To consider the following notice of motion, received in accordance with Standing Order 15.");
        var motion = s.Item("6(a)", "Notice of Motion from Ms Ellis on a climate emergency",
            "Ms Ellis has given notice of her intention to move the following motion, which will be seconded by Mr Thorne.\n\n" + ClimateMotion);
        s.Minute(motion, """
            Ms Ellis moved and Mr Thorne seconded the motion set out on the agenda. Under Standing Order 15.8 the Chairman ruled that the motion concerned an executive function and, on the proposal of Mr Carver, the Council agreed without debate that it be referred to the Cabinet Member for Environment and Climate Change, who would report his response to the Council.
            """);
        s.Decide(motion, "Resolved:", s.Votes(against: 2),
            "That the motion be referred to the Cabinet Member for Environment and Climate Change.");
        s.Minuted();
        return motion;
    }

    /// <summary>The budget meeting: every vote on the budget, and on each amendment to it, is recorded by name
    /// (SI 2014/165).</summary>
    private static void BudgetMeeting(Demo d)
    {
        var p = d.P;
        var s = d.Sit(d.Council, new DateOnly(2020, 2, 14), 10, title: "Budget meeting").Standard().Apologies("marchant", "price");
        var statement = s.Item("4", "Children First: statement by the Cabinet Member for Children, Young People and Skills",
            "The Cabinet Member will update the Council on the Children First improvement programme, as the Council asked on 18 July 2019.");
        s.Minute(statement, """
            Cllr Tamoor Tariq reported on the Ofsted report published on 24 January 2020. Overall effectiveness remained inadequate, but inspectors had found that children at immediate risk were now protected and that the quality of practice was improving. He drew members' attention to the additional investment in children's social care proposed in the budget.
            """);
        var budget = s.Item("5", "Revenue budget 2020/21, capital strategy 2020-2025 and council tax",
            "To consider the recommendations of the Cabinet of 28 January 2020 on the revenue budget, the capital strategy and the council tax for 2020/21, and the report of the Director of Finance and Support Services under section 25 of the Local Government Act 2003.");
        s.Report(budget, "Revenue budget 2020/21, capital strategy 2020-2025 and council tax", "clarke", ReportText(
            summary: "The Cabinet recommends a net revenue budget for 2020/21 of £612.4 million, a capital programme of £712 million over five years, and a Band D council tax of £1,459.74, an increase of 3.99 per cent of which 2 per cent is the adult social care precept. The budget includes £11.5 million of growth in children's social care to fund the Children First Practice Improvement Plan.",
            recommendations:
            [
                "That the net revenue budget for 2020/21 of £612.4 million be approved.",
                "That the capital strategy 2020-2025 and the capital programme of £712 million be approved.",
                "That the County Council's council tax requirement for 2020/21 be £498.3 million, and the council tax for a Band D property be £1,459.74.",
                "That the Director of Finance and Support Services' report on the robustness of the estimates and the adequacy of reserves be noted.",
            ],
            proposal: """
                The budget has been prepared against a forecast funding gap of £45.2 million for 2020/21, closed by savings of £17.6 million, the increase in council tax, the social care grant announced in the Spending Round, and a contribution of £3.0 million from the budget management reserve.

                | Service | 2019/20 (£m) | 2020/21 (£m) | Change (£m) |
                |---|---|---|---|
                | Children and young people | 152.6 | 166.9 | 14.3 |
                | Adults and health | 226.3 | 236.8 | 10.5 |
                | Highways and infrastructure | 68.9 | 69.4 | 0.5 |
                | Environment and communities | 71.7 | 72.6 | 0.9 |
                | Corporate services and financing | 68.1 | 66.7 | -1.4 |
                | **Net revenue budget** | **587.6** | **612.4** | **24.8** |

                In her statement under section 25 of the Local Government Act 2003 the Director of Finance and Support Services advises that the estimates are robust and the reserves adequate, provided that the savings are delivered and the demand pressures in children's social care are contained within the growth provided.
                """,
            resources: "As set out in the report. General reserves will stand at £20.0 million, 3.3 per cent of the net revenue budget.",
            contact: Contact(p, "clarke"),
            consultation: "The budget proposals were the subject of public consultation from 27 November 2019 to 10 January 2020 (1,942 responses), and were scrutinised by the Overview and Scrutiny Committee on 20 January 2020.",
            risk: "The principal risks are the delivery of savings, demand in children's and adults' social care, and the uncertainty of funding beyond 2020/21 pending the Fair Funding Review. The budget management reserve of £12.5 million is held against them.",
            background: "Cabinet report, 28 January 2020; Local Government Finance Settlement 2020/21."));

        var present = s.VotingMembers();
        RecordedVoteLine Line(int id, Func<Person, VoteChoice> choose) => new(id, choose(p[id]));
        var onAmendment = present.Select(id => Line(id, x => x.Party switch
        {
            LiberalDemocrat or Labour or Green => VoteChoice.For,
            Independent => VoteChoice.Abstain,
            _ => VoteChoice.Against,
        })).ToList();
        var onBudget = present.Select(id => Line(id, x => x.Party switch
        {
            Conservative => VoteChoice.For,
            Green or Independent => VoteChoice.Abstain,
            _ => VoteChoice.Against,
        })).ToList();
        string Who(IEnumerable<RecordedVoteLine> lines, VoteChoice choice)
        {
            var names = lines.Where(l => l.Choice == choice).Select(l => p[l.PersonId])
                .OrderBy(x => x.LastName, StringComparer.Ordinal).Select(x => x.DisplayName).ToList();
            return $"{names.Count}: {(names.Count == 0 ? "none" : JoinNames(names))}";
        }
        s.Minute(budget, $"""
            Mrs Pendleton, Deputy Leader and Cabinet Member for Finance and Resources, moved the recommendations of the Cabinet, seconded by the Leader. The Director of Finance and Support Services presented her report under section 25 of the Local Government Act 2003.

            Mr Jones moved, and Dr Walsh seconded, an amendment on behalf of the Liberal Democrat Group to reduce the provision for highways capital financing by £2.0 million and to add £2.0 million to early help services for families, including the reopening of four youth centres. In accordance with the Local Authorities (Standing Orders) (England) (Amendment) Regulations 2014 a recorded vote was taken on the amendment:

            - For the amendment ({Who(onAmendment, VoteChoice.For)});
            - Against the amendment ({Who(onAmendment, VoteChoice.Against)});
            - Abstaining ({Who(onAmendment, VoteChoice.Abstain)}).

            The amendment was lost. A recorded vote was then taken on the recommendations of the Cabinet:

            - For ({Who(onBudget, VoteChoice.For)});
            - Against ({Who(onBudget, VoteChoice.Against)});
            - Abstaining ({Who(onBudget, VoteChoice.Abstain)}).
            """);
        s.Meeting.IntroduceResolutions(budget, "Resolved:");
        s.Meeting.MarkAsBudgetDecision(budget);
        s.Meeting.Resolve(budget, """
            That the County Council:

            - (1) approves the net revenue budget for 2020/21 of £612.4 million;
            - (2) approves the capital strategy 2020-2025 and the capital programme of £712 million;
            - (3) sets the council tax requirement for 2020/21 at £498.3 million and the council tax for a Band D property at £1,459.74, an increase of 3.99 per cent including the adult social care precept of 2 per cent; and
            - (4) notes the report of the Director of Finance and Support Services on the robustness of the estimates and the adequacy of reserves.
            """, Vote.Recorded(onBudget));

        var treasury = s.Item("6", "Treasury management strategy statement 2020/21",
            "To approve the treasury management strategy, the minimum revenue provision policy and the prudential indicators for 2020/21, as recommended by the Cabinet.");
        s.Minute(treasury, "Mrs Pendleton moved the recommendations of the Cabinet, seconded by Mr Fenwick.");
        s.Decide(treasury, "Resolved:", s.Votes(abstentions: 4),
            "That the treasury management strategy statement, the minimum revenue provision policy and the prudential indicators for 2020/21 be approved.");
        var pay = s.Item("7", "Pay policy statement 2020/21",
            "The Localism Act 2011 requires the Council to approve each year a statement of its policy on the pay of its chief officers and lowest-paid employees.");
        s.Minute(pay, "The Leader moved the pay policy statement, seconded by Mrs Pendleton. The ratio of the Chief Executive's pay to median pay was 7.9 to 1.");
        s.Decide(pay, "Resolved:", s.Votes(), "That the pay policy statement for 2020/21 be approved.");
        s.Minuted();
    }
}
