using CommitteeHub.Domain;

namespace CommitteeHub.Web.Demo;

public static partial class DemoCouncil
{
    private static void SelectCommittee2019(Demo d)
    {
        var p = d.P;

        // 19 June 2019: the first meeting of the year, minutes 1 to 7. Seed 003 refers back to this meeting.
        var june = d.Sit(d.Select, new DateOnly(2019, 6, 19), 10, 30).Standard(new DateOnly(2019, 5, 15));
        var responses = june.Item("4", "Responses to recommendations",
            "The Committee is asked to note the responses to the recommendations it made at its meeting on 15 May 2019.");
        june.Minute(responses, "The Committee noted the response of the Cabinet Member for Children, Young People and Skills to its recommendations on the Ofsted inspection report.");
        var forwardPlan = june.Item("5", "Forward Plan of Key Decisions",
            "Extract from the Forward Plan of key decisions dated 10 June 2019. The Committee is asked to consider whether it wishes to scrutinise any of the decisions it contains before they are taken.");
        june.Minute(forwardPlan, "The Committee noted the Forward Plan, and that the decision to adopt the Children First Practice Improvement Plan was expected in July.");
        var direction = june.Item("6", "Ofsted inspection: the Statutory Direction and the Children First Practice Improvement Plan",
            "Report by the Director of Children's Services on the Statutory Direction issued to the Council, the role of the Commissioner, and the preparation of the Children First Practice Improvement Plan.");
        june.Report(direction, "Ofsted inspection: the Statutory Direction and the Children First Practice Improvement Plan", "readman", ReportText(
            summary: "On 4 June 2019 the Secretary of State for Education issued a Statutory Direction requiring the Council to co-operate with a Commissioner and to prepare an improvement plan. This report explains the Direction, the Commissioner's role and the structure of the Children First Practice Improvement Plan, which will come to the Committee in full in July.",
            recommendations:
            [
                "That the Committee notes the Statutory Direction and the role of the Commissioner.",
                "That the Committee comments on the proposed structure of the Children First Practice Improvement Plan.",
            ],
            proposal: """
                The Commissioner, Mr Peter Sloane, was appointed on 13 June 2019. He will report to the Secretary of State by 13 September on whether the Council has the capacity and capability to improve, and on whether children's social care should be removed from its control.

                The Plan will be structured around the 12 areas for improvement identified by Ofsted. For each, it will set out the actions to be taken, the outcomes for children that the actions are intended to achieve, and the evidence that will show whether they have been achieved.
                """,
            resources: "The cost of the Commissioner is met by the Department for Education. The cost of the improvement programme will be the subject of a separate report to the Cabinet.",
            contact: Contact(p, "readman")));
        june.Minute(direction, """
            The Director of Children's Services introduced the report. Members asked how the Commissioner's findings would be shared with the Committee, and were told that his report would be published by the Department for Education. Members welcomed the actions, outcomes and evidence structure of the Plan, but asked that it make clear how children and families had been involved in preparing it.
            """);
        june.Decide(direction, "Resolved that the Committee:", null,
            "Notes the Statutory Direction and the role of the Commissioner.",
            "Asks that the full draft Plan, when it comes to the Committee in July, show how children, young people and families have contributed to it.");
        var bpg = june.Item("7", "Business Planning Group report and work programme",
            "Report of the Committee's Business Planning Group (BPG) on the Committee's work programme for 2019/20.");
        june.Minute(bpg, "The Committee agreed its work programme, with the Children First Practice Improvement Plan as the priority for the year.");
        june.Decide(bpg, "Resolved that the Committee:", null, "Agrees the work programme for 2019/20 set out in the report.");
        june.Minuted();

        // 17 July 2019: seeds 003 (minute 12) and 004 (minute 13: its paragraphs 13.1, the discussion, and 13.2, the resolutions).
        var july = d.Sit(d.Select, new DateOnly(2019, 7, 17), 10, 30).Standard()
            .Officers("kershaw")
            .Guest("ashworth", "Leader of the Council; attended for items 5 and 6")
            .Guest("tariq", "Cabinet Member for Children, Young People and Skills; attended for items 5 and 6");
        july.Involve("denby");
        july.Involve("nuttall");
        var julyPlan = july.Item("4", "Forward Plan of Key Decisions",
            "Extract from the Forward Plan of key decisions dated 8 July 2019.");
        july.Minute(julyPlan, "The Committee noted the Forward Plan.");
        var adoption = july.Item("5", "Adoption of an Improvement Plan for Children's Services",
            "Report by the Director of Children's Services. The Committee is asked to consider the draft Cabinet Member decision report and the draft Children First Practice Improvement Plan, and to comment to the Cabinet Member for Children, Young People and Skills before the decision to adopt the Plan is taken later in July 2019.");
        july.Report(adoption, "Adoption of an Improvement Plan for Children's Services", "readman", ImprovementPlanReport);
        var published = new DateOnly(2019, 7, 12);
        july.Paper(adoption, "Appendix A: Draft Decision Report – Adoption of an Improvement Plan for Children's Services", DocumentKind.Appendix, "readman", """
            **Draft decision by the Cabinet Member for Children, Young People and Skills**

            ## Adoption of an Improvement Plan for Children's Services

            ### Summary

            Ofsted's inspection of February–March 2019 judged the overall effectiveness of the Council's children's services to be inadequate. The Statutory Direction of 4 June 2019 requires the Council to prepare an improvement plan. The Children First Practice Improvement Plan (Appendix B) is the Council's plan.

            ### Recommendation

            The Cabinet Member for Children, Young People and Skills is asked to adopt the Children First Practice Improvement Plan.

            ### Proposal

            The Plan addresses each of the 12 areas for improvement identified by Ofsted. It has been prepared with the Commissioner, the Children First Improvement Board, staff, partners and children and young people, including the Children in Care Council. Progress will be reported monthly to the Improvement Board, quarterly to the Cabinet and to the Children and Young People's Services Select Committee, and at every ordinary meeting of the County Council.

            ### Consultation

            Between 17 June and 5 July 2019 the draft was discussed at eleven staff workshops attended by 430 staff, with the Children in Care Council and the Youth Cabinet, and with the Safeguarding Children Partnership. The main themes of the feedback were caseloads, the stability of the workforce and the need for children to have fewer changes of social worker.

            ### Risk management implications

            If the Plan is not adopted, or is not delivered, the Secretary of State may direct that children's social care be provided by another body.

            ### Equality duty

            The Plan is intended to improve services for some of the most vulnerable children in the county. It includes actions to improve the recording and use of information about children's ethnicity, disability and first language.

            **Contact:** John Readman, Director of Children's Services
            """, published);
        july.Paper(adoption, "Appendix B: Draft Children First Practice Improvement Plan", DocumentKind.Appendix, "readman", """
            ## Children First Practice Improvement Plan (draft, July 2019)

            Our ambition is that every child in Demo County who needs help and protection gets the right help, at the right time, from a social worker who knows them.

            ### The 12 areas for improvement

            1. The timeliness and quality of assessments and plans.
            2. Management oversight and supervision of social work practice.
            3. The response to children at risk of exploitation and to children who go missing.
            4. The quality of strategy discussions and child protection enquiries.
            5. The use of the Public Law Outline pre-proceedings process.
            6. Permanence planning for children in care.
            7. Pathway plans and support for care leavers.
            8. Caseloads and the stability of the social work workforce.
            9. The quality assurance and audit framework.
            10. The use of performance information by managers and leaders.
            11. Corporate parenting and the oversight of members.
            12. Partnership working through the Safeguarding Children Partnership.

            ### How each area is set out

            For each area the Plan sets out the **actions** to be taken and by whom, the **outcomes** for children that the actions are intended to achieve, and the **evidence** (performance measures, audits and the views of children and families) that will show whether the outcomes have been achieved.

            ### Measures of success by March 2020

            - 85 per cent of assessments completed within 45 working days (March 2019: 61 per cent).
            - Average social worker caseload of 18 children (March 2019: 27).
            - Agency social workers no more than 20 per cent of the workforce (March 2019: 34 per cent).
            - Every child in care to have a permanence plan by their second review.
            """, published);
        july.Minute(adoption, """
            The Director of Children's Services introduced the report and the draft Plan. He updated the Committee on the separate paper on the Children First improvement investment plan: the Cabinet would be asked in September to approve additional spending in 2019/20 and growth in the budget for 2020/21, principally to recruit more social workers and reduce caseloads.

            Members welcomed the structure of the Plan but felt that the voice of the child should be more visible in it, and asked how the Committee would know whether the Plan was working. The Director agreed that the performance framework would be brought to the Committee before it was finalised. The Cabinet Member undertook to reflect the Committee's comments in the decision.
            """);
        july.Decide(adoption, "Resolved that the Committee:", null,
            "Supports the adoption of the Children First Practice Improvement Plan by the Cabinet Member, subject to the comments below.",
            "Asks that the Plan show more clearly how the views of children and families will shape each action and be used as evidence of progress.",
            "Asks that the performance framework underpinning the Plan be brought to the Committee in September 2019.",
            "Will monitor the progress of the Plan as a standing item at each of its meetings.");
        var implications = july.Item("6", "Ofsted Inspection of Children's Social Care: Implications for Scrutiny", ScrutinyImplicationsDescription);
        july.Minute(implications, ScrutinyImplicationsMinutes);
        july.Decide(implications, "Resolved that the Committee:", null, ScrutinyImplicationsResolved);
        var nextMeeting = july.Item("7", "Date of next meeting", "The next meeting of the Committee will be held on 18 September 2019 at 10.30 am.");
        july.Minute(nextMeeting, "The Committee noted that its next meeting would be held on 18 September 2019 at 10.30 am, and that the Business Planning Group would review the meeting dates for the rest of the year.");
        july.Minuted();

        var september = d.Sit(d.Select, new DateOnly(2019, 9, 18), 10, 30).Standard().Substitute("radford", "barlow");
        var progress = ChildrenFirstProgress(september, "4", """
            The Director of Children's Services reported that the Children First Practice Improvement Plan had been adopted on 26 July. The Commissioner had recommended to the Secretary of State that children's services remain under the Council's control, subject to the progress of the Plan. Average caseloads had fallen from 27 to 22. Members examined the draft performance framework and asked that it report separately on children in care and care leavers.
            """);
        september.Decide(progress, "Resolved that the Committee:", null,
            "Welcomes the progress reported and the Commissioner's recommendation.",
            "Asks that the performance framework report separately on children in care and care leavers.");
        var transport = september.Item("5", "Home to school transport for children with special educational needs and disabilities",
            "Report by the Director of Education and Skills on the review of home to school transport for children with special educational needs and disabilities.");
        september.Declare(transport, "nuttall", InterestKind.OtherRegistrable, "She is a governor of Cranford Park School, a special school.");
        september.Minute(transport, """
            The Committee considered the review of home to school transport for children with special educational needs and disabilities, which had followed complaints from parents at the start of the 2018/19 school year. Members asked about the training of drivers and passenger assistants and about the time children spent travelling. The Committee was told that 96 per cent of routes had been in place on the first day of the new term.
            """);
        september.Decide(transport, "Resolved that the Committee:", null,
            "Asks the Cabinet Member to ensure that no child's single journey exceeds 75 minutes except where parents have chosen a school further away.",
            "Asks for a further report on the training of passenger assistants in March 2020.");
        var work = september.Item("6", "Work programme", "The Committee is asked to review its work programme, as recommended by its Business Planning Group.");
        september.Minute(work, "The Committee agreed its work programme.");
        september.Minuted();

        // 13 November 2019: an exempt item that the Committee's members, but not the public, may read.
        var november = d.Sit(d.Select, new DateOnly(2019, 11, 13), 10, 30).Standard();
        var novProgress = ChildrenFirstProgress(november, "4", """
            The Director reported that Ofsted's second monitoring visit, in October, had found that the quality of strategy discussions had improved but that too many assessments were still late. Members asked why; the Director said that the assessment teams were still carrying cases transferred from the temporary team and expected the position to improve by January.
            """);
        november.Decide(novProgress, "Resolved that the Committee:", null, "Notes the progress of the Children First Practice Improvement Plan.");
        var safeguarding = november.Item("5", "Annual report of the Demo County Safeguarding Children Partnership 2018/19",
            "The independent chairman of the Safeguarding Children Partnership will present the Partnership's annual report.");
        november.Minute(safeguarding, """
            The Committee received the annual report of the Demo County Safeguarding Children Partnership. Members asked about the Partnership's work on child exploitation and the involvement of schools; the independent chairman said that a new exploitation strategy would be published in January.
            """);
        november.Decide(safeguarding, "Resolved that the Committee:", null, "Notes the annual report of the Safeguarding Children Partnership.");
        november.Exclusion("6", "7", "Serious case review: Child A", 2);
        var review = november.Item("7", "Serious case review: Child A",
            "Report by the Director of Children's Services presenting the findings of the serious case review commissioned by the Demo County Safeguarding Children Partnership, and the action taken in response.");
        november.Exempt(review, 2, """
            The report contains information about a child who suffered serious harm, members of the child's family and the professionals involved, which would be likely to identify them. Disclosure would intrude on their privacy and could harm the child's welfare. The public interest in maintaining the exemption outweighs the public interest in disclosing the information. The Safeguarding Children Partnership will publish an anonymised overview report.
            """, ExemptAccess.CommitteeMembers);
        november.Summarise(review, "The Committee considered the findings of the serious case review into the serious harm suffered by a child in January 2019 and the action taken by the Council and its partners in response, and asked for a further report on the action plan in six months. The Safeguarding Children Partnership will publish an anonymised overview report.");
        november.Report(review, "Serious case review: Child A", "readman", """
            **Not for publication: exempt information under paragraph 2 of Part 1 of Schedule 12A to the Local Government Act 1972 (information likely to reveal the identity of an individual). Committee members must not share this report or discuss its contents outside the meeting.**

            ## Summary

            Child A, a boy, was 14 when he was seriously injured in Fenbury in January 2019. In the 18 months before the incident he had gone missing from home on 23 occasions and had been found twice in Demo Town with adults known to the police for supplying drugs. The Safeguarding Children Partnership commissioned a serious case review in February 2019. The independent reviewer's report was accepted by the Partnership on 25 September 2019.

            ## Background

            Child A lived with his mother and two younger sisters in the Fenbury West area and attended Fenbury Park Academy until he was permanently excluded in October 2018. He was the subject of a child in need plan from March to September 2018; the plan was closed when his mother reported that he was going missing less often.

            ## Findings

            1. Each missing episode was recorded, but no agency put the episodes together to see the pattern of exploitation. Return home interviews were offered on only 9 of the 23 occasions.
            2. The school's concerns about Child A's associates were shared with the police but not with children's social care.
            3. The child in need plan was closed without a multi-agency discussion and without speaking to Child A.
            4. Child A had four social workers in seven months, three of them agency staff.
            5. His permanent exclusion left him without education for eleven weeks, during which the missing episodes increased.

            ## Action taken

            - A single multi-agency exploitation panel now reviews every child who goes missing three times in 90 days.
            - Return home interviews are commissioned from a single provider and are offered within 72 hours.
            - No child in need plan may close without a multi-agency meeting at which the child's views are recorded.
            - Schools must notify the Multi-Agency Safeguarding Hub of any exclusion of a child open to social care.

            ## Recommendation

            That the Committee notes the findings of the review and the action taken, and considers whether to examine the Partnership's exploitation strategy when it is published.
            """);
        november.Minute(review, """
            The Committee considered the exempt report on the serious case review. Members asked about the involvement of schools in the new exploitation panel and about the arrangements for children who are excluded from school.
            """);
        november.Decide(review, "Resolved that the Committee:", null,
            "Notes the findings of the serious case review and the action taken in response.",
            "Will examine the Safeguarding Children Partnership's exploitation strategy at its meeting in March 2020.");
        november.Minuted();

        var january = d.Sit(d.Select, new DateOnly(2020, 1, 15), 10, 30).Standard();
        var janProgress = ChildrenFirstProgress(january, "4", """
            The Director reported that Ofsted had re-inspected children's services from 2 to 13 December 2019 and that its report was expected at the end of January. Timeliness of assessments had improved to 78 per cent. Members asked about the recruitment of social workers; 44 of the 48 additional posts funded in September had been filled.
            """);
        january.Decide(janProgress, "Resolved that the Committee:", null, "Notes the progress of the Children First Practice Improvement Plan.");
        var budget = january.Item("5", "Draft budget 2020/21: children and young people's services",
            "The Committee is asked to comment on the draft budget proposals for children and young people's services before the Cabinet makes its recommendations to the County Council.");
        january.Minute(budget, """
            The Cabinet Member for Finance and Resources and the Director of Finance and Support Services presented the draft budget. Members welcomed the £11.5 million of growth for children's social care and the absence of savings in the service, and asked about the risk that placement costs would continue to rise.
            """);
        january.Decide(budget, "Resolved that the Committee:", null,
            "Supports the growth proposed for children's social care.",
            "Asks that the Cabinet keep the budget for placements under review during 2020/21 and report any pressure to the Committee.");
        january.Minuted();

        var march = d.Sit(d.Select, new DateOnly(2020, 3, 11), 10, 30).Standard().Officers("driscoll");
        var reinspection = march.Item("4", "Children First: the Ofsted inspection report of 24 January 2020",
            "Report by the Executive Director of People Services on the findings of Ofsted's re-inspection and the revision of the improvement plan.");
        march.Minute(reinspection, """
            Catherine Driscoll, Executive Director of People Services, presented the findings of the inspection. Overall effectiveness remained inadequate, but Ofsted had found that children at immediate risk were now protected. Members asked how the Committee's own scrutiny had been judged; the report found that members' challenge had become more rigorous, and referred to the Committee's visits to the Multi-Agency Safeguarding Hub and to the assessment teams.
            """);
        march.Decide(reinspection, "Resolved that the Committee:", null,
            "Notes the findings of the inspection.",
            "Will scrutinise the revised Children First Practice Improvement Plan at its next meeting.");
        var outcomes = march.Item("5", "Educational outcomes 2019",
            "Report by the Director of Education and Skills on the results of the 2019 key stage tests and examinations.");
        march.Minute(outcomes, """
            The Committee considered the results of the 2019 key stage tests and examinations. Attainment at key stage 2 was in line with the national average; the gap between disadvantaged pupils and their peers had narrowed at key stage 4 but remained wider than nationally. Members asked about the attainment of children in care, which the Virtual School would report to the Corporate Parenting Panel.
            """);
        march.Decide(outcomes, "Resolved that the Committee:", null, "Notes the educational outcomes for 2019.");
        march.Minuted();
    }

    /// <summary>The standing item the Select Committee agreed in July 2019: progress of the improvement plan at every
    /// meeting.</summary>
    private static AgendaItem ChildrenFirstProgress(Sitting s, string number, string minutes)
    {
        var item = s.Item(number, "Children First: progress of the Practice Improvement Plan",
            "Standing item. Report by the Director of Children's Services on the progress of the Children First Practice Improvement Plan and the latest performance information.");
        s.Minute(item, minutes);
        return item;
    }

    private static void OverviewAndScrutiny2019(Demo d)
    {
        var p = d.P;

        var june = d.Sit(d.Scrutiny, new DateOnly(2019, 6, 17), 10).Standard(new DateOnly(2019, 3, 18));
        var programme = june.Item("4", "Scrutiny work programme 2019/20",
            "The Committee is asked to agree its work programme and to note those of the select committees.");
        june.Minute(programme, """
            The Committee considered its work programme and those of the select committees. Members agreed that the Committee should consider the Ofsted inspection of children's services as a matter affecting the whole Council, in addition to the Children and Young People's Services Select Committee's detailed scrutiny.
            """);
        june.Decide(programme, "Resolved that the Committee:", null,
            "Agrees its work programme for 2019/20.",
            "Will consider the Ofsted inspection of children's services at its meeting in July, with the Cabinet Member for Children, Young People and Skills and the Chief Executive.");
        june.Minuted();

        // 19 July 2019: seed 002, the morning after the County Council meeting of 18 July.
        var july = d.Sit(d.Scrutiny, new DateOnly(2019, 7, 19), 10).Standard()
            .Officers("readman", "little")
            .Guest("tariq", "Cabinet Member for Children, Young People and Skills; presented item 4");
        var inspection = july.Item("4", "Inspection of Children's Services",
            "A report from the Cabinet Member for Children, Young People and Skills.");
        july.Report(inspection, "Inspection of Children's Services", "tariq", ReportText(
            summary: "This report informs the Committee of the findings of Ofsted's inspection of the Council's services for children in need of help and protection, children looked after and care leavers, which found the services to be inadequate; of the form of intervention by the Secretary of State for Education; and of the action already taken to implement improvements, including the framework for the Improvement Plan.",
            recommendations:
            [
                "That the Committee considers the findings of the inspection and the Council's response.",
                "That the Committee considers how it wishes to monitor the implementation of the Improvement Plan.",
            ],
            proposal: """
                The Cabinet considered the inspection report on 4 June 2019. The Secretary of State has issued a Statutory Direction and appointed a Commissioner. The Council's response is led by the Children First Improvement Board, and the Children First Practice Improvement Plan, scrutinised by the Children and Young People's Services Select Committee on 17 July, will be adopted by Cabinet Member decision later this month.

                Work has already begun on a sector-led improvement programme with a partner authority rated outstanding, a quality assurance framework for social work practice, and a workforce plan to reduce the reliance on agency social workers.
                """,
            resources: "Additional resources will be made available to children's services. The Cabinet will consider the Children First improvement investment plan in September 2019.",
            contact: Contact(p, "readman"),
            background: "Ofsted inspection report, 23 April 2019; Cabinet report, 4 June 2019."));
        july.Minute(inspection, ScrutinyInspectionMinutes);
        july.Decide(inspection, "It was agreed:", null, ScrutinyInspectionAgreed);
        july.LeftDuring("pilkington", "4");
        july.LeftDuring("little", "4");
        var julyWork = july.Item("5", "Work programme", "The Committee is asked to review its work programme for the rest of the year.");
        july.Minute(julyWork, "The Committee agreed to add a quarterly report on the Children First improvement programme to its work programme.");
        july.Minuted();

        var october = d.Sit(d.Scrutiny, new DateOnly(2019, 10, 14), 10).Standard().Substitute("whitcombe", "radford")
            .Guest("bramwell", "Cabinet Member for Economy and Corporate Resources; attended for item 4")
            .Officers("clarke").Involve("jones");
        var callIn = october.Item("4", "Call-in: Disposal of surplus land at Old Mill Lane, Fenbury",
            "The Cabinet's decision of 24 September 2019 to sell the land at Old Mill Lane, Fenbury has been called in by Mr Jones, Mr Osei and Ms Fairley. They ask the Committee to consider whether the decision secured best consideration and whether the Cabinet gave enough weight to the need for affordable housing in Fenbury. The decision may not be implemented until the Committee has considered it.");
        october.Minute(callIn, """
            Mr Jones explained the reasons for the call-in. Ms Bramwell, Cabinet Member for Economy and Corporate Resources, and the Director of Finance and Support Services responded. They confirmed that the Council's agents had advised that the preferred bid represented best consideration, and that the affordable housing offered exceeded the Local Plan requirement. The Committee did not discuss the contents of the exempt appendix to the Cabinet report.
            """);
        october.Decide(callIn, "Resolved:", october.Votes(against: 2, abstentions: 1),
            "That the decision not be referred back to the Cabinet, and may be implemented.");
        october.Minuted();

        var january = d.Sit(d.Scrutiny, new DateOnly(2020, 1, 20), 10).Standard()
            .Guest("pendleton", "Deputy Leader and Cabinet Member for Finance and Resources; attended for item 4")
            .Officers("clarke");
        var budget = january.Item("4", "Budget 2020/21: scrutiny of the Cabinet's proposals",
            "The Committee is asked to scrutinise the draft budget for 2020/21 and the results of the public consultation, and to make any comments to the Cabinet before it makes its recommendations to the County Council on 28 January 2020.");
        january.Minute(budget, """
            Mrs Pendleton and the Director of Finance and Support Services presented the draft budget and the results of the consultation. Members asked about the deliverability of the savings in adult day services, the level of general reserves, and the risk that demand in children's social care would exceed the growth provided.
            """);
        january.Decide(budget, "Resolved that the Committee:", null,
            "Supports the protection of children's social care from savings.",
            "Asks the Cabinet to publish a delivery plan for the savings in adult day services before they are implemented.",
            "Asks that the budget monitoring reports to the Cabinet in 2020/21 show the demand pressures in children's social care separately.");
        january.Minuted();
    }
}
