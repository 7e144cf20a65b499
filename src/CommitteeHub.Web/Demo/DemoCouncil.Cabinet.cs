using CommitteeHub.Domain;

namespace CommitteeHub.Web.Demo;

public static partial class DemoCouncil
{
    private static void Cabinet2019(Demo d)
    {
        var p = d.P;

        var june = d.Sit(d.Cabinet, new DateOnly(2019, 6, 4), 10).Standard(new DateOnly(2019, 4, 23))
            .Officers("readman", "driscoll").Guest("jones", "Leader of the Liberal Democrat Group; spoke on item 4")
            .Involve("tariq");
        var ofsted = june.Item("4", "Ofsted inspection of children's services",
            "Report by the Director of Children's Services on the findings of the Ofsted inspection of children's social care services, the intervention of the Secretary of State for Education, and the action taken to begin improvement. Key decision: no.");
        june.Report(ofsted, "Ofsted inspection of children's services", "readman", ReportText(
            summary: "Ofsted inspected the Council's services for children in need of help and protection, children looked after and care leavers between 25 February and 8 March 2019. Its report, published on 23 April 2019, judges the overall effectiveness of services to be inadequate. The Minister of State has written to the Leader to say that a Statutory Direction will be issued and a Commissioner appointed. This report sets out the findings, the intervention and the immediate action taken.",
            recommendations:
            [
                "That the Cabinet notes the findings of the Ofsted inspection and the intervention of the Secretary of State for Education.",
                "That the Cabinet endorses the immediate actions taken by the Director of Children's Services, set out in section 3.",
                "That the Cabinet agrees to establish a Children First Improvement Board with an independent chairman, to oversee the improvement programme.",
                "That the Director of Children's Services prepares a Children First Practice Improvement Plan, addressing each of Ofsted's areas for improvement, for adoption by the Cabinet Member for Children, Young People and Skills in July 2019, after scrutiny by the Children and Young People's Services Select Committee.",
            ],
            proposal: """
                ### 1. The inspection findings

                | Judgement | Grade |
                |---|---|
                | The impact of leaders on social work practice with children and families | Inadequate |
                | The experiences and progress of children who need help and protection | Inadequate |
                | The experiences and progress of children in care and care leavers | Requires improvement to be good |
                | Overall effectiveness | Inadequate |

                Inspectors found that too many children had waited too long for their needs to be assessed, that high caseloads and a reliance on agency staff had led to drift and delay, and that management oversight was not consistently effective. They found that oversight, scrutiny and challenge from corporate leaders, including the children's select committee and the corporate parenting panel, had not been sufficiently rigorous. Ofsted makes 12 recommendations for improvement.

                ### 2. The intervention

                The Department for Education has told the Council that the Secretary of State will direct it to co-operate with a Commissioner, who will report within three months on the Council's capacity to improve and on whether children's services should remain under its control.

                ### 3. Immediate action

                The Director has reduced the caseloads of the assessment teams by transferring 240 cases to a temporary team, commissioned an audit of every child subject to a child protection plan, and appointed an interim Assistant Director for quality assurance.
                """,
            resources: "The immediate actions cost an estimated £1.4 million in 2019/20, met from the budget management reserve. The Director of Finance and Support Services will report the full cost of the improvement programme to the Cabinet in September.",
            contact: Contact(p, "readman"),
            risk: "Failure to improve is the Council's highest corporate risk. The Secretary of State has power to remove children's social care from the Council's control.",
            background: "Ofsted, Inspection of local authority children's services, report published 23 April 2019."));
        june.Minute(ofsted, """
            Cllr Tamoor Tariq, Cabinet Member for Children, Young People and Skills, introduced the report. He thanked the staff of the service, who had continued to work under great pressure, and said that the Council had let down children who needed its help.

            The Leader acknowledged that the resources given to children's social care had not kept pace with demand and that the Cabinet had not challenged the performance of the service as rigorously as it should have. The Council would give the improvement programme the funding it needed.

            Mr Jones, Leader of the Liberal Democrat Group, spoke at the invitation of the Leader. He asked how members who were not in the Cabinet would be kept informed; the Leader undertook to arrange a member briefing before the Council meeting on 7 June.
            """);
        june.Decide(ofsted, "Resolved that the Cabinet:", june.Votes(),
            "Notes the findings of the Ofsted inspection and the intervention of the Secretary of State for Education.",
            "Endorses the immediate actions taken by the Director of Children's Services.",
            "Agrees to establish a Children First Improvement Board with an independent chairman to oversee the improvement programme.",
            "Asks the Director of Children's Services to prepare a Children First Practice Improvement Plan for adoption by the Cabinet Member for Children, Young People and Skills in July 2019, after scrutiny by the Children and Young People's Services Select Committee.");
        var outturn = june.Item("5", "Financial outturn 2018/19",
            "Report by the Director of Finance and Support Services on the revenue and capital outturn for 2018/19.");
        june.Report(outturn, "Financial outturn 2018/19", "clarke", ReportText(
            summary: "The Council spent £583.1 million against a net revenue budget of £584.6 million in 2018/19, an underspend of £1.5 million. Children's social care overspent by £6.8 million, offset by underspends in highways, corporate financing and contingency. Capital spending was £118.4 million against a programme of £141.0 million.",
            recommendations:
            [
                "That the Cabinet notes the revenue and capital outturn for 2018/19.",
                "That the underspend of £1.5 million be transferred to the budget management reserve.",
                "That capital slippage of £22.6 million be carried forward into the 2019/20 programme.",
            ],
            proposal: """
                The overspend in children's social care arose from the cost of placements for children in care (£4.1 million) and of agency social workers (£2.7 million). Both pressures continue into 2019/20 and are reflected in the first forecast for the year.
                """,
            resources: "As set out in the report.",
            contact: Contact(p, "clarke")));
        june.Minute(outturn, "Mrs Pendleton introduced the report and drew attention to the overspend in children's social care.");
        june.Decide(outturn, "Resolved that the Cabinet:", june.Votes(),
            "Notes the revenue and capital outturn for 2018/19.",
            "Agrees that the underspend of £1.5 million be transferred to the budget management reserve.",
            "Agrees that capital slippage of £22.6 million be carried forward into the 2019/20 programme.");
        june.Minuted();

        var july = d.Sit(d.Cabinet, new DateOnly(2019, 7, 16), 10).Standard().Officers("readman", "pearce").Involve("tariq", "hollis");
        var board = july.Item("4", "Children First: governance of the improvement programme",
            "Report by the Director of Children's Services on the terms of reference and membership of the Children First Improvement Board.");
        july.Report(board, "Children First: governance of the improvement programme", "readman", ReportText(
            summary: "The Commissioner appointed by the Secretary of State on 13 June 2019 has recommended that the Children First Improvement Board be chaired independently and include the Council's statutory partners. This report proposes the Board's terms of reference and its reporting to members.",
            recommendations:
            [
                "That the terms of reference of the Children First Improvement Board set out in the report be agreed.",
                "That the Board's minutes be circulated to all members of the County Council.",
            ],
            proposal: """
                The Board will be chaired by Ms Alison Crane, a former Director of Children's Services nominated by the Department for Education, and will include the Leader, the Cabinet Member, the Chief Executive, the Director of Children's Services, the Chief Constable's nominee, the Clinical Commissioning Group and the chairman of the Demo County Safeguarding Children Partnership. It will meet monthly and report to the Cabinet each quarter.
                """,
            resources: "The cost of the independent chairman (£32,000 a year) is met from the improvement budget.",
            contact: Contact(p, "readman")));
        july.Minute(board, "Cllr Tamoor Tariq introduced the report. The Cabinet welcomed the proposal to share the Board's minutes with all members.");
        july.Decide(board, "Resolved that the Cabinet:", july.Votes(),
            "Agrees the terms of reference of the Children First Improvement Board set out in the report.",
            "Agrees that the Board's minutes be circulated to all members of the County Council.");
        var charging = july.Item("5", "Adult social care: consultation on the charging policy for care at home",
            "Report by the Director of Adults' Services. Key decision: yes.");
        july.Report(charging, "Adult social care: consultation on the charging policy for care at home", "pearce", ReportText(
            summary: "The Council's policy for charging people who receive care at home has not been reviewed since 2015. This report proposes a public consultation on three changes: a standard allowance for disability-related expenditure, charging for the second carer where two carers are needed, and a minimum weekly charge of £5.",
            recommendations: ["That a public consultation on the proposed changes to the charging policy be held from 1 August to 24 October 2019, and the results reported to the Cabinet before any decision is taken."],
            proposal: "About 5,900 people receive care at home arranged by the Council, of whom 3,100 pay a contribution. The proposals would raise an estimated £1.9 million a year. No one would pay more than they can afford under the financial assessment required by the Care Act 2014.",
            resources: "The consultation will cost about £15,000, met from the adults' services budget.",
            contact: Contact(p, "pearce"),
            implications: "An equality impact report is appended. The proposals would mainly affect older and disabled people; the consultation is designed to reach them and their carers, including in easy read and through day services."));
        july.Minute(charging, "Mr Hollis introduced the report. The Cabinet asked that the consultation materials be tested with the Disability Forum before publication.");
        july.Decide(charging, "Resolved that the Cabinet:", july.Votes(),
            "Agrees that a public consultation on the proposed changes to the charging policy for care at home be held from 1 August to 24 October 2019, and that the results be reported to the Cabinet before any decision is taken.");
        july.Minuted();

        var september = d.Sit(d.Cabinet, new DateOnly(2019, 9, 24), 10).Standard().Officers("readman").Involve("tariq", "bramwell");
        var investment = september.Item("4", "Children First improvement investment plan",
            "Joint report by the Director of Children's Services and the Director of Finance and Support Services. Key decision: yes.");
        september.Report(investment, "Children First improvement investment plan", "readman", ReportText(
            summary: "The Children First Practice Improvement Plan, adopted on 26 July 2019, needs investment in the social work workforce, in quality assurance and in early help. This report proposes £4.2 million of additional spending in 2019/20 and growth of £11.5 million in the base budget from 2020/21.",
            recommendations:
            [
                "That additional spending of £4.2 million in 2019/20 be approved, funded from the budget management reserve.",
                "That growth of £11.5 million for children's social care be included in the draft budget for 2020/21.",
            ],
            proposal: """
                | Investment | 2019/20 (£m) | 2020/21 (£m) |
                |---|---|---|
                | 48 additional social workers and team managers | 1.6 | 4.9 |
                | Recruitment and retention payments | 0.7 | 1.4 |
                | Quality assurance and practice development | 0.6 | 1.3 |
                | Early help and family support | 0.8 | 2.6 |
                | Placement sufficiency | 0.5 | 1.3 |
                | **Total** | **4.2** | **11.5** |

                The investment is designed to bring average caseloads to 18 children per social worker, to reduce the proportion of agency staff to 15 per cent by March 2021, and to strengthen early help so that fewer families reach crisis.
                """,
            resources: "As set out in the report. The Director of Finance and Support Services confirms that the budget management reserve can meet the 2019/20 cost.",
            contact: Contact(p, "readman"),
            consultation: "The Children and Young People's Services Select Committee considered the plan on 17 July 2019; the Children First Improvement Board and the Commissioner support the proposals."));
        september.Minute(investment, "Cllr Tamoor Tariq introduced the report. The Leader said that the investment fulfilled the commitment the Council had made on 7 June.");
        september.Decide(investment, "Resolved that the Cabinet:", september.Votes(),
            "Approves additional spending of £4.2 million in 2019/20, funded from the budget management reserve.",
            "Agrees that growth of £11.5 million for children's social care be included in the draft budget for 2020/21.");
        var q1 = september.Item("5", "Performance and resources report: quarter 1 2019/20",
            "Report by the Director of Finance and Support Services on the Council's performance against the corporate plan and its financial position at the end of June 2019.");
        september.Report(q1, "Performance and resources report: quarter 1 2019/20", "clarke", ReportText(
            summary: "At the end of June the Council forecasts an overspend of £5.3 million for 2019/20, of which £6.1 million is in children's social care. 31 of the 48 corporate plan measures are on track.",
            recommendations: ["That the Cabinet notes the performance and financial position at the end of quarter 1."],
            proposal: "Directors are taking action to contain the overspend outside children's services. The children's social care forecast will be revised once the improvement investment plan is agreed.",
            resources: "As set out in the report.",
            contact: Contact(p, "clarke")));
        september.Minute(q1, "Mrs Pendleton introduced the report.");
        september.Decide(q1, "Resolved that the Cabinet:", september.Votes(), "Notes the performance and financial position at the end of quarter 1.");
        var land = september.Item("6", "Disposal of surplus land at Old Mill Lane, Fenbury",
            "Report by the Director of Finance and Support Services. Appendix A is exempt under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972. Key decision: yes.");
        september.Report(land, "Disposal of surplus land at Old Mill Lane, Fenbury", "clarke", ReportText(
            summary: "The former highways depot at Old Mill Lane, Fenbury (1.9 hectares) has been vacant since 2017 and is allocated for housing in the Fenbury Local Plan. Following marketing, the Council has received five bids. This report recommends sale to the preferred bidder; the bids and the valuation advice are in the exempt appendix.",
            recommendations:
            [
                "That the land at Old Mill Lane, Fenbury be declared surplus to the Council's requirements.",
                "That the land be sold to the preferred bidder identified in Appendix A on the terms set out there.",
            ],
            proposal: """
                The site was marketed by the Council's agents for eight weeks from May 2019. The preferred bid is unconditional, offers the best consideration reasonably obtainable under section 123 of the Local Government Act 1972, and includes 35 per cent affordable housing, above the Local Plan requirement.
                """,
            resources: "The capital receipt will be applied to the capital programme. The Council will no longer bear the security and maintenance costs of the vacant site, about £28,000 a year.",
            contact: Contact(p, "clarke"),
            background: "Marketing report by the Council's agents, July 2019 (exempt)."));
        september.Paper(land, "Appendix A: Bids received and valuation advice", DocumentKind.Appendix, "clarke", """
            **Not for publication: exempt information under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972 (financial or business affairs of any particular person).**

            | Bidder | Offer | Conditions |
            |---|---|---|
            | Fenmoor Homes Ltd (preferred) | £4,150,000 | Unconditional; 35% affordable housing |
            | Castlegate Developments plc | £4,400,000 | Subject to planning and to abnormal costs survey |
            | Oakline Living Ltd | £3,900,000 | Unconditional |
            | Brackley Housing Association | £3,650,000 | Subject to grant funding |
            | Westerby Estates | £3,100,000 | Subject to planning |

            The Council's agents value the site at £4,050,000 with planning permission for 60 homes. They advise that the higher Castlegate offer is likely to be reduced once the abnormal costs of the former depot are known, and that Fenmoor's unconditional offer represents best consideration. Fenmoor will pay a 10 per cent deposit on exchange and complete within 12 weeks.
            """, exemptUnder: 3);
        september.Declare(land, "fenwick", InterestKind.OtherRegistrable,
            "He is a member of Fenbury Town Council, which commented on the site allocation in the Local Plan.");
        september.Minute(land, """
            Ms Bramwell introduced the report. The Cabinet noted the exempt appendix without discussing its contents, so it was not necessary to exclude the press and public.
            """);
        september.Decide(land, "Resolved that the Cabinet:", september.Votes(),
            "Declares the land at Old Mill Lane, Fenbury surplus to the Council's requirements.",
            "Agrees that the land be sold to the preferred bidder identified in Appendix A on the terms set out there.");
        september.Minuted();

        var november = d.Sit(d.Cabinet, new DateOnly(2019, 11, 26), 10).Standard().Officers("readman");
        var draft = november.Item("4", "Draft budget 2020/21: proposals for consultation",
            "Report by the Director of Finance and Support Services.");
        november.Report(draft, "Draft budget 2020/21: proposals for consultation", "clarke", ReportText(
            summary: "The draft budget for 2020/21 closes a funding gap of £45.2 million and includes the £11.5 million of growth for children's social care agreed in September. It proposes a council tax increase of 3.99 per cent, including the 2 per cent adult social care precept. The Cabinet is asked to publish the proposals for consultation.",
            recommendations: ["That the draft budget proposals for 2020/21 be published for public consultation from 27 November 2019 to 10 January 2020."],
            proposal: "Savings of £17.6 million are proposed, of which £9.2 million come from changes to back-office services and procurement and £5.1 million from the reprovision of adult day services. No savings are proposed in children's social care.",
            resources: "As set out in the report.",
            contact: Contact(p, "clarke")));
        november.Minute(draft, "Mrs Pendleton introduced the proposals.");
        november.Decide(draft, "Resolved that the Cabinet:", november.Votes(),
            "Agrees that the draft budget proposals for 2020/21 be published for public consultation from 27 November 2019 to 10 January 2020.");
        november.Exclusion("5", "6", "Children's residential care: award of contract", 3);
        var contract = november.Item("6", "Children's residential care: award of contract",
            "Report by the Director of Children's Services on the outcome of the procurement of residential care for children with complex needs. Key decision: yes.");
        november.Exempt(contract, 3, """
            The report sets out the prices and commercial terms tendered by bidders in a procurement whose standstill period has not yet ended. Their disclosure would prejudice the Council's position in this and future procurements and the commercial interests of the bidders. The public interest in maintaining the exemption outweighs the public interest in disclosure. The outcome will be published when the contract is signed.
            """, ExemptAccess.StaffOnly);
        november.Summarise(contract, "The Cabinet considered the outcome of the procurement of a block contract for 16 places in residential children's homes in the county and agreed to award the contract. The name of the provider and the contract value will be published when the contract is signed.");
        november.Report(contract, "Children's residential care: award of contract", "readman", """
            **Not for publication: exempt information under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972 (financial or business affairs of any particular person).**

            ## Summary

            The Council has tendered a block contract for 16 places in residential children's homes in the county for children with complex needs, to reduce its reliance on spot purchasing outside the county. Three compliant tenders were received. This report recommends award to Brightwater Care Group Ltd.

            ## Evaluation

            Tenders were evaluated 60 per cent on quality and 40 per cent on price.

            | Bidder | Price per place per week | Five-year value | Quality (60) | Price (40) | Total |
            |---|---|---|---|---|---|
            | Brightwater Care Group Ltd | £4,615 | £19.2m | 51.0 | 38.6 | **89.6** |
            | Harbour Children's Services Ltd | £4,455 | £18.5m | 42.0 | 40.0 | 82.0 |
            | Meadowbank Homes CIC | £4,980 | £20.7m | 45.0 | 35.8 | 80.8 |

            Brightwater's price is 14 per cent below the Council's average spot-purchase cost of £5,370 a week in 2018/19, a saving of about £0.6 million a year at full occupancy.

            ## Recommendation

            That the contract be awarded to Brightwater Care Group Ltd for five years from 1 April 2020, with an option to extend for up to two years, at a price of £4,615 per place per week (total value £19.2 million over five years, £26.9 million if extended).

            ## Risks

            Harbour Children's Services Ltd has asked for a debrief and may challenge the evaluation of its quality submission. Legal Services advise that the evaluation was conducted in accordance with the published criteria.
            """);
        november.Minute(contract, """
            The Cabinet considered the exempt report of the Director of Children's Services on the outcome of the procurement of residential care for children with complex needs, and asked questions about the quality evaluation and about the transition of children already placed.
            """);
        november.Decide(contract, "Resolved that the Cabinet:", november.Votes(),
            "Awards the contract for 16 places in residential children's homes for children with complex needs to the bidder identified in the exempt report, for five years from 1 April 2020 with an option to extend for up to two years, at the price set out in the report.");
        november.Minuted();

        var january = d.Sit(d.Cabinet, new DateOnly(2020, 1, 28), 10).Standard();
        var budget = january.Item("4", "Revenue budget 2020/21, capital strategy and council tax: recommendations to the County Council",
            "Report by the Director of Finance and Support Services. Key decision: no (budget and policy framework).");
        january.Report(budget, "Revenue budget 2020/21, capital strategy and council tax", "clarke", ReportText(
            summary: "Following consultation and the final Local Government Finance Settlement, the Cabinet is asked to recommend to the County Council a net revenue budget of £612.4 million, a capital programme of £712 million over five years and a Band D council tax of £1,459.74.",
            recommendations: ["That the Cabinet recommends the revenue budget, the capital strategy and the council tax for 2020/21 to the County Council on 14 February 2020."],
            proposal: "The consultation received 1,942 responses; 68 per cent of respondents supported the protection of children's social care from savings. The Overview and Scrutiny Committee's comments of 20 January 2020 are appended.",
            resources: "As set out in the report.",
            contact: Contact(p, "clarke")));
        january.Minute(budget, "Mrs Pendleton introduced the report and thanked the Overview and Scrutiny Committee for its comments.");
        january.Decide(budget, "Resolved that the Cabinet:", january.Votes(),
            "Recommends to the County Council the revenue budget for 2020/21, the capital strategy 2020-2025 and a Band D council tax of £1,459.74, as set out in the report.");
        var treasury = january.Item("5", "Treasury management strategy statement 2020/21",
            "Report by the Director of Finance and Support Services. The Cabinet is asked to recommend the strategy to the County Council.");
        january.Minute(treasury, "Mrs Pendleton introduced the strategy.");
        january.Decide(treasury, "Resolved that the Cabinet:", january.Votes(),
            "Recommends the treasury management strategy statement for 2020/21 to the County Council.");
        january.Minuted();

        var march = d.Sit(d.Cabinet, new DateOnly(2020, 3, 17), 10).Standard().Officers("readman", "driscoll").Involve("tariq");
        var response = march.Item("4", "Children First: response to the Ofsted inspection report of 24 January 2020",
            "Report by the Executive Director of People Services.");
        march.Report(response, "Children First: response to the Ofsted inspection report of 24 January 2020", "driscoll", ReportText(
            summary: "Ofsted re-inspected children's services in December 2019. Its report, published on 24 January 2020, judges overall effectiveness still to be inadequate but finds that children at immediate risk of harm are now protected and that leaders have a clear understanding of the service. It makes 14 recommendations. The improvement plan has been revised around eight high-level outcomes.",
            recommendations:
            [
                "That the Cabinet notes the findings of the inspection.",
                "That the revised Children First Practice Improvement Plan be endorsed.",
            ],
            proposal: "The revised plan replaces the 12 areas for improvement of 2019 with eight outcomes for children, each with measures agreed with the Commissioner and the Improvement Board.",
            resources: "The revised plan is funded within the budget approved by the County Council on 14 February 2020.",
            contact: Contact(p, "driscoll")));
        march.Minute(response, "Cllr Tamoor Tariq introduced the report. The Cabinet noted that the Health and Wellbeing Board had discussed the inspection on 12 March.");
        march.Decide(response, "Resolved that the Cabinet:", march.Votes(),
            "Notes the findings of the inspection.",
            "Endorses the revised Children First Practice Improvement Plan.");
        var q3 = march.Item("5", "Performance and resources report: quarter 3 2019/20",
            "Report by the Director of Finance and Support Services on the Council's performance and financial position at the end of December 2019.");
        march.Minute(q3, "Mrs Pendleton introduced the report. The forecast overspend had fallen to £2.1 million.");
        march.Decide(q3, "Resolved that the Cabinet:", march.Votes(), "Notes the performance and financial position at the end of quarter 3.");
        march.Minuted();
    }
}
