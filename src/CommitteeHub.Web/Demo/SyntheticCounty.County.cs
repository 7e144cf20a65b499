using Faker = Bogus.Faker;
using Randomizer = Bogus.Randomizer;
using CommitteeHub.Data;
using CommitteeHub.Domain;
using CommitteeHub.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CommitteeHub.Web.Demo;

public static partial class SyntheticCounty
{
    /// <summary>What a committee's business is about: chooses its reports, officers and minutes.</summary>
    private enum Area { Council, Executive, Children, Scrutiny, Health, Parenting, Planning, Governance, Audit, Environment, Pensions, Licensing, Local }

    /// <summary>A committee of the county over the years: how often it meets, its size, its day, the municipal years
    /// it existed (from <paramref name="From"/> up to, not including, <paramref name="To"/>), and the body that took
    /// over its work. A committee of the demo council (<paramref name="Demo"/>) keeps the demo's own year.</summary>
    private sealed record Plan(string Name, CommitteeKind Kind, Area Area, int PerYear, int Size, DayOfWeek Weekday, int Hour,
        int Minute = 0, int From = 0, int To = 9999, string? Successor = null, bool Demo = false, string Remit = "");

    private const string Chamber = "Council Chamber, County Hall, Demo Town";
    private const string Room1 = "Committee Room 1, County Hall, Demo Town";
    private const string Room2 = "Committee Room 2, County Hall, Demo Town";

    private static readonly Plan[] Plans =
    [
        new("County Council", CommitteeKind.FullCouncil, Area.Council, 7, 80, DayOfWeek.Friday, 10, Demo: true),
        new("Cabinet", CommitteeKind.Executive, Area.Executive, 18, 9, DayOfWeek.Tuesday, 10, Demo: true),
        new("Children and Young People's Services Select Committee", CommitteeKind.Scrutiny, Area.Children, 8, 12, DayOfWeek.Wednesday, 10, 30, Demo: true),
        new("Overview and Scrutiny Committee", CommitteeKind.Scrutiny, Area.Scrutiny, 8, 12, DayOfWeek.Monday, 10, Demo: true),
        // Health and wellbeing boards became statutory in April 2013 (Health and Social Care Act 2012).
        new("Health and Wellbeing Board", CommitteeKind.Board, Area.Health, 5, 8, DayOfWeek.Thursday, 14, From: 2013, Demo: true),
        new("Corporate Parenting Panel", CommitteeKind.Panel, Area.Parenting, 5, 8, DayOfWeek.Monday, 14, Demo: true),
        new("Planning and Regulatory Committee", CommitteeKind.Regulatory, Area.Planning, 12, 12, DayOfWeek.Tuesday, 10, 30, Demo: true),
        new("Governance Committee", CommitteeKind.Regulatory, Area.Governance, 5, 9, DayOfWeek.Monday, 14, Demo: true),
        new("Audit Committee", CommitteeKind.Regulatory, Area.Audit, 5, 8, DayOfWeek.Thursday, 10, To: 2014, Successor: "Audit and Risk Committee",
            Remit: "The Audit Committee oversees the Council's internal and external audit, its accounts and its arrangements for managing risk. In May 2014 its work passed to the Audit and Risk Committee."),
        new("Audit and Risk Committee", CommitteeKind.Regulatory, Area.Audit, 5, 8, DayOfWeek.Thursday, 10, From: 2014,
            Remit: "The Audit and Risk Committee (formerly the Audit Committee, renamed in May 2014 when it took on the corporate risk register) approves the statement of accounts, receives the reports of the internal and external auditors, and reviews the Council's risk management and counter-fraud arrangements."),
        // The Localism Act 2011 ended the statutory standards committees; their work went to the Governance Committee.
        new("Standards Committee", CommitteeKind.Regulatory, Area.Governance, 4, 8, DayOfWeek.Wednesday, 14, To: 2012, Successor: "Governance Committee",
            Remit: "The Standards Committee promoted and maintained high standards of conduct by members and co-opted members, and heard complaints under the Members' Code of Conduct. It was dissolved in 2012 under the Localism Act 2011; its work passed to the Governance Committee."),
        new("Health Overview and Scrutiny Committee", CommitteeKind.Scrutiny, Area.Health, 6, 12, DayOfWeek.Friday, 10, 30, To: 2017, Successor: "Health and Adult Social Care Select Committee",
            Remit: "The Health Overview and Scrutiny Committee scrutinised the planning and provision of health services in the county. In May 2017 it became the Health and Adult Social Care Select Committee."),
        new("Health and Adult Social Care Select Committee", CommitteeKind.Scrutiny, Area.Health, 6, 12, DayOfWeek.Friday, 10, 30, From: 2017,
            Remit: "The Health and Adult Social Care Select Committee (the Health Overview and Scrutiny Committee until May 2017) scrutinises adult social care and public health, and exercises the Council's powers to review and scrutinise local health services."),
        new("Environment Select Committee", CommitteeKind.Scrutiny, Area.Environment, 6, 12, DayOfWeek.Thursday, 10, 30, To: 2015, Successor: "Environment and Communities Select Committee",
            Remit: "The Environment Select Committee scrutinised highways, transport, waste and the countryside. In May 2015 it merged with the Communities Select Committee."),
        new("Communities Select Committee", CommitteeKind.Scrutiny, Area.Scrutiny, 5, 12, DayOfWeek.Wednesday, 14, To: 2015, Successor: "Environment and Communities Select Committee",
            Remit: "The Communities Select Committee scrutinised libraries, fire and rescue, trading standards and community safety. In May 2015 it merged with the Environment Select Committee."),
        new("Environment and Communities Select Committee", CommitteeKind.Scrutiny, Area.Environment, 7, 13, DayOfWeek.Thursday, 10, 30, From: 2015,
            Remit: "The Environment and Communities Select Committee, formed in May 2015 from the Environment and the Communities Select Committees, scrutinises highways, transport, waste, the countryside, libraries, fire and rescue and community safety."),
        new("Pensions Committee", CommitteeKind.Regulatory, Area.Pensions, 4, 7, DayOfWeek.Friday, 10,
            Remit: "The Pensions Committee manages the Demo County Pension Fund, part of the Local Government Pension Scheme: its investment strategy, its managers and its funding."),
        new("Rights of Way Committee", CommitteeKind.Regulatory, Area.Planning, 4, 8, DayOfWeek.Wednesday, 10, To: 2016, Successor: "Planning and Regulatory Committee",
            Remit: "The Rights of Way Committee determined applications to change the definitive map of public rights of way. Its work passed to the Planning and Regulatory Committee in May 2016."),
        new("Regulation and Licensing Sub-Committee", CommitteeKind.Regulatory, Area.Licensing, 36, 3, DayOfWeek.Wednesday, 10,
            Remit: "A sub-committee of three members that hears applications and reviews under the Council's licensing and registration functions, and appeals against the refusal of home to school transport."),
        Local("Demo Town", "the Demo Town divisions", 8, DayOfWeek.Monday),
        Local("Fenbury", "Fenbury and the surrounding divisions", 8, DayOfWeek.Tuesday),
        Local("Hanbury and Kingsmere", "Hanbury, Kingsmere and the villages between", 7, DayOfWeek.Wednesday),
        Local("Westbrook", "Westbrook and the western divisions", 7, DayOfWeek.Thursday),
        Local("Chalkwell and Eastwick", "Chalkwell, Eastwick and the downland divisions", 7, DayOfWeek.Monday),
        Local("Castlemere and Thornby", "Castlemere, Thornby and the northern divisions", 7, DayOfWeek.Wednesday),
        Local("Oakhurst and Netherby", "Oakhurst, Netherby and the southern divisions", 7, DayOfWeek.Thursday),
        new("Schools Forum", CommitteeKind.Board, Area.Children, 6, 9, DayOfWeek.Thursday, 16,
            Remit: "The Schools Forum advises the Council on school funding: the local funding formula, the high needs block and the central school services block of the dedicated schools grant."),
        // Local pension boards were required from April 2015 (Public Service Pensions Act 2013).
        new("Local Pension Board", CommitteeKind.Board, Area.Pensions, 4, 6, DayOfWeek.Monday, 10, From: 2015,
            Remit: "The Local Pension Board helps the Council, as scheme manager, to comply with the regulations of the Local Government Pension Scheme and the requirements of the Pensions Regulator."),
        new("Transport Appeals Panel", CommitteeKind.Panel, Area.Licensing, 16, 3, DayOfWeek.Friday, 14,
            Remit: "Hears the second stage of appeals by families against decisions on home to school transport. Its hearings are held in private: they concern individual children and families."),
        Local("Millbrook", "Millbrook and Rushmere", 7, DayOfWeek.Tuesday, from: 2009, since: "It first met in 2009, when the Millbrook divisions were created."),
    ];

    /// <summary>A local committee: the county councillors for an area, meeting in the evening in the area.</summary>
    private static Plan Local(string area, string councillorsFor, int size, DayOfWeek weekday, int from = 0, string since = "") =>
        new($"{area} Local Committee", CommitteeKind.Panel, Area.Local, 12, size, weekday, 18, 30, From: from,
            Remit: $"The county councillors for {councillorsFor}, meeting in public to decide local highways schemes, to allocate local funding and to hear residents' petitions and questions. {since}".TrimEnd());

    private static readonly string[] Parties = ["Conservative", "Liberal Democrat", "Labour", "Green", "Independent", "Reform UK"];

    /// <summary>The share of the seats each party won, election by election, in the order of <see cref="Parties"/>.</summary>
    private static double[] PartyShare(int election) => election switch
    {
        <= 2005 => [0.55, 0.25, 0.15, 0.00, 0.05, 0.00],
        2009 => [0.65, 0.22, 0.06, 0.02, 0.05, 0.00],
        2013 => [0.50, 0.20, 0.12, 0.05, 0.08, 0.05],
        2017 => [0.62, 0.20, 0.10, 0.03, 0.05, 0.00],
        2021 => [0.55, 0.20, 0.12, 0.08, 0.05, 0.00],
        _ => [0.35, 0.22, 0.08, 0.08, 0.05, 0.22],
    };

    private sealed class Body(Plan plan, Committee committee)
    {
        public Plan Plan { get; } = plan;
        public Committee Committee { get; } = committee;
        public Meeting? Previous { get; set; }
        public int MinuteYear { get; set; }
        public int LastMinute { get; set; }
        public string Noun => Plan.Kind switch
        {
            CommitteeKind.FullCouncil => "the Council",
            CommitteeKind.Executive => "the Cabinet",
            CommitteeKind.Board => "the Board",
            CommitteeKind.Panel when Plan.Area == Area.Parenting => "the Panel",
            _ when Plan.Name.Contains("Sub-Committee") => "the Sub-Committee",
            _ => "the Committee",
        };
        public string Venue => Plan.Kind switch
        {
            CommitteeKind.FullCouncil => Chamber,
            CommitteeKind.Panel when Plan.Area == Area.Local => $"{Plan.Name.Replace(" Local Committee", "")} Community Centre",
            _ => Plan.Size > 9 ? Room1 : Room2,
        };
        public bool Active(int year) => Plan.From <= year && year < Plan.To && !(Plan.Demo && year == DemoYear);
    }

    private sealed record Officer(Person Person, Area[] Areas);

    /// <summary>The county as it is being written: its committees, people, and each committee's last meeting (whose
    /// minutes its next meeting approves).</summary>
    private sealed partial class County
    {
        private readonly CouncilDb _db;
        private readonly CouncilTemplates _templates;
        private readonly Random _random;
        private readonly Faker _faker;
        private readonly List<Body> _bodies = [];
        private readonly List<Officer> _officers = [];
        private readonly Dictionary<int, Person> _people = [];
        private readonly HashSet<string> _slugs = new(StringComparer.Ordinal);
        private readonly HashSet<string> _divisions = new(StringComparer.Ordinal);
        private readonly byte[][] _pdfs;

        public County(CouncilDb db, CouncilTemplates templates, Random random, int firstYear, int lastYear)
        {
            _db = db;
            _templates = templates;
            _random = random;
            _faker = new Faker("en_GB") { Random = new Randomizer(Seed) };
            FirstYear = firstYear;
            LastYear = lastYear;
            _pdfs = [.. Enumerable.Range(0, 3).Select(n => UploadedPdf(templates, n))];
        }

        public int FirstYear { get; }
        public int LastYear { get; }

        /// <summary>The demo council's start (its annual meeting of 2019): from then the demo's own councillors and
        /// chairmen sit on its committees, and the county's other members beside them.</summary>
        private static readonly DateOnly DemoStart = new(2019, 5, 21);

        /// <summary>The committees, the officers, and the councillors of every term with their seats.</summary>
        public async Task FoundAsync(CancellationToken ct)
        {
            var existing = await _db.Committees.Include(c => c.Memberships).ToListAsync(ct);
            foreach (var person in await _db.People.AsNoTracking().ToListAsync(ct))
            {
                _slugs.Add(person.Slug);
                if (person.Ward is { } ward) _divisions.Add(ward);
            }
            foreach (var plan in Plans)
            {
                if (plan.To <= FirstYear || plan.From > LastYear) continue;
                var committee = plan.Demo
                    ? existing.Single(c => c.Name == plan.Name)
                    : new Committee(plan.Name, plan.Kind, plan.Remit).WithQuorum(Math.Max(2, plan.Size / 3), "Democratic Services, County Hall, Demo Town, 01632 960400");
                if (!plan.Demo) _db.Committees.Add(committee);
                _bodies.Add(new Body(plan, committee));
            }
            AddOfficers();
            var terms = AddTerms();
            await _db.SaveChangesAsync(ct);
            foreach (var (seats, start, end) in terms) Appoint(seats, start, end);
            await _db.SaveChangesAsync(ct);
            foreach (var person in _db.ChangeTracker.Entries<Person>().Select(e => e.Entity)) _people[person.Id] = person;
            foreach (var person in await _db.People.AsNoTracking().ToListAsync(ct)) _people.TryAdd(person.Id, person);
            _db.ChangeTracker.Clear();
        }

        private static readonly (string Post, Area[] Areas)[] Posts =
        [
            ("Director of Children's Services", [Area.Children, Area.Parenting, Area.Executive]),
            ("Director of Adults' Services", [Area.Health, Area.Executive]),
            ("Director of Public Health", [Area.Health]),
            ("Director of Highways, Transport and Planning", [Area.Environment, Area.Planning, Area.Local, Area.Executive]),
            ("Director of Finance and Support Services", [Area.Audit, Area.Pensions, Area.Executive, Area.Council]),
            ("Director of Law and Assurance", [Area.Governance, Area.Council, Area.Licensing]),
            ("Head of Internal Audit", [Area.Audit]),
            ("Pension Fund Manager", [Area.Pensions]),
            ("Head of Planning Services", [Area.Planning]),
            ("Principal Planning Officer", [Area.Planning]),
            ("Senior Rights of Way Officer", [Area.Planning]),
            ("Area Highways Manager", [Area.Local]),
            ("Community Partnerships Officer", [Area.Local]),
            ("Licensing Team Manager", [Area.Licensing]),
            ("Head of Scrutiny", [Area.Scrutiny, Area.Children, Area.Health, Area.Environment]),
            ("Assistant Director, Corporate Parenting", [Area.Parenting, Area.Children]),
            ("Democratic Services Officer", [Area.Council, Area.Executive, Area.Scrutiny, Area.Governance, Area.Licensing, Area.Local]),
            ("Senior Democratic Services Officer", [Area.Council, Area.Executive, Area.Planning, Area.Audit, Area.Pensions]),
        ];

        private void AddOfficers()
        {
            foreach (var (post, areas) in Posts)
                for (var holder = 0; holder < 2; holder++)
                {
                    var person = NewPerson(PersonKind.Officer, honorific: null).InPost(post);
                    person.WithContact($"{person.FirstName}.{person.LastName}@demo-county.gov.uk".ToLowerInvariant().Replace("'", "").Replace(" ", ""), $"01632 96{_random.Next(1000, 9999)}");
                    _db.People.Add(person);
                    _officers.Add(new Officer(person, areas));
                }
        }

        private Person NewPerson(PersonKind kind, string? honorific)
        {
            while (true)
            {
                var female = _random.Chance(0.45);
                var first = _faker.Name.FirstName(female ? Bogus.DataSets.Name.Gender.Female : Bogus.DataSets.Name.Gender.Male);
                var last = _random.Pick(Surnames);
                var slug = Slug.From($"{first} {last}");
                if (!_slugs.Add(slug)) continue;
                var title = honorific ?? (_random.Chance(0.06) ? "Dr" : female ? _random.Pick(["Mrs", "Ms", "Miss"]) : "Mr");
                var printed = kind == PersonKind.Councillor ? $"{title} {first} {last}" : $"{first} {last}";
                return new Person(kind, printed, first, last, slug);
            }
        }

        // Bogus's en_GB names have British first names but borrow American surnames; these are common in England.
        private static readonly string[] Surnames =
        [
            "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts",
            "Green", "Hall", "Wood", "Jackson", "Clarke", "Patel", "Khan", "Lewis", "James", "Phillips", "Mason", "Mitchell", "Rose", "Davis", "Rodgers",
            "Ward", "Turner", "Hughes", "Edwards", "Harris", "Martin", "Cooper", "Hill", "Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harrison",
            "Morgan", "Allen", "Young", "Scott", "Watson", "Carter", "Bennett", "Shaw", "Cook", "Bailey", "Parker", "Miller", "Kelly", "Marshall", "Ellis",
            "Collins", "Fox", "Gray", "Webb", "Simpson", "Stevens", "Holmes", "Chapman", "Hunt", "Knight", "Price", "Lloyd", "Russell", "Butler", "Barker",
            "Fisher", "Dixon", "Harvey", "Graham", "Pearson", "Ahmed", "Hussain", "Begum", "Singh", "Kaur", "Murphy", "Kennedy", "Mills", "Reynolds", "Palmer",
            "Payne", "Pearce", "Lawrence", "Hart", "Saunders", "Gibson", "Howard", "Burton", "Bates", "Fletcher", "Atkinson", "Hudson", "Dawson", "Hawkins", "Spencer",
            "Gardner", "Stone", "Lane", "Rowe", "Newman", "Sutton", "Field", "Bishop", "Chambers", "Barnes", "Goodwin", "Holland", "Marsh", "Booth", "Whitehouse",
        ];

        /// <summary>A councillor's seats in one term: the division and party they were elected for.</summary>
        private sealed record Seat(Person Person, string Division, string Party);

        /// <summary>Elections every four years: most councillors stand again and are re-elected, a few change party or
        /// (after a boundary review) division; the rest of the seats go to newcomers in the shares of that election.</summary>
        private List<(List<Seat> Seats, DateOnly Start, DateOnly End)> AddTerms()
        {
            var terms = new List<(List<Seat>, DateOnly, DateOnly)>();
            var divisions = NewDivisions(80);
            List<Seat> seats = [];
            for (var election = ElectionBefore(FirstYear); election <= LastYear; election += 4)
            {
                var start = ElectionDay(election);
                var end = ElectionDay(election + 4).AddDays(-1);
                var share = PartyShare(election);
                var next = new List<Seat>();
                for (var i = 0; i < divisions.Count; i++)
                {
                    var sitting = seats.ElementAtOrDefault(i);
                    if (sitting is not null && _random.Chance(0.62))
                    {
                        var party = _random.Chance(0.04) ? _random.Pick(Parties.Where(p => p != sitting.Party).ToList()) : sitting.Party;
                        next.Add(sitting with { Party = party });
                    }
                    else
                    {
                        var person = NewPerson(PersonKind.Councillor, null);
                        _db.People.Add(person);
                        next.Add(new Seat(person, divisions[i], Parties[Draw(share)]));
                    }
                }
                // A boundary review: some re-elected members stand for a neighbouring division.
                if (election == 2017)
                    for (var i = 0; i + 1 < next.Count; i += 9) (next[i], next[i + 1]) = (next[i] with { Division = next[i + 1].Division }, next[i + 1] with { Division = next[i].Division });
                foreach (var seat in next) seat.Person.Representing(seat.Party, seat.Division)
                    .WithContact($"{seat.Person.FirstName}.{seat.Person.LastName}@demo-county.gov.uk".ToLowerInvariant().Replace("'", "").Replace(" ", ""), $"07700 9{_random.Next(10000, 99999)}");
                terms.Add((next, start, end));
                seats = next;
            }
            return terms;
        }

        private int Draw(double[] shares)
        {
            var x = _random.NextDouble() * shares.Sum();
            for (var i = 0; i < shares.Length; i++) if ((x -= shares[i]) < 0) return i;
            return 0;
        }

        private static readonly string[] Stems = ["Ash", "Brad", "Chal", "Dun", "Elm", "Fair", "Glen", "Hol", "King", "Lang", "Mar", "Nor", "Oak", "Pen", "Red", "Stan", "Thorn", "Wal", "West", "Whit", "Ald", "Bram", "Cold", "Hart", "Lyn", "Sand", "Brook", "Har", "Ever", "Crow"];
        private static readonly string[] Endings = ["bury", "field", "ford", "ham", "hurst", "ley", "mere", "stead", "ton", "wick", "worth", "combe", "den", "gate"];

        private List<string> NewDivisions(int count)
        {
            var found = new List<string>();
            while (found.Count < count)
            {
                var name = _random.Pick(Stems) + _random.Pick(Endings);
                if (_random.Chance(0.2)) name += _random.Pick([" North", " South", " East", " West", " and " + _random.Pick(Stems) + _random.Pick(Endings)]);
                if (_divisions.Add(name)) found.Add(name);
            }
            return found;
        }

        /// <summary>Seats for one term on every committee meeting in it. From the demo's start its committees keep the
        /// demo's chairmen and members, and the county's other councillors join them as ordinary members; 36 of the
        /// 80 divisions are then the demo's own. A committee's members are councillors on the council: from the demo's
        /// start, the 44 county councillors who keep their seats beside the demo's 36.</summary>
        private void Appoint(List<Seat> seats, DateOnly start, DateOnly end)
        {
            var ruling = seats.GroupBy(s => s.Party).OrderByDescending(g => g.Count()).First().Key;
            var sitting = seats.Take(CountySeatsBesideTheDemo).ToList();
            foreach (var body in _bodies)
            {
                var from = Max(start, new DateOnly(Math.Max(body.Plan.From, 1900), 5, 1));
                var to = Min(end, new DateOnly(Math.Min(body.Plan.To, 9000), 4, 30));
                if (from > to) continue;
                var council = body.Plan.Kind == CommitteeKind.FullCouncil;
                // A term the demo's start falls in is two periods: before it every county councillor sits, after it only
                // those beside the demo's, and a demo committee keeps the demo's chairmen and members besides.
                var periods = to < DemoStart ? [(From: from, To: to, Pool: seats, JoinDemo: false)]
                    : from >= DemoStart ? new[] { (From: from, To: to, Pool: sitting, JoinDemo: body.Plan.Demo) }
                    : [(from, DemoStart.AddDays(-1), seats, false), (DemoStart, to, sitting, body.Plan.Demo)];
                foreach (var (f, t, pool, joinDemo) in periods)
                {
                    var chosen = council ? pool : [.. pool.OrderBy(_ => _random.Next())];
                    if (joinDemo)
                    {
                        var joining = council ? chosen : [.. chosen.Take(Math.Max(2, body.Plan.Size / 3))];
                        foreach (var member in joining) body.Committee.Appoint(member.Person.Id, MembershipRole.Member, f, t);
                        continue;
                    }
                    var chairs = chosen.Where(s => s.Party == ruling).Take(2).ToList();
                    var members = council ? chosen : [.. chairs, .. chosen.Except(chairs).Take(body.Plan.Size - 2)];
                    for (var i = 0; i < members.Count; i++)
                        body.Committee.Appoint(members[i].Person.Id, i switch { 0 => MembershipRole.Chairman, 1 => MembershipRole.ViceChairman, _ => MembershipRole.Member }, f, t);
                }
            }
        }

        private const int CountySeatsBesideTheDemo = 44;

        private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
        private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
    }
}
