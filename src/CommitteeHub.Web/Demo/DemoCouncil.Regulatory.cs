using CommitteeHub.Domain;

namespace CommitteeHub.Web.Demo;

public static partial class DemoCouncil
{
    /// <summary>A planning officer's report, in the order planning committees expect it.</summary>
    private static string PlanningReport(string application, string recommendation, string site, string proposal,
        string consultations, string representations, string assessment) => $"""
        **Application:** {application}

        ## Recommendation

        {recommendation}

        ## The site and its surroundings

        {site}

        ## The proposal

        {proposal}

        ## Consultations

        {consultations}

        ## Representations

        {representations}

        ## Planning policy

        The development plan comprises the Demo County Minerals and Waste Local Plan (2018) and the local plan of the district or borough in which the site lies. The National Planning Policy Framework (February 2019) is a material consideration.

        ## Assessment

        {assessment}

        ## Human rights and equality

        The recommendation respects the rights of the applicant and of neighbouring residents under Article 8 and Article 1 of the First Protocol of the European Convention on Human Rights. It has no disproportionate effect on people with protected characteristics.
        """;

    private static void Planning2019(Demo d)
    {
        var june = d.Sit(d.Planning, new DateOnly(2019, 6, 11), 10, 30).Standard(new DateOnly(2019, 4, 9));
        var quarry = june.Item("4", "DC/19/0412: Extension of sand extraction at Hollow Lane Quarry, Ashcombe",
            "Report by the Head of Planning Services. County matter application for the extraction of 1.2 million tonnes of soft sand from a 14 hectare eastern extension to Hollow Lane Quarry, with restoration to heathland and a lake. Recommendation: grant, subject to conditions and a section 106 agreement.");
        june.Report(quarry, "DC/19/0412: Hollow Lane Quarry, Ashcombe", "benton", PlanningReport(
            application: "DC/19/0412, Hollow Lane Quarry, Hollow Lane, Ashcombe. Applicant: Wealden Aggregates Ltd.",
            recommendation: "That planning permission be granted subject to the conditions in Appendix A and to the completion of a section 106 agreement securing the long-term management of the restored heathland for 20 years.",
            site: "Hollow Lane Quarry lies 1.5 km north of Ashcombe village, within the area of search for soft sand in the Minerals and Waste Local Plan. The extension site is arable land bounded by ancient woodland to the north and by Hollow Lane to the west. The nearest homes are at Hollow Farm Cottages, 210 metres to the south.",
            proposal: "Extraction would take place in three phases over nine years, at up to 135,000 tonnes a year, using the existing plant site and access. The site would be progressively restored to lowland heathland and an open water body.",
            consultations: "The Environment Agency, Natural England and the Highway Authority raise no objection, subject to conditions. Ashcombe Parish Council objects on the grounds of traffic and noise.",
            representations: "Forty-one letters of objection have been received, mainly about lorry traffic on Hollow Lane, dust, and the loss of views. Six letters support the application.",
            assessment: "There is a need for soft sand, and the county's landbank is below the seven years required by national policy. Noise and dust can be kept within national limits by conditions, including a 100 metre stand-off from the nearest homes. The number of lorry movements would not increase, as the existing output would be maintained rather than increased. The restoration would deliver a net gain for biodiversity."));
        june.Declare(quarry, "radford", InterestKind.DisclosablePecuniary,
            "He is a partner in Hollow Farm Partnership, which owns part of the land within the application site.", leftTheRoom: true);
        june.Minute(quarry, """
            The Principal Planning Officer presented the report. Mr Adrian Pell spoke in objection on behalf of Ashcombe Parish Council, and Mr Stuart Hale, for the applicant, in support. Members asked about the routing of lorries and the hours of working. An amendment to restrict Saturday working to 8 am to 12 noon was accepted by the Committee.
            """);
        june.Decide(quarry, "Resolved:", june.Votes(against: 1, notVoting: ["radford"]),
            "That planning permission be granted subject to the conditions and informatives in Appendix A to the report, amended so that working on Saturdays is limited to 8 am to 12 noon, and to the completion of a section 106 agreement securing the management of the restored heathland for 20 years.");
        var school = june.Item("5", "DC/19/0388: Two-storey classroom extension at Fenbury Primary School (Regulation 3)",
            "Report by the Head of Planning Services. Application by the County Council for a two-storey extension providing four classrooms. Recommendation: grant.");
        june.Minute(school, "The Principal Planning Officer presented the report. Members welcomed the school travel plan.");
        june.Decide(school, "Resolved:", june.Votes(),
            "That planning permission be granted under Regulation 3 of the Town and Country Planning General Regulations 1992, subject to the conditions in Appendix A to the report.");
        june.Minuted();

        var july = d.Sit(d.Planning, new DateOnly(2019, 7, 9), 10, 30).Standard();
        july.Involve("doyle");
        july.Involve("osei");
        var waste = july.Item("4", "DC/19/0455: Waste transfer and recycling facility, Unit 7 Fenbury Business Park",
            "Report by the Head of Planning Services. Application for a waste transfer station handling up to 75,000 tonnes a year of commercial and industrial waste. Recommendation: grant, subject to conditions.");
        july.Report(waste, "DC/19/0455: Unit 7 Fenbury Business Park", "benton", PlanningReport(
            application: "DC/19/0455, Unit 7, Fenbury Business Park, Station Road, Fenbury. Applicant: Greenline Waste Services Ltd.",
            recommendation: "That planning permission be granted subject to the conditions in Appendix A.",
            site: "Unit 7 is a vacant industrial building on an established business park 400 metres from the nearest homes on Station Road.",
            proposal: "The building would be used for the sorting and bulking of commercial and industrial waste, with all handling inside the building. Operating hours would be 7 am to 6 pm on weekdays and 7 am to 1 pm on Saturdays, with up to 120 lorry movements a day.",
            consultations: "The Highway Authority raises no objection. Fenbury District Council objects because of the effect of lorry traffic on Station Road.",
            representations: "One hundred and twelve letters of objection, mainly about traffic, odour and the proximity of Fenbury Infant School on Station Road.",
            assessment: "The site is an industrial location of the kind the Waste Local Plan supports. With all waste handled indoors, odour and noise can be controlled by conditions. The Highway Authority is satisfied that Station Road can accommodate the traffic."));
        july.Minute(waste, """
            The Principal Planning Officer presented the report. Mrs Jenkins spoke in objection on behalf of the Station Road Residents' Association and Mr Farrant for the applicant. Members expressed concern that 120 lorry movements a day on Station Road, past the entrance to Fenbury Infant School, would harm highway safety at school arrival and departure times, and did not accept that this could be controlled by condition. Mr Doyle moved, and Mr Osei seconded, that the application be refused.
            """);
        july.Decide(waste, "Resolved:", july.Votes(against: 3, abstentions: 1),
            "That planning permission be refused for the following reason: the number of heavy goods vehicle movements generated by the development on Station Road, Fenbury, close to the entrance of Fenbury Infant School, would be harmful to highway safety, contrary to policy W18 of the Demo County Waste Local Plan and paragraph 109 of the National Planning Policy Framework.");
        july.Minuted();

        var september = d.Sit(d.Planning, new DateOnly(2019, 9, 10), 10, 30).Standard().Substitute("quinn", "barlow");
        var green = september.Item("4", "Town and village green application TVG/18/02: Church Meadow, Brackley",
            "Report by the Director of Law and Assurance on an application to register Church Meadow, Brackley as a town or village green under section 15 of the Commons Act 2006, following a non-statutory public inquiry.");
        september.Minute(green, """
            The Committee considered the report of the independent Inspector who had held a non-statutory inquiry in May 2019. The Inspector found that a significant number of the inhabitants of Brackley had used the land for lawful sports and pastimes as of right for at least 20 years, and recommended registration. The landowner's representative, Ms Carrick, spoke against registration.
            """);
        september.Decide(green, "Resolved:", september.Votes(abstentions: 1),
            "That the land known as Church Meadow, Brackley be registered as a town or village green under section 15(2) of the Commons Act 2006, for the reasons given in the Inspector's report.");
        september.Minuted();

        var november = d.Sit(d.Planning, new DateOnly(2019, 11, 12), 10, 30).Standard();
        var footpath = november.Item("4", "Definitive map modification order: Footpath 117, Netherby",
            "Report by the Director of Law and Assurance on an application to add a public footpath between Mill Lane and Netherby Common to the definitive map and statement.");
        november.Minute(footpath, """
            The Committee considered the evidence of use submitted with the application, and the landowner's objection. Officers advised that the evidence of 27 users showed, on the balance of probabilities, that a public right of way on foot subsisted over the route.
            """);
        november.Decide(footpath, "Resolved:", november.Votes(),
            "That a definitive map modification order be made under section 53(3)(c)(i) of the Wildlife and Countryside Act 1981 to add a public footpath between Mill Lane and Netherby Common, and that the order be confirmed if no objections are received.");
        november.Minuted();

        var march = d.Sit(d.Planning, new DateOnly(2020, 3, 10), 10, 30).Standard();
        var newSchool = march.Item("4", "DC/19/0603: New two-form entry primary school, Kingsmere Park, North Demo Town (Regulation 3)",
            "Report by the Head of Planning Services. Application by the County Council for a 420-place primary school with a 52-place nursery, playing fields and a drop-off area. Recommendation: grant, subject to conditions.");
        march.Report(newSchool, "DC/19/0603: New primary school, Kingsmere Park", "benton", PlanningReport(
            application: "DC/19/0603, land at Kingsmere Park, North Demo Town. Applicant: Demo County Council (Education and Skills).",
            recommendation: "That planning permission be granted under Regulation 3 of the Town and Country Planning General Regulations 1992, subject to the conditions in Appendix A.",
            site: "The site is 2.2 hectares within the Kingsmere Park development of 1,400 homes, reserved for a primary school by the section 106 agreement for that development.",
            proposal: "A two-storey school building for 420 pupils and a 52-place nursery, a sports pitch, a multi-use games area, 38 staff parking spaces and a drop-off area for 20 cars. The school would open in September 2021.",
            consultations: "Sport England supports the proposal. The Highway Authority raises no objection subject to a school travel plan.",
            representations: "Nine letters raise concerns about parking at drop-off and pick-up times. Two letters support the proposal.",
            assessment: "The school is needed to provide places for children from the new homes, and its location was established when the development was permitted. The travel plan and the drop-off area will limit on-street parking."));
        march.Minute(newSchool, "The Principal Planning Officer presented the report. Members asked that the travel plan include a walking bus from the east of the development.");
        march.Decide(newSchool, "Resolved:", march.Votes(),
            "That planning permission be granted under Regulation 3 of the Town and Country Planning General Regulations 1992, subject to the conditions in Appendix A to the report and an additional condition requiring the school travel plan to include measures to encourage walking from the east of the development.");
        march.Minuted();
    }

    private static void Governance2019(Demo d)
    {
        var p = d.P;

        var july = d.Sit(d.Governance, new DateOnly(2019, 7, 22), 14).Standard(new DateOnly(2019, 3, 25)).Officers("clarke");
        var accounts = july.Item("4", "Statement of accounts 2018/19 and audit findings report",
            "Report by the Director of Finance and Support Services, and the external auditor's audit findings report.");
        july.Minute(accounts, """
            The Director of Finance and Support Services presented the statement of accounts. The external auditor reported that he expected to give an unqualified opinion on the accounts and an unqualified value for money conclusion, except for the arrangements for children's social care, where the Ofsted judgement meant that he would issue an adverse conclusion.
            """);
        july.Decide(accounts, "Resolved that the Committee:", july.Votes(),
            "Approves the statement of accounts for 2018/19.",
            "Notes the external auditor's audit findings report, including the adverse value for money conclusion on children's social care.");
        var statement = july.Item("5", "Annual governance statement 2018/19",
            "Report by the Director of Law and Assurance. The Accounts and Audit Regulations 2015 require the Council to review its system of internal control each year and to publish an annual governance statement with its accounts.");
        july.Minute(statement, "The Director of Law and Assurance presented the annual governance statement, which identified the governance of children's social care as a significant governance issue.");
        july.Decide(statement, "Resolved that the Committee:", july.Votes(), "Approves the annual governance statement for 2018/19 for signature by the Leader and the Chief Executive.");
        july.Minuted();

        var september = d.Sit(d.Governance, new DateOnly(2019, 9, 30), 14).Standard().Apologies("ellis");
        var review = september.Item("4", "Review of scrutiny arrangements",
            "On 7 June 2019 the County Council invited the Governance Committee to consider whether any changes should be made to the Council's scrutiny arrangements. Report by the Director of Law and Assurance.");
        september.Report(review, "Review of scrutiny arrangements", "kershaw", ReportText(
            summary: "The Council's resolution of 7 June 2019 on the Ofsted inspection of children's services called for members who carry out oversight, scrutiny and challenge to be more robust and independent minded, and invited this Committee to consider whether any changes should be made to the Council's scrutiny arrangements. This report reviews the arrangements against the statutory guidance of May 2019.",
            recommendations:
            [
                "That the Committee recommends to the County Council that from the annual meeting in 2020 each select committee elect its own Vice-Chairman, and that the Vice-Chairman of the Overview and Scrutiny Committee be a member of a group other than the largest group.",
                "That the Committee recommends the Scrutiny Protocol at the appendix to the County Council for adoption.",
            ],
            proposal: """
                The statutory guidance identifies four features of effective scrutiny: a culture that values challenge; access to information; the independence of scrutiny members; and the use of evidence from outside the council. The Council's arrangements are strongest on access to information and weakest on evidence from service users and front-line staff, which the select committees have rarely sought.

                The guidance suggests that councils consider allowing committees to elect their own chairmen. The Committee may wish to recommend a first step: vice-chairmen elected by the committees, and a minority-group vice-chairman of the Overview and Scrutiny Committee.
                """,
            resources: "None.",
            contact: Contact(p, "kershaw"),
            background: "Statutory guidance on overview and scrutiny in local and combined authorities, May 2019; County Council minutes, 7 June 2019."));
        september.Minute(review, """
            The Director of Law and Assurance introduced the report. Mr Jones proposed that the Committee also recommend that select committees elect their chairmen; the votes being equal (For 3, Against 3), the proposal was lost on the casting vote of the Chairman. Members agreed that the protocol should make it easier for select committees to visit services and to hear from front-line staff, children and families.
            """);
        september.Decide(review, "Resolved that the Committee:", september.Votes(against: 1),
            "Recommends to the County Council that from the annual meeting in 2020 each select committee elect its own Vice-Chairman, and that the Vice-Chairman of the Overview and Scrutiny Committee be a member of a group other than the largest group.",
            "Recommends the Scrutiny Protocol to the County Council for adoption.");
        september.Minuted();

        var january = d.Sit(d.Governance, new DateOnly(2020, 1, 27), 14);
        january.Cancel("There was no business requiring a decision of the Committee. The items planned for this meeting will be taken on 16 March 2020.");

        var march = d.Sit(d.Governance, new DateOnly(2020, 3, 16), 14).Standard();
        var standards = march.Item("4", "Annual report of the Monitoring Officer on standards and conduct 2019",
            "Report by the Director of Law and Assurance and Monitoring Officer.");
        march.Minute(standards, """
            The Monitoring Officer reported that he had received eleven complaints that a member had breached the Code of Conduct in 2019. Nine had not been taken further, one had been resolved informally, and one had been investigated and found to be a breach, for which the member had apologised. All members had registered their interests within 28 days of the annual meeting.
            """);
        march.Decide(standards, "Resolved that the Committee:", null, "Notes the annual report of the Monitoring Officer.");
        var audit = march.Item("5", "Internal audit plan 2020/21",
            "Report by the Head of Internal Audit. The plan includes audits of the quality assurance framework for children's social care and of the controls over agency staff spending.");
        march.Minute(audit, "The Head of Internal Audit presented the plan. Members asked that the audit of agency staff spending be brought forward to the first quarter.");
        march.Decide(audit, "Resolved that the Committee:", march.Votes(), "Approves the internal audit plan for 2020/21, with the audit of agency staff spending brought forward to the first quarter.");
        march.Minuted();
    }
}
