using System.Globalization;
using CommitteeHub.Documents.Layout;
using CommitteeHub.Web.Infrastructure;

namespace CommitteeHub.Web.Demo;

public static partial class SyntheticCounty
{
    /// <summary>What an item is about: its agenda title and description, its report, and for exempt business its
    /// Schedule 12A paragraph, for a motion its words and who moves and seconds it.</summary>
    private sealed record Topic(string Title, string Description, string ReportTitle, string Subject, string AppendixTitle,
        int Paragraph = 0, string? MotionText = null, int Mover = 0, int Seconder = 0);

    /// <summary>An uploaded appendix, printed once by our own PDF library and its bytes reused: a table of figures
    /// as councils attach them.</summary>
    private static byte[] UploadedPdf(CouncilTemplates templates, int n)
    {
        var rows = Enumerable.Range(1, 12 + n * 8).Select(i => (IReadOnlyList<TableCell>)
        [
            new([new Run($"Line {i}")]), new([new Run($"£{(i * 7919 + n * 104_729) % 900_000 + 10_000:N0}")]), new([new Run($"{(i * 37 + n) % 100}%")]),
        ]).ToList();
        var document = new LayoutDocument($"Appendix: figures {n + 1}",
        [
            new Heading(1, "Supporting figures"),
            new Paragraph([new Run("The figures below support the report. They are the latest available at the time of publication and are rounded to the nearest pound.")]),
            new Table([new([new Run("Line")]), new([new Run("Amount")]), new([new Run("Change")])], rows),
        ]);
        return DocumentRenderer.Render(document, templates.Papers, new DateTimeOffset(2020, 1, 1, 9, 0, 0, TimeSpan.Zero));
    }

    private static class Texts
    {
        private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-GB");

        public const string Representations = "Write to Democratic Services, County Hall, Demo Town DT1 1AA, or email democratic.services@demo-county.gov.uk, at least five working days before the date of decision.";
        public const string LateAgendaReason = "The report depends on figures from the Government's settlement announced after the usual publication date, and the decision cannot wait for the next meeting.";
        public const string CallInReasons = "The decision was taken without sufficient consultation with the divisions affected, and the equality impact assessment does not consider residents without access to a car.";
        public static readonly string[] CancelReasons = ["There was no business to transact.", "The meeting was not quorate: too few members were able to attend.", "Severe weather warning: the meeting was cancelled for the safety of members and the public."];
        public static readonly string[] CabinetMembers =
        [
            "Cabinet Member for Highways and Infrastructure", "Cabinet Member for Children, Young People and Skills", "Cabinet Member for Adults and Health",
            "Cabinet Member for Environment and Climate Change", "Cabinet Member for Finance and Resources", "Cabinet Member for Safer, Stronger Communities",
        ];

        private static readonly string[] Places = ["Demo Town", "Fenbury", "Hanbury", "Kingsmere", "Westbrook", "Chalkwell", "Eastwick", "Millbrook", "Rushmere", "Oakhurst", "Netherby", "Castlemere", "Thornby", "Linwood", "Bridgefield", "Alderwood"];

        private static readonly Dictionary<Area, string[]> Subjects = new()
        {
            [Area.Council] = ["Report of the Cabinet", "Report of the Governance Committee: changes to the Constitution", "Treasury management strategy", "Pay policy statement", "Appointments to committees and outside bodies", "Annual report of the Overview and Scrutiny Committee", "Members' allowances scheme", "Questions from members", "Calendar of meetings"],
            [Area.Executive] = ["Revenue budget monitoring: quarter {q}", "Capital programme {y}", "Highways maintenance programme {y}", "School places strategy {y}", "Award of the home to school transport contract", "Adult social care charging policy", "Waste disposal contract extension", "Library service strategy", "Disposal of surplus land at {place}", "Corporate plan performance: quarter {q}", "Fire and rescue integrated risk management plan", "Bus service improvement plan", "Local flood risk management strategy"],
            [Area.Children] = ["Children's social care performance", "Ofsted inspection outcomes in {place} schools", "Special educational needs and disabilities: waiting times", "Early help services", "Elective home education", "Youth service review", "School exclusions", "Child and adolescent mental health services"],
            [Area.Scrutiny] = ["Scrutiny work programme {y}", "Call-in of the decision on {place} library", "Customer contact and complaints", "Corporate plan performance: quarter {q}", "Digital strategy", "Workforce and agency spend", "Community safety partnership annual report", "Libraries and registration services"],
            [Area.Health] = ["Joint health and wellbeing strategy", "Better Care Fund plan {y}", "Public health annual report", "Hospital discharge and winter pressures", "Pharmaceutical needs assessment", "Mental health services for adults", "Drug and alcohol services", "Dental services in {place}"],
            [Area.Parenting] = ["Children in care: performance report", "Care leavers' accommodation", "Virtual school annual report", "Fostering service annual report", "Voice of the child: Children in Care Council", "Placement sufficiency strategy"],
            [Area.Planning] = ["Application {ref}: extension to the quarry at {place}", "Application {ref}: new primary school at {place}", "Application {ref}: waste transfer station at {place}", "Application {ref}: solar farm at {place}", "Definitive map modification order: footpath {n} at {place}", "Application {ref}: road improvements at {place}", "Planning enforcement update"],
            [Area.Governance] = ["Members' code of conduct", "Annual governance statement", "Review of the Constitution", "Complaints under the code of conduct", "Register of interests: annual review", "Freedom of information and data protection"],
            [Area.Audit] = ["Internal audit progress report", "External audit plan {y}", "Statement of accounts {y}", "Corporate risk register", "Counter-fraud annual report", "Treasury management mid-year review"],
            [Area.Environment] = ["Climate change action plan", "Highways winter service", "Household waste recycling centres", "Rights of way improvement plan", "Flood investigation at {place}", "Street lighting replacement", "Countryside sites management", "Trading standards annual report"],
            [Area.Pensions] = ["Pension fund investment performance: quarter {q}", "Triennial valuation {y}", "Investment strategy statement", "Responsible investment policy", "Pension fund annual report and accounts", "Pooling of investments"],
            [Area.Licensing] = ["Home to school transport appeal", "Review of a street trading consent at {place}", "Application for a scrap metal dealer's licence", "Review of a marriage venue approval at {place}"],
            [Area.Local] = ["Highways schemes in {place}", "Petition: 20mph limit in {place}", "Members' local allocations", "Parking review in {place}", "Speed management plan for {place}", "Public questions", "Local flooding update"],
        };

        public static Topic Topic(Area area, Random random, DateOnly day)
        {
            var place = random.Pick(Places);
            var subject = Fill(random.Pick(Subjects[area]), random, day, place);
            return new Topic(subject, $"Report by the officer responsible on {Lower(subject)}.", subject, subject, $"Figures for {Lower(subject)}");
        }

        public static Topic Budget(DateOnly day)
        {
            var year = $"{day.Year}/{(day.Year + 1) % 100:00}";
            return new Topic($"Revenue budget {year}, capital strategy and council tax", $"To set the revenue budget and the council tax for {year}, on the recommendation of the Cabinet.",
                $"Revenue budget {year} and council tax", "the budget", $"Budget by directorate {year}");
        }

        private static readonly (string Title, int Paragraph, string Subject)[] ExemptMatters =
        [
            ("Award of contract for {service}", 3, "the tenders received for {service}"),
            ("Acquisition of land at {place}", 3, "the price to be offered for land at {place}"),
            ("Staffing matter in the {service} service", 1, "an individual employee of the {service} service"),
            ("Negotiations with the trade unions on {service}", 4, "the Council's position in negotiations with the trade unions"),
            ("Legal advice on the {place} claim", 5, "legal advice on a claim against the Council at {place}"),
            ("Appeal by a family in {place}", 2, "the circumstances of a family whose identity must be protected"),
            ("Enforcement action at {place}", 6, "the notice the Council proposes to serve at {place}"),
            ("Investigation of suspected fraud", 7, "a fraud investigation not yet concluded"),
        ];

        private static readonly string[] Services = ["home care", "residential placements", "highways maintenance", "school transport", "waste disposal", "library buildings", "IT support", "catering"];

        public static Topic Exempt(Area area, Random random, DateOnly day)
        {
            var (title, paragraph, subject) = area switch
            {
                Area.Licensing => random.Pick(ExemptMatters.Where(m => m.Paragraph is 1 or 2).ToList()),
                Area.Pensions => ExemptMatters[0],
                Area.Audit => random.Pick(ExemptMatters.Where(m => m.Paragraph is 7 or 3).ToList()),
                _ => random.Pick(ExemptMatters),
            };
            var place = random.Pick(Places);
            var service = random.Pick(Services);
            string F(string text) => text.Replace("{place}", place).Replace("{service}", service);
            return new Topic(F(title), "This item contains exempt information (see the Exclusion of the press and public).", F(title), F(subject), $"Confidential figures on {F(subject)}", paragraph);
        }

        public static string PublicInterest(int paragraph) =>
            $"The report contains {Lower(CommitteeHub.Domain.Schedule12A.Describe(paragraph).TrimEnd('.'))}. While the matter is undecided, the public interest in maintaining the exemption outweighs the public interest in disclosing it.";

        private static readonly string[] MotionSubjects = ["potholes and road safety", "local bus services", "the climate emergency", "school crossing patrols", "rural broadband", "youth services", "care workers' pay", "flood defences", "libraries", "high street regeneration"];

        public static Topic Motion(Random random, DateOnly day, string mover, string seconder)
        {
            var subject = random.Pick(MotionSubjects);
            var place = random.Pick(Places);
            var text = $"""
                This Council notes the concern of residents in {place} and across the county about {subject}, and the petitions received by members this year.

                This Council therefore:

                - (a) Asks the Cabinet to review its policy on {subject} and to report to the next meeting of the appropriate select committee;
                - (b) Asks the Leader to write to the Secretary of State seeking fair funding for {subject} in rural counties; and
                - (c) Commits to consulting parish and town councils before any change to {subject} in their areas.
                """;
            return new Topic($"Notice of Motion from {mover} on {subject}",
                $"{mover} has given notice of the following motion, which will be seconded by {seconder}.\n\n{text}",
                "", subject, "", MotionText: text);
        }

        /// <summary>An amendment as councillors write one: a few words of one paragraph changed.</summary>
        public static string Amend(string motion, Random random) => random.Next(3) switch
        {
            0 => motion.Replace("to review its policy on", "to complete within six months its review of the policy on"),
            1 => motion.Replace("seeking fair funding", "welcoming the additional funding announced and seeking further funding"),
            _ => motion.Replace("parish and town councils", "parish and town councils, residents' associations and local businesses"),
        };

        private static readonly string[] Findings =
        [
            "Demand for the service has risen by {pct}% since {prev}, while funding has risen by less than inflation.",
            "The service met {pct}% of its performance targets in the last quarter, compared with {pct2}% a year earlier.",
            "Officers have reviewed the options with partners in {place} and with the relevant Cabinet Member.",
            "The forecast outturn is an overspend of £{amount}, largely on placements and transport, offset in part by savings elsewhere in the directorate.",
            "Residents who responded to the consultation ({n} responses) broadly supported the proposal, though respondents in {place} raised concerns about access.",
            "The proposal is consistent with the Council Plan priority to keep the county's roads, schools and services in good order.",
            "A procurement exercise under the Public Contracts Regulations attracted {n} bids, evaluated on a 60:40 quality to price basis.",
            "Benchmarking with comparable county councils shows the Council's unit costs to be in the middle quartile.",
            "The Council has a statutory duty in this area and the recommendations set out how that duty will continue to be met.",
            "Progress against the action plan agreed last year is set out in the appendix; {n} of the actions are complete and the rest on track.",
            "Staff vacancies remain a risk: the vacancy rate is {pct}%, and recruitment to specialist posts continues to be difficult.",
            "The Government's settlement for {y} increased core spending power by {pct}%, below the rise in costs the Council faces.",
        ];

        public static string Report(Topic topic, Random random, DateOnly day, string author)
        {
            var paragraphs = new List<string>();
            var count = random.Next(6, 16);
            for (var i = 1; i <= count; i++)
                paragraphs.Add($"2.{i} " + string.Join(" ", Enumerable.Range(0, random.Next(2, 5)).Select(_ => Fill(random.Pick(Findings), random, day, random.Pick(Places)))));
            var recommendations = Resolutions(topic, random);
            var contact = author.Split(", ")[0];
            return $"""
                ## Summary

                This report sets out {Lower(topic.Subject)} for the committee's consideration. {Fill(random.Pick(Findings), random, day, random.Pick(Places))}

                ## Recommendations

                {string.Join("\n", recommendations.Select((r, i) => $"{i + 1}. {r}"))}

                ## 1. Background and context

                1.1 {Fill(random.Pick(Findings), random, day, random.Pick(Places))} {Fill(random.Pick(Findings), random, day, random.Pick(Places))}

                ## 2. Proposal

                {string.Join("\n\n", paragraphs)}

                ## 3. Resources

                3.1 The proposal will be met from the approved budget of £{random.Next(100, 9000) * 1000:N0}. There are no further implications for staffing or property.

                ## 4. Consultation

                4.1 The Cabinet Member and the Chairman of the appropriate select committee have been consulted. {Fill(Findings[4], random, day, random.Pick(Places))}

                ## 5. Risk management implications

                5.1 The risks are recorded in the directorate risk register; none rises to the corporate register.

                ## 6. Equality duty, social value, crime and disorder, human rights

                6.1 An equality impact report has been completed; it finds no disproportionate effect on people with protected characteristics.

                ## Background papers

                None.

                **Contact officer:** {contact}, 01632 960{random.Next(100, 999)}
                """;
        }

        private static readonly string[] Discussion =
        [
            "Members asked how the proposal would affect residents in {place}; officers explained that the effect would be monitored and reported back.",
            "A member asked about the cost; the Director confirmed that it would be met within the approved budget.",
            "Members welcomed the progress made and thanked the staff involved.",
            "In response to a question about timescales, officers said that the work would be complete by the end of the financial year.",
            "Members raised concerns about recruitment and retention, and asked for a further report in six months.",
            "A member asked whether partners had been consulted; officers confirmed that they had, and that their comments were reflected in the report.",
        ];

        public static string Minutes(Topic topic, Random random, string noun) =>
            $"{Capital(noun)} considered a report on {Lower(topic.Subject)}.\n\n" +
            string.Join("\n", Enumerable.Range(0, random.Next(2, 5)).Select(_ => "- " + Fill(random.Pick(Discussion), random, new DateOnly(2020, 1, 1), random.Pick(Places))));

        public static string PublicSummary(Topic topic) =>
            $"The committee considered an exempt report on {topic.Title.ToLowerInvariant()} and agreed the recommendations in it. The details are exempt under paragraph {topic.Paragraph} of Schedule 12A.";

        public static string[] Resolutions(Topic topic, Random random) =>
        [
            .. new[]
            {
                $"That the report on {Lower(topic.Subject)} be noted.",
                $"That the recommendations on {Lower(topic.Subject)} be approved.",
                $"That authority be delegated to the Director, in consultation with the Cabinet Member, to take the decisions needed to implement the proposals on {Lower(topic.Subject)}.",
                $"That a further report on {Lower(topic.Subject)} be brought to the committee within twelve months.",
            }.OrderBy(_ => random.Next()).Take(random.Next(1, 4)),
        ];

        public static string DecisionText(Topic topic, Random random) =>
            $"To approve the proposals on {Lower(topic.Subject)} set out in the report, at a cost of up to £{random.Next(500, 20_000) * 1000:N0}, and to delegate their implementation to the Director responsible.";

        public static string Reasons(Topic topic, Random random) =>
            $"{Fill(random.Pick(Findings), random, new DateOnly(2020, 1, 1), random.Pick(Places))} The proposals on {Lower(topic.Subject)} meet the Council's duties at the least cost.";

        public static string Alternatives(Topic topic, Random random) =>
            random.Next(2) == 0 ? "To do nothing: rejected, because the Council would not meet its statutory duty." : "To defer the decision for a year: rejected, because costs would rise and the benefits would be delayed.";

        public static string PecuniaryInterest(Random random) => random.Pick(["The member owns land adjoining the site.", "The member's spouse is employed by one of the bidders.", "The member is a director of a company that provides the service."]);

        public static string OtherInterest(Random random) => random.Pick(["The member is a governor of a school in the area.", "The member is a trustee of a local charity that receives funding from the Council.", "The member is also a district councillor for the area."]);

        private static string Fill(string text, Random random, DateOnly day, string place) => text
            .Replace("{q}", (((day.Month + 8) % 12) / 3 + 1).ToString(En))
            .Replace("{y}", $"{day.Year}/{(day.Year + 1) % 100:00}")
            .Replace("{prev}", (day.Year - 3).ToString(En))
            .Replace("{pct2}", random.Next(40, 95).ToString(En))
            .Replace("{pct}", random.Next(2, 40).ToString(En))
            .Replace("{amount}", (random.Next(200, 9000) * 1000).ToString("N0", En))
            .Replace("{ref}", $"DC/{day.Year % 100:00}/{random.Next(100, 9999):0000}")
            .Replace("{n}", random.Next(3, 60).ToString(En))
            .Replace("{place}", place);

        private static string Lower(string text) => text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) && !text.StartsWith("Application", StringComparison.Ordinal) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

        private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];
    }
}
