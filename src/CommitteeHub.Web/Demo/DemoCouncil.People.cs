using CommitteeHub.Data;
using CommitteeHub.Domain;

namespace CommitteeHub.Web.Demo;

public static partial class DemoCouncil
{
    private const string Conservative = "Conservative";
    private const string LiberalDemocrat = "Liberal Democrat";
    private const string Labour = "Labour";
    private const string Green = "Green";
    private const string Independent = "Independent";
    private const string MailDomain = "demo-county.gov.uk";

    /// <summary>The municipal year of the demo began at the annual meeting of the County Council.</summary>
    private static readonly DateOnly AnnualMeeting2019 = new(2019, 5, 21);

    private sealed record Councillor(string Honorific, string First, string Last, string Party, string Division,
        string? Post = null, string? PrintedAs = null);

    private sealed record Officer(string First, string Last, string Post, string Telephone);

    private sealed record CoOptee(string PrintedAs, string First, string Last, string Organisation);

    // Mr Jones, Mr Simmons, Mr Vickery, Cllr Tamoor Tariq and Cllr Pilkington are named in the seed documents; the
    // council prints other members' names the way West Sussex does, "Mr Jones", "Mrs Smith".
    private static readonly Councillor[] AllCouncillors =
    [
        new("Mr", "Richard", "Ashworth", Conservative, "Ashcombe and Lydford", "Leader of the Council"),
        new("Mrs", "Helen", "Pendleton", Conservative, "Brackley Vale", "Deputy Leader and Cabinet Member for Finance and Resources"),
        new("Cllr", "Tamoor", "Tariq", Conservative, "Northgate", "Cabinet Member for Children, Young People and Skills", "Cllr Tamoor Tariq"),
        new("Mr", "Graham", "Hollis", Conservative, "Fenbury East", "Cabinet Member for Adults and Health"),
        new("Mrs", "Grace", "Okafor", Conservative, "Westbrook", "Cabinet Member for Highways and Infrastructure"),
        new("Mr", "David", "Carver", Conservative, "Chalkwell", "Cabinet Member for Environment and Climate Change"),
        new("Ms", "Julia", "Bramwell", Conservative, "Hanbury", "Cabinet Member for Economy and Corporate Resources"),
        new("Mr", "Stephen", "Fenwick", Conservative, "Kingsmere", "Cabinet Member for Safer, Stronger Communities"),
        new("Mr", "Andrew", "Simmons", Conservative, "Oakhurst"),
        new("Mrs", "Patricia", "Smith", Conservative, "Demo Town South", "Chairman of the County Council"),
        new("Mr", "Peter", "Whitcombe", Conservative, "Netherby", "Vice-Chairman of the County Council"),
        new("Mr", "James", "Lowther", Conservative, "Millbrook"),
        new("Mrs", "Elizabeth", "Harcourt", Conservative, "Eastwick"),
        new("Mrs", "Margaret", "Denby", Conservative, "Greystone"),
        new("Mr", "Keith", "Burrows", Conservative, "Thornby"),
        new("Mr", "Mark", "Ellison", Conservative, "Castlemere"),
        new("Mrs", "Deborah", "Quinn", Conservative, "Rushmere"),
        new("Mr", "Nigel", "Acton", Conservative, "Pembury Hill"),
        new("Mrs", "Susan", "Barlow", Conservative, "Linwood"),
        new("Mr", "Colin", "Radford", Conservative, "Hollow Vale"),
        new("Mr", "Michael", "Jones", LiberalDemocrat, "Demo Town West", "Leader of the Liberal Democrat Group"),
        new("Dr", "Fiona", "Walsh", LiberalDemocrat, "Abbotsley"),
        new("Mr", "Roger", "Vickery", LiberalDemocrat, "Fenbury West"),
        new("Mrs", "Karen", "Nuttall", LiberalDemocrat, "Cranford"),
        new("Mr", "Daniel", "Osei", LiberalDemocrat, "Bridgefield"),
        new("Mrs", "Joanne", "Lambert", LiberalDemocrat, "Westmere"),
        new("Mr", "Harjit", "Singh", LiberalDemocrat, "Demo Town East"),
        new("Ms", "Claire", "Fairley", LiberalDemocrat, "Alderwood"),
        new("Cllr", "Sue", "Pilkington", Labour, "Demo Town Central", "Leader of the Labour Group", "Cllr Sue Pilkington"),
        new("Mr", "Sean", "Doyle", Labour, "Riverside"),
        new("Mrs", "Nasreen", "Ahmed", Labour, "Demo Town North"),
        new("Mr", "Gareth", "Price", Labour, "Southgate"),
        new("Ms", "Rowan", "Ellis", Green, "Copse Hill", "Leader of the Green Group"),
        new("Mr", "Oliver", "Thorne", Green, "Fenbury South"),
        new("Mr", "Tony", "Marchant", Independent, "Eastmere"),
        new("Mrs", "Ann", "Drury", Independent, "Holmwood"),
    ];

    // Geoff Little, John Readman, Catherine Driscoll and Tony Kershaw are named in the seed documents.
    private static readonly Officer[] AllOfficers =
    [
        new("Geoff", "Little", "Chief Executive", "01632 960001"),
        new("John", "Readman", "Director of Children's Services", "01632 960110"),
        new("Catherine", "Driscoll", "Executive Director of People Services", "01632 960100"),
        new("Tony", "Kershaw", "Director of Law and Assurance and Monitoring Officer", "01632 960020"),
        new("Helen", "Clarke", "Director of Finance and Support Services (Section 151 Officer)", "01632 960030"),
        new("Sunil", "Mehta", "Director of Public Health", "01632 960140"),
        new("Joanne", "Pearce", "Director of Adults' Services", "01632 960120"),
        new("Owen", "Baxter", "Assistant Director, Corporate Parenting", "01632 960115"),
        new("Alan", "Prior", "Head of Planning Services", "01632 960210"),
        new("Lucy", "Benton", "Principal Planning Officer", "01632 960214"),
        new("Martin", "Odell", "Head of Democratic Services", "01632 960400"),
        new("Jane", "Whitfield", "Democratic Services Officer", "01632 960412"),
        new("Ross", "Finch", "Senior Advisor, Democratic Services (Scrutiny)", "01632 960414"),
        new("Priya", "Nair", "Democratic Services Officer", "01632 960416"),
    ];

    private static readonly CoOptee[] AllCoOptees =
    [
        new("Revd Canon Jeremy Platt", "Jeremy", "Platt", "Church of England Diocesan Board of Education"),
        new("Mrs Bernadette Cole", "Bernadette", "Cole", "Roman Catholic Diocesan Schools Service"),
        new("Mr Tom Hadley", "Tom", "Hadley", "Parent governor representative (primary schools)"),
        new("Mrs Nadia Brooks", "Nadia", "Brooks", "Parent governor representative (secondary schools)"),
        new("Cllr Jenny Marsh", "Jenny", "Marsh", "Fenbury District Council"),
        new("Cllr Robert Tait", "Robert", "Tait", "Demo Town Borough Council"),
        new("Dr Kate Lister", "Kate", "Lister", "NHS Demo County Clinical Commissioning Group"),
        new("Mrs Frances Russell", "Frances", "Russell", "Healthwatch Demo County"),
    ];

    private static async Task<Cast> AddPeopleAsync(CouncilDb db, CancellationToken ct)
    {
        var cast = new Cast();
        var line = 0;
        foreach (var c in AllCouncillors)
        {
            var person = new Person(PersonKind.Councillor, c.PrintedAs ?? $"{c.Honorific} {c.Last}", c.First, c.Last)
                .Representing(c.Party, c.Division)
                .InPost(c.Post)
                .WithContact($"{c.First}.{c.Last}@{MailDomain}".ToLowerInvariant(), $"07700 900{++line:D3}");
            cast.Add(c.Last, person);
        }
        foreach (var o in AllOfficers)
        {
            var person = new Person(PersonKind.Officer, $"{o.First} {o.Last}", o.First, o.Last)
                .InPost(o.Post)
                .WithContact($"{o.First}.{o.Last}@{MailDomain}".ToLowerInvariant(), o.Telephone);
            cast.Add(o.Last, person);
        }
        foreach (var c in AllCoOptees)
            cast.Add(c.Last, new Person(PersonKind.CoOptee, c.PrintedAs, c.First, c.Last).InPost(c.Organisation));

        db.People.AddRange(cast.All);
        await db.SaveChangesAsync(ct);
        return cast;
    }

    private static string Contact(Cast p, string key) =>
        $"{p[key].DisplayName}, {p[key].JobTitle}, {p[key].Telephone}, {p[key].Email}";

    private static async Task<Demo> AddCommitteesAsync(CouncilDb db, Cast p, DateOnly today, CancellationToken ct)
    {
        const string chamber = "Council Chamber, County Hall, Demo Town";
        const string room1 = "Committee Room 1, County Hall, Demo Town";
        const string room2 = "Committee Room 2, County Hall, Demo Town";

        var council = new Committee("County Council", CommitteeKind.FullCouncil, """
            The County Council is all 36 elected councillors meeting together. It sets the budget and the council tax, approves the policy framework (the plans and strategies that the Constitution reserves to it), appoints the Leader, the committees and the statutory officers, and agrees the Constitution.

            Its meetings are chaired by the Chairman of the County Council, who is elected at the annual meeting each May. At ordinary meetings councillors ask questions of the Leader and Cabinet Members, receive the reports of the Cabinet and of committees, and debate notices of motion.
            """).WithQuorum(9, Contact(p, "whitfield"));

        var cabinet = new Committee("Cabinet", CommitteeKind.Executive, """
            The Cabinet is the Council's executive. It is made up of the Leader, who chairs it, and the Cabinet Members the Leader appoints, each responsible for a portfolio of services.

            Cabinet takes the key decisions that are not delegated to individual Cabinet Members or officers, proposes the budget and the policy framework to the County Council, and monitors the Council's performance and finances. Its key decisions are published in the Forward Plan at least 28 days ahead and may be called in by the Overview and Scrutiny Committee before they are implemented.
            """).WithQuorum(3, Contact(p, "whitfield"));

        var select = new Committee("Children and Young People's Services Select Committee", CommitteeKind.Scrutiny, """
            The Select Committee scrutinises the Council's services for children, young people and families: children's social care, early help, education and skills, special educational needs and disabilities, and the Council's duties as corporate parent.

            It examines decisions before they are taken (including the Cabinet Member decisions in the Forward Plan), reviews performance and the progress of the Children First Practice Improvement Plan, and makes recommendations to the Cabinet and the County Council. Representatives of the Church of England and Roman Catholic dioceses and of parent governors sit on it as co-opted members with a vote on education matters.
            """).WithQuorum(4, Contact(p, "finch"));

        var scrutiny = new Committee("Overview and Scrutiny Committee", CommitteeKind.Scrutiny, """
            The Overview and Scrutiny Committee leads the Council's scrutiny work. It agrees the work programmes of the select committees, scrutinises cross-cutting issues and the Council's corporate plan and budget, and considers call-ins of executive decisions that have not yet been implemented.

            It may ask the Leader, Cabinet Members and senior officers to attend and answer questions, and it reports its recommendations to the Cabinet or the County Council.
            """).WithQuorum(4, Contact(p, "finch"));

        var health = new Committee("Health and Wellbeing Board", CommitteeKind.Board, """
            The Health and Wellbeing Board brings together the County Council, the NHS, the district and borough councils and Healthwatch to improve the health and wellbeing of the people of Demo County and to reduce health inequalities.

            It prepares the Joint Strategic Needs Assessment and the Joint Health and Wellbeing Strategy, promotes the integration of health and social care, and signs off the Better Care Fund plan. It is a strategic board: it does not scrutinise individual services, which is the work of the select committees.
            """).WithQuorum(4, Contact(p, "nair"));

        var parenting = new Committee("Corporate Parenting Panel", CommitteeKind.Panel, """
            The Corporate Parenting Panel makes sure that the County Council, as corporate parent, does for the children it looks after and its care leavers what a good parent would do for their own children.

            The Panel hears directly from children in care and care leavers, including through the Children in Care Council, and reviews their health, education, placements and preparation for adult life. It reports to the Cabinet and may refer matters to the Children and Young People's Services Select Committee.
            """).WithQuorum(3, Contact(p, "nair"));

        var planning = new Committee("Planning and Regulatory Committee", CommitteeKind.Regulatory, """
            The Planning and Regulatory Committee decides applications for planning permission that are for the County Council to determine: minerals and waste developments (county matters) and the Council's own development, such as new schools, where they are not delegated to officers.

            It also decides applications to register town and village greens, and opposed orders to modify the definitive map of public rights of way. Its members are trained in planning law before they sit.
            """).WithQuorum(4, Contact(p, "nair"));

        var governance = new Committee("Governance Committee", CommitteeKind.Regulatory, """
            The Governance Committee keeps the Council's Constitution, its code of conduct for members and its arrangements for internal control under review. It approves the statement of accounts and the annual governance statement, receives the reports of the external auditor, and hears complaints that a member has breached the code of conduct.

            It makes recommendations to the County Council on changes to the Constitution, including the Council's scrutiny arrangements and procedure rules.
            """).WithQuorum(3, Contact(p, "odell"));

        db.Committees.AddRange(council, cabinet, select, scrutiny, health, parenting, planning, governance);

        foreach (var c in AllCouncillors)
        {
            var role = c.Last switch { "Smith" => MembershipRole.Chairman, "Whitcombe" => MembershipRole.ViceChairman, _ => MembershipRole.Member };
            council.Appoint(p.Id(c.Last), role, AnnualMeeting2019);
        }
        Seat(cabinet, p, "ashworth", "pendleton", ["tariq", "hollis", "okafor", "carver", "bramwell", "fenwick"]);
        Seat(select, p, "lowther", "harcourt", ["denby", "nuttall", "quinn", "barlow", "walsh", "ahmed", "thorne"],
            coOpted: ["platt", "cole", "hadley", "brooks"], substitutes: ["radford", "lambert"]);
        // Mr Acton stood down from the Select Committee at the end of November 2019 and Mr Whitcombe took his seat.
        select.Appoint(p.Id("acton"), MembershipRole.Member, AnnualMeeting2019, new DateOnly(2019, 11, 30));
        select.Appoint(p.Id("whitcombe"), MembershipRole.Member, new DateOnly(2019, 12, 1));
        Seat(scrutiny, p, "ellison", "acton", ["pilkington", "jones", "osei", "quinn", "radford", "drury", "barlow"],
            coOpted: ["brooks"], substitutes: ["whitcombe"]);
        Seat(health, p, "hollis", "lister", ["tariq", "ashworth", "readman", "mehta", "pearce"],
            coOpted: ["marsh", "tait", "russell"]);
        // Only Mrs Denby and Mrs Nuttall sit on both the Panel and the Select Committee, as seed 004 records.
        Seat(parenting, p, "denby", "lambert", ["nuttall", "radford", "burrows", "osei", "doyle"]);
        Seat(planning, p, "burrows", "whitcombe", ["radford", "barlow", "osei", "singh", "doyle", "price", "fairley"],
            substitutes: ["quinn"]);
        // Mr Marchant left the Planning and Regulatory Committee on 30 September 2019; Mrs Drury replaced him.
        planning.Appoint(p.Id("marchant"), MembershipRole.Member, AnnualMeeting2019, new DateOnly(2019, 9, 30));
        planning.Appoint(p.Id("drury"), MembershipRole.Member, new DateOnly(2019, 10, 1));
        Seat(governance, p, "simmons", "lambert", ["jones", "pilkington", "harcourt", "burrows", "ellis"]);

        await db.SaveChangesAsync(ct);

        return new Demo(db, p, today)
        {
            Council = new Body(council, "the Council", "Chairman", chamber, "little", "kershaw", "clarke", "whitfield"),
            Cabinet = new Body(cabinet, "the Cabinet", "Leader", room1, "little", "kershaw", "clarke", "whitfield"),
            Select = new Body(select, "the Committee", "Chairman", room1, "readman", "finch"),
            Scrutiny = new Body(scrutiny, "the Committee", "Chairman", room2, "finch"),
            Health = new Body(health, "the Board", "Chairman", chamber, "nair"),
            Parenting = new Body(parenting, "the Panel", "Chairman", room2, "baxter", "nair"),
            Planning = new Body(planning, "the Committee", "Chairman", chamber, "prior", "kershaw", "nair"),
            Governance = new Body(governance, "the Committee", "Chairman", room1, "kershaw", "odell"),
        };
    }

    private static void Seat(Committee committee, Cast p, string chairman, string viceChairman, string[] members,
        string[]? coOpted = null, string[]? substitutes = null)
    {
        committee.Appoint(p.Id(chairman), MembershipRole.Chairman, AnnualMeeting2019);
        committee.Appoint(p.Id(viceChairman), MembershipRole.ViceChairman, AnnualMeeting2019);
        foreach (var key in members) committee.Appoint(p.Id(key), MembershipRole.Member, AnnualMeeting2019);
        foreach (var key in coOpted ?? []) committee.Appoint(p.Id(key), MembershipRole.CoOptedMember, AnnualMeeting2019);
        foreach (var key in substitutes ?? []) committee.Appoint(p.Id(key), MembershipRole.Substitute, AnnualMeeting2019);
    }
}
