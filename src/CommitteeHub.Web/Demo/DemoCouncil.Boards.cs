using CommitteeHub.Domain;

namespace CommitteeHub.Web.Demo;

public static partial class DemoCouncil
{
    private static void HealthAndWellbeingBoard2019(Demo d)
    {
        var p = d.P;

        var june = d.Sit(d.Health, new DateOnly(2019, 6, 27), 14).Standard(new DateOnly(2019, 3, 14)).Officers("mehta", "pearce");
        var jsna = june.Item("4", "Joint Strategic Needs Assessment: summary 2019",
            "Report by the Director of Public Health presenting the annual summary of the Joint Strategic Needs Assessment.");
        june.Report(jsna, "Joint Strategic Needs Assessment: summary 2019", "mehta", ReportText(
            summary: "The Joint Strategic Needs Assessment (JSNA) describes the health and wellbeing needs of the people of Demo County. The 2019 summary highlights an ageing population, a widening gap in healthy life expectancy between the most and least deprived areas, and rising demand for mental health support among children and young people.",
            recommendations: ["That the Board endorses the JSNA summary 2019 and uses it to review the priorities of the Joint Health and Wellbeing Strategy."],
            proposal: """
                Demo County has 862,000 residents, 22 per cent of them aged 65 or over. Healthy life expectancy for men in the most deprived tenth of the county is 14.1 years shorter than in the least deprived tenth. Referrals of children and young people to specialist mental health services rose by 31 per cent in the three years to March 2019.
                """,
            resources: "The JSNA is produced within the public health grant.",
            contact: Contact(p, "mehta")));
        june.Minute(jsna, "The Director of Public Health presented the summary. Board members discussed the rise in children's mental health referrals and the role of schools.");
        june.Decide(jsna, "Resolved that the Board:", null, "Endorses the Joint Strategic Needs Assessment summary 2019.");
        var bcf = june.Item("5", "Better Care Fund plan 2019/20",
            "Report by the Director of Adults' Services and the Accountable Officer of NHS Demo County Clinical Commissioning Group.");
        june.Declare(bcf, "lister", InterestKind.OtherRegistrable,
            "She is a partner in the Fenbury Medical Practice, which receives Better Care Fund funding for a community nursing pilot.");
        june.Minute(bcf, """
            The Director of Adults' Services presented the plan, which pools £68.4 million of County Council and NHS funding to support people to live independently and to leave hospital without delay.
            """);
        june.Decide(bcf, "Resolved that the Board:", june.Votes(), "Approves the Better Care Fund plan 2019/20 for submission to NHS England.");
        june.Minuted();

        var october = d.Sit(d.Health, new DateOnly(2019, 10, 10), 14).Standard().Officers("mehta");
        var annual = october.Item("4", "Annual report of the Director of Public Health 2019: the emotional wellbeing of children and young people",
            "The Director of Public Health will present his independent annual report on the health of the people of Demo County, which this year considers the emotional wellbeing of children and young people.");
        october.Minute(annual, """
            The Director of Public Health presented his annual report, which this year focused on the emotional wellbeing of children and young people. The Board discussed the report's recommendations for schools, the NHS and the County Council, and agreed that its partners would report their response in March.
            """);
        october.Decide(annual, "Resolved that the Board:", null,
            "Welcomes the annual report of the Director of Public Health.",
            "Asks each partner to report its response to the recommendations to the Board in March 2020.");
        var winter = october.Item("5", "Winter planning across health and social care 2019/20",
            "Joint report of the County Council and NHS Demo County Clinical Commissioning Group on the arrangements to manage demand for health and social care this winter.");
        october.Minute(winter, "The Board received the joint winter plan of the County Council and the NHS, including the additional home care capacity commissioned to support hospital discharge.");
        october.Decide(winter, "Resolved that the Board:", null, "Notes the joint winter plan for 2019/20.");
        october.Minuted();

        // 12 March 2020: seed 001. Ofsted's re-inspection report had been published on 24 January 2020.
        var march = d.Sit(d.Health, new DateOnly(2020, 3, 12), 14).Standard()
            .Officers("driscoll", "little")
            .Guest("vickery", "Not a member of the Board; addressed the Board on item 4 with the Chairman's permission");
        march.Involve("tariq");
        march.Involve("marsh");
        march.Involve("tait");
        var ofsted = march.Item("4", "OFSTED Inspection of Services for children in need of help and protection, children looked after and care leavers",
            "Catherine Driscoll, Executive Director of People Services, will update the Board on the action plan put in place since the Ofsted report of 24 January 2020.");
        march.Paper(ofsted, "Ofsted inspection report", DocumentKind.SupportingDocument, "driscoll", """
            ## Ofsted inspection of Demo County Council children's services: summary

            Inspection dates: 2 to 13 December 2019. Report published: 24 January 2020.

            | Judgement | Grade |
            |---|---|
            | The impact of leaders on social work practice with children and families | Requires improvement to be good |
            | The experiences and progress of children who need help and protection | Inadequate |
            | The experiences and progress of children in care and care leavers | Requires improvement to be good |
            | Overall effectiveness | Inadequate |

            ### What inspectors found

            Since the last inspection, leaders have taken swift action to stabilise the service. Caseloads have reduced, children at immediate risk of significant harm are now protected, and leaders have an accurate understanding of the quality of practice. However, improvement is not yet progressing fast enough: too many children still experience delay in assessment and planning, and the quality of practice with children in need remains too variable.

            ### What needs to improve

            The report makes 14 recommendations, including:

            - the timeliness and quality of assessments, and the use of chronologies and histories;
            - the response to children who go missing and to children at risk of exploitation;
            - the consistency of management oversight and supervision;
            - the stability of the workforce and the reliance on agency social workers;
            - the sufficiency of local placements for children in care;
            - partnership working with housing providers to meet the needs of care leavers and of families.

            The Council's revised improvement plan addresses each recommendation under eight high-level outcomes.
            """);
        march.Minute(ofsted, HealthBoardOfstedMinutes);
        var mentalHealth = march.Item("5", "Children and young people's mental health: local transformation plan refresh",
            "Report by NHS Demo County Clinical Commissioning Group.");
        march.Minute(mentalHealth, """
            Dr Lister presented the refreshed local transformation plan for children and young people's mental health, including the mental health support teams being established in schools in Demo Town and Fenbury from September 2020.
            """);
        march.Decide(mentalHealth, "Resolved that the Board:", march.Votes(), "Endorses the refreshed local transformation plan.");
        march.Minuted();
    }

    private static void CorporateParentingPanel2019(Demo d)
    {
        var p = d.P;

        var july = d.Sit(d.Parenting, new DateOnly(2019, 7, 8), 14).Standard(new DateOnly(2019, 4, 8)).Guest("tariq", "Cabinet Member for Children, Young People and Skills");
        var role = july.Item("4", "Ofsted inspection: corporate parenting and the Panel's role",
            "Report by the Assistant Director, Corporate Parenting, on Ofsted's findings about corporate parenting and proposals to strengthen the Panel.");
        july.Report(role, "Ofsted inspection: corporate parenting and the Panel's role", "baxter", ReportText(
            summary: "Ofsted found that oversight and challenge from corporate leaders, including the corporate parenting panel, had not been sufficiently rigorous. This report proposes changes to the way the Panel works so that it hears directly from children and care leavers and holds services to account for their outcomes.",
            recommendations:
            [
                "That young people from the Children in Care Council be invited to every meeting of the Panel, and to set one item on each agenda.",
                "That the Panel receive a scorecard of outcomes for children in care and care leavers at each meeting.",
                "That each member of the Panel visit a children's home or a care leavers' service at least once a year.",
            ],
            proposal: "The Panel was established in 2014 and has met quarterly. Its agendas have been set by officers, and it has rarely heard directly from children. Panels in councils judged good or outstanding give children and care leavers a direct voice and a share in setting the agenda.",
            resources: "The costs of young people's attendance (travel, and vouchers in recognition of their time) will be met from the corporate parenting budget.",
            contact: Contact(p, "baxter")));
        july.Minute(role, "The Chairman said that she intended to involve children, carers, agencies and partners in the Panel's meetings. The Panel agreed the proposals.");
        july.Decide(role, "Resolved that the Panel:", july.Votes(),
            "Invites young people from the Children in Care Council to every meeting, and to set one item on each agenda.",
            "Will receive a scorecard of outcomes for children in care and care leavers at each meeting.",
            "Agrees that each member will visit a children's home or a care leavers' service at least once a year.");
        var voice = july.Item("5", "The Children in Care Council: what matters to us",
            "Presentation by members of the Children in Care Council.");
        july.Minute(voice, """
            Three members of the Children in Care Council presented what mattered most to them: having the same social worker for longer, being told in advance when a social worker changes, being able to see brothers and sisters, and having a say in where they live. The Chairman thanked them for their presentation.
            """);
        july.Minuted();

        var october = d.Sit(d.Parenting, new DateOnly(2019, 10, 7), 14).Standard();
        var school = october.Item("4", "Virtual School annual report 2018/19",
            "Report by the Head of the Virtual School for children in care.");
        october.Minute(school, """
            The Head of the Virtual School presented the annual report. Attainment of children in care at key stage 4 had improved but remained well below that of their peers. No child in care had been permanently excluded in 2018/19. Members asked how they could help; the Head suggested that members ask the schools they visit as governors whether they have children in care and how they are getting on.
            """);
        october.Decide(school, "Resolved that the Panel:", null, "Notes the Virtual School annual report 2018/19.");
        var placements = october.Item("5", "Placement sufficiency and stability",
            "Report by the Assistant Director, Corporate Parenting, on where children in care live, how often they move, and the plans to increase local placements.");
        october.Minute(placements, """
            The Panel considered the sufficiency of placements for children in care. 38 per cent of children were placed outside the county, many of them in residential homes. Members welcomed the Cabinet's plans to commission more residential places within the county.
            """);
        october.Decide(placements, "Resolved that the Panel:", null, "Notes the report and asks for an update on local residential places in April 2020.");
        october.Minuted();

        var january = d.Sit(d.Parenting, new DateOnly(2020, 1, 20), 14).Standard();
        var health = january.Item("4", "Health of children looked after: annual report 2018/19",
            "Report by the Designated Nurse for Children Looked After, NHS Demo County Clinical Commissioning Group.");
        var offer = january.Item("5", "Care leavers' local offer",
            "Report by the Assistant Director, Corporate Parenting, on the refreshed local offer for care leavers, co-produced with care leavers.");
        january.Minute(health, "The Panel received the annual report on the health of children looked after. 91 per cent of children had had their annual health assessment on time; dental checks remained lower at 74 per cent.");
        january.Decide(health, "Resolved that the Panel:", null, "Notes the annual report on the health of children looked after.");
        january.Minute(offer, """
            Two care leavers presented the refreshed local offer, which they had helped to write. It includes exemption from council tax until the age of 25, a setting-up home allowance of £2,000, and free leisure passes. Members asked whether the district councils had agreed the council tax exemption; all had.
            """);
        january.Decide(offer, "Resolved that the Panel:", january.Votes(), "Endorses the care leavers' local offer and recommends it to the Cabinet.");
        january.Minuted();

        // The Panel's April 2020 agenda had gone out when the first coronavirus restrictions came in.
        var april = d.Sit(d.Parenting, new DateOnly(2020, 4, 6), 14).Standard();
        april.Item("4", "Fostering service annual report 2019/20", "Report by the Head of Fostering and Adoption.");
        april.Item("5", "Local residential places: update", "Update requested by the Panel on 7 October 2019.");
        april.PublishOnly();
        april.Postpone("Postponed in line with the Government's instructions of 23 March 2020 on coronavirus (COVID-19). The Panel will meet remotely once the arrangements for virtual meetings are in place.");
    }
}
