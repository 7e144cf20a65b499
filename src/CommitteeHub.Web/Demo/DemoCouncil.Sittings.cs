using System.Globalization;
using CommitteeHub.Data;
using CommitteeHub.Domain;

namespace CommitteeHub.Web.Demo;

public static partial class DemoCouncil
{
    private static string Long(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string JoinNames(IReadOnlyList<string> names) => names.Count switch
    {
        0 => "",
        1 => names[0],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
    };

    /// <summary>The people of the demo council, found by a short key (the surname, lower case) so that the papers
    /// below read like the clerk's notes: <c>P["jones"]</c>.</summary>
    private sealed class Cast
    {
        private readonly Dictionary<string, Person> _byKey = new(StringComparer.OrdinalIgnoreCase);

        public void Add(string key, Person person) => _byKey.Add(key, person);
        public Person this[string key] => _byKey.TryGetValue(key, out var p) ? p
            : throw new InvalidOperationException($"The demo council has no one called \"{key}\".");
        public int Id(string key) => this[key].Id;
        public Person this[int id] => _byKey.Values.First(p => p.Id == id);
        public string Author(string key) => this[key].JobTitle is { } post ? $"{this[key].DisplayName}, {post}" : this[key].DisplayName;
        public IEnumerable<Person> All => _byKey.Values;
    }

    /// <summary>A committee and the clerk's conventions for it: what its minutes call it, who presides, where it
    /// meets, which officers attend, and where its minute numbering has got to this municipal year.</summary>
    private sealed class Body(Committee committee, string noun, string presiding, string venue, params string[] officers)
    {
        public Committee Committee { get; } = committee;
        /// <summary>"the Committee", "the Council", "the Board", as the minutes say it.</summary>
        public string Noun { get; } = noun;
        public string Presiding { get; } = presiding;
        public string Venue { get; } = venue;
        public string[] Officers { get; } = officers;
        public int NextMinute { get; set; } = 1;
        /// <summary>The last meeting whose minutes the next meeting will confirm.</summary>
        public Meeting? Previous { get; set; }

        public void NewMunicipalYear(int firstMinute)
        {
            NextMinute = firstMinute;
            Previous = null;
        }
    }

    /// <summary>The demo council keeps the common procedure rules (seven clear days' notice of motion).</summary>
    private static readonly ProcedureRules Procedure = new();

    private static void PlaceOnAgenda(Demo d, Motion motion, AgendaItem item)
    {
        var meeting = d.Db.Meetings.Local.Single(m => m.Items.Contains(item));
        motion.PlaceOnAgenda(item.Id, DateOnly.FromDateTime(meeting.StartsAt), Procedure, WorkingCalendar.EnglandAndWales);
    }

    private sealed class Demo(CouncilDb db, Cast people, DateOnly today)
    {
        private int _sittings;

        public CouncilDb Db { get; } = db;
        public Cast P { get; } = people;
        public DateOnly Today { get; } = today;

        public required Body Council { get; init; }
        public required Body Cabinet { get; init; }
        public required Body Select { get; init; }
        public required Body Scrutiny { get; init; }
        public required Body Health { get; init; }
        public required Body Parenting { get; init; }
        public required Body Planning { get; init; }
        public required Body Governance { get; init; }

        public Sitting Sit(Body body, DateOnly day, int hour, int minute = 0, string? title = null, string? venue = null)
        {
            var meeting = new Meeting(body.Committee.Id, day.ToDateTime(new TimeOnly(hour, minute)), venue ?? body.Venue, title);
            Db.Meetings.Add(meeting);
            return new Sitting(this, body, meeting, ++_sittings);
        }
    }

    private sealed record Declared(int PersonId, AgendaItem Item, InterestKind Kind, string Nature, bool LeftTheRoom);

    /// <summary>
    /// One meeting as the clerk builds it: the agenda, who sent apologies, the minutes as they are written up, and at
    /// the end the steps the meeting went through (agenda published, held, draft minutes, approval at the next
    /// meeting). Once every item is minuted the minutes are numbered in agenda order, continuing the committee's
    /// numbering for the municipal year, before the draft is published.
    /// </summary>
    private sealed class Sitting
    {
        private readonly Demo _demo;
        private readonly Body _body;
        private readonly int _sequence;
        private readonly List<int> _apologies = [];
        private bool _apologiesChosen;
        private bool _apologiesDrawn;
        private readonly List<(int Sub, int For)> _substitutes = [];
        private readonly List<string> _officers;
        private readonly List<(int Id, AttendanceKind Kind, string? Note)> _others = [];
        private readonly HashSet<int> _remote = [];
        private readonly List<(int Id, string Item)> _leftDuring = [];
        private readonly List<Declared> _declared = [];
        private readonly Dictionary<AgendaItem, string> _minutes = [];
        private readonly List<Action> _whenMinuted = [];
        private readonly Dictionary<AgendaItem, string> _summaries = [];
        private ExclusionWording? _exclusion;
        private DateOnly? _previousDay;
        private bool _previousKnown;
        private bool _standard;

        public Sitting(Demo demo, Body body, Meeting meeting, int sequence)
        {
            _demo = demo;
            _body = body;
            _sequence = sequence;
            _officers = [.. body.Officers];
            Meeting = meeting;
            Day = DateOnly.FromDateTime(meeting.StartsAt);
            AgendaDay = Calendar.AgendaDay(Day);
        }

        public Meeting Meeting { get; }
        public DateOnly Day { get; }
        public DateOnly AgendaDay { get; }
        private Cast P => _demo.P;

        /// <summary>Items 1–3 of every agenda. The previous meeting is the committee's last one in the demo unless
        /// the clerk names an earlier date (the last meeting of the previous municipal year, say).</summary>
        public Sitting Standard(DateOnly? previousMeeting = null)
        {
            _standard = true;
            _previousDay = previousMeeting ?? (_body.Previous is { } p ? DateOnly.FromDateTime(p.StartsAt) : null);
            _previousKnown = _previousDay is not null;
            Meeting.AddItem("1", "Apologies for absence and substitutions",
                _body.Committee.Kind is CommitteeKind.FullCouncil or CommitteeKind.Executive
                    ? "To receive apologies for absence."
                    : $"To receive apologies for absence and to note any substitutions for members of {_body.Noun}.",
                AgendaItemRole.Apologies);
            Meeting.AddItem("2", "Declarations of interest",
                "Members and officers must declare any disclosable pecuniary interest, other registrable interest or " +
                "non-registrable interest they have in any item on the agenda, and its nature. A member with a " +
                "disclosable pecuniary interest in an item takes no part in it and leaves the room, unless a " +
                "dispensation has been granted.", AgendaItemRole.Declarations);
            Meeting.AddItem("3", "Minutes of the previous meeting",
                _previousKnown
                    ? $"To confirm as a correct record the minutes of the meeting held on {Long(_previousDay!.Value)}."
                    : "To confirm as a correct record the minutes of the previous meeting.", AgendaItemRole.PreviousMinutes);
            return this;
        }

        public AgendaItem Item(string number, string title, string? description = null) =>
            Meeting.AddItem(number, title, description);

        /// <summary>The heading over the motions that follow it (8(a), 8(b)): minuted, as every item is, by a line
        /// saying what it held.</summary>
        public AgendaItem NoticesOfMotion(string number, string description)
        {
            var item = Item(number, "Notices of motion", description);
            Minute(item, $"{Capitalise(_body.Noun)} considered the notices of motion set out under item {number}, in the order in which they were received.");
            return item;
        }

        /// <summary>A paper written in Markdown, published with the agenda unless another day is given (a paper
        /// "to follow", say).</summary>
        public Document Paper(AgendaItem item, string title, DocumentKind kind, string authorKey, string body, DateOnly? published = null, int? exemptUnder = null) =>
            Meeting.RecordPublishedPaper(item, title, kind, P.Author(authorKey), body, published ?? AgendaDay, exemptUnder);

        public Document Report(AgendaItem item, string title, string authorKey, string body) =>
            Paper(item, title, DocumentKind.Report, authorKey, body);

        /// <summary>The public may be excluded only by a resolution naming the item and the paragraph of Schedule 12A
        /// (LGA 1972 s.100A(4)); the standard item that carries it comes just before the exempt business.</summary>
        public AgendaItem Exclusion(string number, string exemptNumber, string exemptTitle, int paragraph)
        {
            var text = $"That under section 100A(4) of the Local Government Act 1972 the public, including the press, be " +
                $"excluded from the meeting for item {exemptNumber}, {exemptTitle}, on the grounds that it involves the " +
                $"likely disclosure of exempt information as defined in paragraph {paragraph} of Part 1 of Schedule 12A " +
                $"to the Act ({Schedule12A.Describe(paragraph).TrimEnd('.').ToLowerInvariant()}), and that in all the " +
                "circumstances the public interest in maintaining the exemption outweighs the public interest in " +
                "disclosing the information.";
            _exclusion = new ExclusionWording("Exclusion of the press and public", _ => "Recommendation: " + text);
            var item = Meeting.AddItem(number, _exclusion.Title, _exclusion.Resolution([]), AgendaItemRole.Exclusion);
            Minute(item, $"The {_body.Presiding} moved that the press and public be excluded for item {exemptNumber}. The motion was seconded and carried, and the press and public left the meeting.");
            _whenMinuted.Add(() => Decide(item, "Resolved:", Votes(), text));
            return item;
        }

        /// <summary>Makes an item exempt, after the item that excludes the public for it (which keeps its wording).</summary>
        public void Exempt(AgendaItem item, int paragraph, string publicInterest, ExemptAccess access) =>
            Meeting.ReviseItem(item, new ItemDetails(null, item.Title, item.Description, paragraph, publicInterest, access, item.IsBudgetDecision),
                _exclusion ?? throw new InvalidOperationException($"Add the exclusion item before the exempt item {item.Number}."));

        /// <summary>The written summary of an exempt item's proceedings for the public, minuted with it.</summary>
        public void Summarise(AgendaItem item, string summary) => _summaries[item] = summary;

        public void Minute(AgendaItem item, string text) => _minutes[item] = text;

        public void Decide(AgendaItem item, string preamble, Vote? vote, params string[] resolutions)
        {
            Meeting.IntroduceResolutions(item, preamble);
            foreach (var text in resolutions) Meeting.Resolve(item, text, vote);
        }

        public Sitting Apologies(params string[] keys)
        {
            _apologies.Clear();
            _apologies.AddRange(keys.Select(P.Id));
            _apologiesChosen = true;
            return this;
        }

        public Sitting Substitute(string substituteKey, string forKey)
        {
            EnsureApologies();
            var absent = P.Id(forKey);
            if (!_apologies.Contains(absent)) _apologies.Add(absent);
            _substitutes.Add((P.Id(substituteKey), absent));
            return this;
        }

        /// <summary>Officers attending. An officer who is also a member (a director on the Health and Wellbeing Board)
        /// is recorded as present.</summary>
        public Sitting Officers(params string[] keys)
        {
            _officers.AddRange(keys.Where(k => !_officers.Contains(k)));
            return Involve(keys);
        }

        /// <summary>Someone who is not a member but took part: a councillor addressing the committee, a Cabinet
        /// Member presenting a report, a witness.</summary>
        public Sitting Guest(string key, string? note = null)
        {
            _others.Add((P.Id(key), AttendanceKind.InAttendance, note));
            return this;
        }

        public Sitting Remote(string key)
        {
            Involve(key);
            _remote.Add(P.Id(key));
            return this;
        }

        public void LeftDuring(string key, string itemNumber)
        {
            Involve(key);
            _leftDuring.Add((P.Id(key), itemNumber));
        }

        public void Declare(AgendaItem item, string key, InterestKind kind, string nature, bool leftTheRoom = false)
        {
            Involve(key);
            Meeting.DeclareInterest(item, P.Id(key), kind, nature, leftTheRoom);
            _declared.Add(new Declared(P.Id(key), item, kind, nature, leftTheRoom));
        }

        /// <summary>Members named in the minutes were there: they cannot also have sent apologies.</summary>
        public Sitting Involve(params string[] keys)
        {
            EnsureApologies();
            foreach (var id in keys.Select(P.Id))
            {
                if (!_apologiesChosen) _apologies.Remove(id);
                else if (_apologies.Contains(id))
                    throw new InvalidOperationException($"{P[id].DisplayName} sent apologies to this meeting but is named in its minutes.");
            }
            return this;
        }

        /// <summary>The vote of the voting members present (co-opted members are not counted, nor members who left the
        /// room for the item).</summary>
        public Vote Votes(int against = 0, int abstentions = 0, string[]? notVoting = null) =>
            new(VotingMembers().Count(id => notVoting is null || !notVoting.Select(P.Id).Contains(id)) - against - abstentions,
                against, abstentions);

        public IReadOnlyList<int> VotingMembers()
        {
            EnsureApologies();
            return
            [
                .. Seats().Where(m => m.Role is not MembershipRole.CoOptedMember && !_apologies.Contains(m.PersonId))
                    .Select(m => m.PersonId),
                .. _substitutes.Select(s => s.Sub),
            ];
        }

        private IEnumerable<Membership> Seats() =>
            _body.Committee.Memberships.Where(m => m.IsCurrentOn(Day) && m.Role != MembershipRole.Substitute);

        /// <summary>Most meetings have an apology or two; which members send them is fixed by the meeting's place in
        /// the demo, so every run gives the same attendance.</summary>
        private void EnsureApologies()
        {
            if (_apologiesChosen || _apologiesDrawn) return;
            _apologiesDrawn = true;
            var ordinary = Seats().Where(m => m.Role == MembershipRole.Member)
                .Select(m => P[m.PersonId])
                .OrderBy(p => p.LastName, StringComparer.Ordinal).ToList();
            if (ordinary.Count == 0) return;
            var count = Math.Min(_sequence % 3 + (ordinary.Count > 20 ? 1 : 0), ordinary.Count - 1);
            for (var i = 0; i < count; i++)
            {
                var id = ordinary[(_sequence * 7 + i * 5) % ordinary.Count].Id;
                if (!_apologies.Contains(id)) _apologies.Add(id);
            }
        }

        public void PublishOnly() => Meeting.PublishAgenda(AgendaDay.ToDateTime(new TimeOnly(16, 0)));

        public void Cancel(string reason) => Meeting.Cancel(reason);

        public void Postpone(string reason) => Meeting.Postpone(reason);

        /// <summary>The meeting took place but its minutes are not yet written up.</summary>
        public void Held()
        {
            PublishOnly();
            Meeting.RecordHeld(Meeting.StartsAt.AddHours(3));
            RecordAttendance();
        }

        /// <summary>The meeting took place and its draft minutes are published; the next meeting of the committee
        /// approves them.</summary>
        public void Minuted()
        {
            Held();
            WriteMinutes();
            Meeting.PublishDraftMinutes(Calendar.AddWorkingDays(Day, 5).ToDateTime(new TimeOnly(12, 0)));
            if (_standard && _previousKnown && _body.Previous is { Status: MeetingStatus.DraftMinutesPublished } previous)
                previous.ApproveMinutes(Day);
            _body.Previous = Meeting;
        }

        private void RecordAttendance()
        {
            EnsureApologies();
            foreach (var seat in Seats().OrderBy(m => m.Role))
            {
                var kind = _apologies.Contains(seat.PersonId) ? AttendanceKind.Apologies
                    : _remote.Contains(seat.PersonId) ? AttendanceKind.Virtual : AttendanceKind.Present;
                Meeting.RecordAttendance(seat.PersonId, kind);
            }
            foreach (var (sub, absent) in _substitutes)
                Meeting.RecordAttendance(sub, AttendanceKind.Substitute, absent);
            foreach (var (id, kind, note) in _others)
                Meeting.RecordAttendance(id, kind, note: note);
            foreach (var key in _officers.Where(k => Meeting.Attendance.All(a => a.PersonId != P.Id(k))))
                Meeting.RecordAttendance(P.Id(key), AttendanceKind.InAttendance);
            foreach (var (id, item) in _leftDuring)
                Meeting.RecordLeftDuring(id, item);
        }

        private void WriteMinutes()
        {
            if (_standard) WriteStandardMinutes();
            foreach (var action in _whenMinuted) action();
            foreach (var (item, text) in _minutes)
                Meeting.MinuteItem(item, null, text, item.ResolutionPreamble, _summaries.GetValueOrDefault(item));
            // As the clerk does: every item minuted, then "Number the minutes", continuing the committee's year.
            Meeting.NumberMinutes(_body.NextMinute - 1);
            _body.NextMinute = Meeting.LastMinuteNumber(Meeting.Items.Select(i => i.MinuteNumber)) + 1;
        }

        private string Names(IEnumerable<int> ids) =>
            JoinNames([.. ids.Select(id => P[id]).OrderBy(p => p.LastName, StringComparer.Ordinal).Select(p => p.DisplayName)]);

        private void WriteStandardMinutes()
        {
            var apologies = _apologies.Count == 0
                ? "There were no apologies for absence."
                : $"Apologies for absence were received from {Names(_apologies)}.";
            foreach (var (sub, absent) in _substitutes)
                apologies += $"\n\n{Names([sub])} attended as a substitute for {Names([absent])}.";
            Minute(Meeting.Item("1"), apologies);

            Minute(Meeting.Item("2"), _declared.Count == 0
                ? "No interests were declared."
                : "The following interests were declared.\n\n" + string.Join("\n", _declared.Select(d =>
                    $"- {Names([d.PersonId])} declared a {Declaration.KindName(d.Kind).ToLowerInvariant()} in item " +
                    $"{d.Item.Number}, {d.Item.Title}. {d.Nature}" +
                    (d.LeftTheRoom ? $" {Names([d.PersonId])} left the room for that item and took no part in the discussion or the vote." : ""))));

            var minutes = Meeting.Item("3");
            var which = _previousKnown ? $"the meeting held on {Long(_previousDay!.Value)}" : "the previous meeting";
            Minute(minutes, $"{Capitalise(_body.Noun)} considered the minutes of {which}.");
            Meeting.IntroduceResolutions(minutes, "Resolved:");
            Meeting.Resolve(minutes, $"That the minutes of {which} be approved as a correct record and that they be signed by the {_body.Presiding}.");
        }

        private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>A committee report with the headings councils use, so that every demo report reads the same way.</summary>
    private static string ReportText(string summary, string[] recommendations, string proposal, string resources,
        string contact, string? consultation = null, string? risk = null, string? implications = null,
        string background = "None.")
    {
        var recs = string.Join("\n", recommendations.Select((r, i) => $"{i + 1}. {r}"));
        return $"""
            ## Summary

            {summary}

            ## Recommendations

            {recs}

            ## Proposal

            {proposal}

            ## Resources

            {resources}

            ## Consultation

            {consultation ?? "The relevant Cabinet Member and the Chairman of the appropriate select committee have been consulted on this report. There has been no public consultation because the proposal does not change any service to the public."}

            ## Risk management implications

            {risk ?? "The risks are managed through the directorate risk register. No new corporate risk arises from the recommendations."}

            ## Other options considered, equality duty, social value, crime and disorder, human rights

            {implications ?? "The recommendations do not change any service in a way that affects people with protected characteristics, so an equality impact report is not required. There are no implications for social value, crime and disorder or human rights."}

            ## Background papers

            {background}

            **Contact officer:** {contact}
            """;
    }
}
