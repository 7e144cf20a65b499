using CommitteeHub.Domain;
using Microsoft.EntityFrameworkCore;

namespace CommitteeHub.Web.Demo;

public static partial class SyntheticCounty
{
    /// <summary>An item of business as the agenda is built, with what the meeting will do with it.</summary>
    private sealed record Business(AgendaItem Item, Topic Topic, Document? Upload = null, ForwardPlanEntry? Entry = null, bool Motion = false);

    /// <summary>A meeting as its agenda was built, with the meeting whose minutes it approves, or the reason it was
    /// cancelled before its agenda went out (then it has only the standard items).</summary>
    private sealed record Sitting(Body Body, Meeting Meeting, List<Business> Business, Meeting? Previous, string? CancelledBecause = null);

    /// <summary>The last meeting of a demo committee before the demo's own year, as the demo's first meeting of 2019/20
    /// names it; and the first after it, at which the demo approved its last minutes of 2019/20.</summary>
    private static readonly Dictionary<string, (DateOnly LastBefore, DateOnly? FirstAfter)> DemoSeams = new()
    {
        ["County Council"] = (new(2019, 3, 22), new(2020, 7, 17)),
        ["Cabinet"] = (new(2019, 4, 23), null),
        ["Children and Young People's Services Select Committee"] = (new(2019, 5, 15), null),
        ["Overview and Scrutiny Committee"] = (new(2019, 3, 18), new(2020, 6, 15)),
        ["Health and Wellbeing Board"] = (new(2019, 3, 14), new(2020, 7, 9)),
        ["Corporate Parenting Panel"] = (new(2019, 4, 8), new(2020, 6, 29)),
        ["Planning and Regulatory Committee"] = (new(2019, 4, 9), new(2020, 6, 9)),
        ["Governance Committee"] = (new(2019, 3, 25), new(2020, 6, 22)),
    };

    private sealed partial class County
    {
        private readonly List<(ForwardPlanEntry Entry, Topic Topic, string Maker)> _memberDecisions = [];

        /// <summary>One municipal year: every committee's agendas (saved, so that items have their ids), then each
        /// meeting in date order held, minuted and its predecessor's minutes approved, with the motions and decisions
        /// taken at it.</summary>
        public async Task YearAsync(int year, CancellationToken ct)
        {
            foreach (var body in _bodies.Where(b => b.Previous is not null)) _db.Meetings.Attach(body.Previous!);
            var sittings = new List<Sitting>();
            foreach (var body in _bodies.Where(b => b.Active(year)))
            {
                if (body.Plan.Demo && year == DemoYear + 1)
                    body.Previous = await _db.Meetings.Include(m => m.Items)
                        .Where(m => m.CommitteeId == body.Committee.Id && m.StartsAt < new DateTime(DemoYear + 1, 5, 1))
                        .OrderByDescending(m => m.StartsAt).FirstOrDefaultAsync(ct);
                var previous = body.Previous;
                foreach (var day in await DatesAsync(body, year, ct))
                {
                    var sitting = Agenda(body, day, previous);
                    sittings.Add(sitting);
                    if (sitting.CancelledBecause is null) previous = sitting.Meeting;
                }
            }
            AddMemberDecisionNotices(year);
            await _db.SaveChangesAsync(ct);

            foreach (var sitting in sittings.OrderBy(s => s.Meeting.StartsAt))
                Conduct(sitting, year);
            TakeMemberDecisions();
            ApproveLastMinutesOfDissolved(year, sittings);
            if (year == DemoYear - 1) await HandOverAsync(b => b.Plan.Demo, new DateTime(DemoYear, 5, 1), ct);
            await _db.SaveChangesAsync(ct);
            _db.ChangeTracker.Clear();
        }

        /// <summary>A committee dissolved or renamed has its last minutes approved by the body that took over its
        /// work (or else by the County Council) at that body's first meeting after it.</summary>
        private void ApproveLastMinutesOfDissolved(int year, List<Sitting> sittings)
        {
            foreach (var body in _bodies.Where(b => !b.Active(year) && !b.Plan.Demo && b.Previous is { Status: MeetingStatus.DraftMinutesPublished }))
            {
                var heir = _bodies.FirstOrDefault(b => b.Plan.Name == body.Plan.Successor && b.Active(year))
                    ?? _bodies.First(b => b.Plan.Kind == CommitteeKind.FullCouncil);
                var first = sittings.Where(s => s.Body == heir && s.Meeting.Status is MeetingStatus.DraftMinutesPublished or MeetingStatus.MinutesApproved)
                    .OrderBy(s => s.Meeting.StartsAt).FirstOrDefault();
                if (first is null) continue;
                var day = DateOnly.FromDateTime(first.Meeting.StartsAt);
                body.Previous!.ApproveMinutes(day, Presiding(heir, day), first.Meeting.Id);
                body.Previous = null;
            }
        }

        /// <summary>After the county's last year, the demo's current meetings follow: its committees' last minutes are
        /// approved at their first meeting held this year.</summary>
        public async Task HandOverToDemoAsync(CancellationToken ct)
        {
            foreach (var body in _bodies.Where(b => b.Previous is not null)) _db.Meetings.Attach(body.Previous!);
            await HandOverAsync(b => b.Plan.Demo, new DateTime(LastYear + 1, 5, 1), ct);
            await _db.SaveChangesAsync(ct);
            _db.ChangeTracker.Clear();
        }

        private async Task HandOverAsync(Func<Body, bool> which, DateTime from, CancellationToken ct)
        {
            foreach (var body in _bodies.Where(which))
            {
                if (body.Previous is not { Status: MeetingStatus.DraftMinutesPublished } last) continue;
                var next = await _db.Meetings.AsNoTracking()
                    .Where(m => m.CommitteeId == body.Committee.Id && m.StartsAt >= from
                        && (m.Status == MeetingStatus.Held || m.Status == MeetingStatus.DraftMinutesPublished || m.Status == MeetingStatus.MinutesApproved))
                    .OrderBy(m => m.StartsAt).Select(m => new { m.Id, m.StartsAt }).FirstOrDefaultAsync(ct);
                if (next is null) continue;
                last.ApproveMinutes(DateOnly.FromDateTime(next.StartsAt), Presiding(body, DateOnly.FromDateTime(next.StartsAt)), next.Id);
                body.Previous = null;
            }
        }

        /// <summary>The year's dates for a committee, spread through the municipal year on its usual weekday, clear of
        /// the Christmas and August breaks, a week apart at least; before an election the last falls in March. A
        /// demo committee's dates meet the demo's own at its seams.</summary>
        private async Task<List<DateOnly>> DatesAsync(Body body, int year, CancellationToken ct)
        {
            var start = new DateOnly(year, body.Plan.Kind == CommitteeKind.FullCouncil ? 5 : 6, body.Plan.Kind == CommitteeKind.FullCouncil ? 18 : 1);
            var end = IsElectionYear(year + 1) ? new DateOnly(year + 1, 3, 25) : new DateOnly(year + 1, 4, 24);
            var span = end.DayNumber - start.DayNumber;
            var dates = new List<DateOnly>();
            for (var k = 0; k < body.Plan.PerYear; k++)
            {
                var day = OnOrAfter(start.AddDays(span * k / body.Plan.PerYear + _random.Next(0, 4)), body.Plan.Weekday);
                if (day <= end && (dates.Count == 0 || day.DayNumber - dates[^1].DayNumber >= 7)) dates.Add(day);
            }
            if (!body.Plan.Demo || !DemoSeams.TryGetValue(body.Plan.Name, out var seam)) return dates;
            if (year == DemoYear - 1) return [.. dates.Where(d => d.DayNumber < seam.LastBefore.DayNumber - 14), seam.LastBefore];
            if (year == DemoYear + 1 && seam.FirstAfter is { } first) return [first, .. dates.Where(d => d.DayNumber > first.DayNumber + 14)];
            if (year == LastYear)
            {
                // The demo's own diary of this year begins a few weeks before today: the county's stops short of it.
                var resumes = await _db.Meetings.Where(m => m.CommitteeId == body.Committee.Id && m.StartsAt >= new DateTime(DemoYear + 1, 5, 1))
                    .MinAsync(m => (DateTime?)m.StartsAt, ct);
                if (resumes is { } r) return [.. dates.Where(d => d.DayNumber < DateOnly.FromDateTime(r).DayNumber - 14)];
            }
            return dates;
        }

        private static bool IsRemoteEra(DateOnly day) => day >= new DateOnly(2020, 4, 4) && day < new DateOnly(2021, 5, 7);

        /// <summary>The agenda as published: the council's standard items, the business of the committee's area
        /// with its reports (a few appendices uploaded as PDFs), now and then exempt business under Schedule 12A,
        /// and at the County Council notices of motion and, in February, the budget.</summary>
        private Sitting Agenda(Body body, DateOnly day, Meeting? previous)
        {
            var plan = body.Plan;
            var venue = IsRemoteEra(day) ? "Remote meeting, broadcast live on the Council's website" : body.Venue;
            var annual = plan.Kind == CommitteeKind.FullCouncil && day.Month == 5;
            var budget = plan.Kind == CommitteeKind.FullCouncil && day.Month == 2;
            var meeting = new Meeting(body.Committee.Id, day.ToDateTime(new TimeOnly(plan.Hour, plan.Minute)), venue,
                annual ? "Annual meeting" : budget ? "Budget meeting" : null);
            _db.Meetings.Add(meeting);
            var number = 1;
            foreach (var standard in _templates.StandardItems)
                meeting.AddItem((number++).ToString(), standard.Title,
                    _templates.DescriptionOf(standard, plan.Name, previous?.StartsAt), standard.Role);

            var business = new List<Business>();
            if (plan.Area is Area.Local or Area.Licensing && _random.Chance(0.03))
                return new Sitting(body, meeting, business, previous, _random.Pick(Texts.CancelReasons));
            var count = plan.Area switch
            {
                Area.Council => 5, Area.Executive => _random.Next(5, 9), Area.Licensing => _random.Next(1, 3),
                Area.Planning => _random.Next(4, 8), Area.Local => _random.Next(4, 7), _ => _random.Next(3, 6),
            };
            var agendaDay = AgendaDay(day);
            for (var i = 0; i < count; i++)
            {
                var topic = budget && i == 0 ? Texts.Budget(day) : Texts.Topic(plan.Area, _random, day);
                var item = meeting.AddItem((number++).ToString(), topic.Title, topic.Description);
                if (budget && i == 0) meeting.MarkAsBudgetDecision(item);
                var author = Author(plan.Area);
                meeting.RecordPublishedPaper(item, topic.ReportTitle, DocumentKind.Report, author, Texts.Report(topic, _random, day, author), agendaDay);
                Document? upload = null;
                if (_random.Chance(0.08))
                    upload = meeting.UploadPaper(item, $"Appendix A: {topic.AppendixTitle}", DocumentKind.Appendix, author,
                        $"{Slug.From(topic.AppendixTitle)}.pdf", _random.Pick(_pdfs));
                ForwardPlanEntry? entry = null;
                if (plan.Area == Area.Executive && _random.Chance(0.5))
                {
                    entry = new ForwardPlanEntry(topic.Title, "Cabinet", day, _random.Pick(Enum.GetValues<KeyDecisionReason>()),
                        $"Report by the {author.Split(", ")[^1]}.", Texts.Representations);
                    entry.Publish(Days.LatestDayBefore(day, _random.Next(29, 50)));
                    _db.ForwardPlanEntries.Add(entry);
                }
                business.Add(new Business(item, topic, upload, entry));
            }
            if (plan.Kind == CommitteeKind.FullCouncil && !annual && !budget)
                for (var m = _random.Next(1, 3); m > 0; m--)
                {
                    var (mover, seconder) = TwoCouncillors(body, day);
                    var topic = Texts.Motion(_random, day, _people[mover].DisplayName, _people[seconder].DisplayName);
                    var item = meeting.AddItem((number++).ToString(), topic.Title, topic.Description);
                    business.Add(new Business(item, topic with { Mover = mover, Seconder = seconder }, Motion: true));
                }
            if (_random.Chance(ExemptShare(plan.Area)))
            {
                var topic = Texts.Exempt(plan.Area, _random, day);
                var item = meeting.AddItem((number++).ToString(), topic.Title, topic.Description);
                meeting.ReviseItem(item, new ItemDetails(null, item.Title, item.Description, topic.Paragraph, Texts.PublicInterest(topic.Paragraph),
                    _random.Chance(0.1) ? ExemptAccess.StaffOnly : ExemptAccess.CommitteeMembers), new ExclusionWording(_templates.ExclusionTitle, _templates.ExclusionResolution));
                var author = Author(plan.Area);
                meeting.RecordPublishedPaper(item, topic.ReportTitle, DocumentKind.Report, author, Texts.Report(topic, _random, day, author), agendaDay);
                ForwardPlanEntry? entry = null;
                if (plan.Area == Area.Executive)
                {
                    entry = new ForwardPlanEntry(topic.Title, "Cabinet", day, KeyDecisionReason.SpendingOrSaving, $"Report by the {author.Split(", ")[^1]} (exempt).", Texts.Representations);
                    entry.TakeInPrivate(topic.Paragraph, Texts.PublicInterest(topic.Paragraph));
                    entry.Publish(Days.LatestDayBefore(day, _random.Next(29, 50)));
                    _db.ForwardPlanEntries.Add(entry);
                }
                business.Add(new Business(item, topic, Entry: entry));
            }
            return new Sitting(body, meeting, business, previous);
        }

        private static double ExemptShare(Area area) => area switch
        {
            Area.Executive => 0.3, Area.Licensing => 0.5, Area.Pensions => 0.4, Area.Parenting or Area.Children => 0.2,
            Area.Governance or Area.Audit => 0.2, _ => 0.04,
        };

        private string Author(Area area)
        {
            var officer = _random.Pick(_officers.Where(o => o.Areas.Contains(area)).ToList()).Person;
            return $"{officer.DisplayName}, {officer.JobTitle}";
        }

        private (int, int) TwoCouncillors(Body body, DateOnly day)
        {
            var members = Seats(body, day).Select(m => m.PersonId).ToList();
            var mover = _random.Pick(members);
            var seconder = _random.Pick(members.Where(id => id != mover).ToList());
            return (mover, seconder);
        }

        private static IEnumerable<Membership> Seats(Body body, DateOnly day) =>
            body.Committee.Memberships.Where(m => m.IsCurrentOn(day) && m.Role != MembershipRole.Substitute);

        private string Presiding(Body body, DateOnly day) =>
            body.Committee.Memberships.FirstOrDefault(m => m.Role == MembershipRole.Chairman && m.IsCurrentOn(day)) is { } chair
                ? _people[chair.PersonId].DisplayName
                : "the Chairman";

        private void AddMemberDecisionNotices(int year)
        {
            _memberDecisions.Clear();
            for (var month = 0; month < 12; month++)
                for (var n = 0; n < 2; n++)
                {
                    var day = OnOrAfter(new DateOnly(year, 5, 10).AddMonths(month).AddDays(n * 12 + _random.Next(0, 5)), (DayOfWeek)_random.Next(1, 6));
                    if (day.Year > year + 1 || (day.Year == year + 1 && day.Month >= 5)) continue;
                    var topic = Texts.Topic(_random.Pick([Area.Environment, Area.Children, Area.Health, Area.Local, Area.Audit]), _random, day);
                    var maker = _random.Pick(Texts.CabinetMembers);
                    var entry = new ForwardPlanEntry(topic.Title, maker, day, _random.Pick(Enum.GetValues<KeyDecisionReason>()),
                        "Report by the director responsible, with the consultation responses.", Texts.Representations);
                    entry.Publish(Days.LatestDayBefore(day, _random.Next(29, 50)));
                    _db.ForwardPlanEntries.Add(entry);
                    _memberDecisions.Add((entry, topic, maker));
                }
        }

        private void TakeMemberDecisions()
        {
            foreach (var (entry, topic, maker) in _memberDecisions)
            {
                var day = entry.IntendedDecisionOn;
                Decide(entry, topic, maker, day, null, null);
            }
        }

        /// <summary>A key decision taken on its Forward Plan notice, published the next working day, and (after the
        /// call-in period, or a call-in that scrutiny dealt with) implemented.</summary>
        private void Decide(ForwardPlanEntry entry, Topic topic, string maker, DateOnly day, int? meetingId, int? itemId)
        {
            var published = AddWorkingDays(day, 1).ToDateTime(new TimeOnly(10, 0));
            var decision = new Decision(maker, entry.Matter, Texts.DecisionText(topic, _random), Texts.Reasons(topic, _random), day, published,
                alternativesRejected: Texts.Alternatives(topic, _random), meetingId: meetingId, agendaItemId: itemId);
            decision.TakenOnNotice(entry, Executive, Days);
            if (_random.Chance(0.04))
            {
                var signatories = _people.Values.Where(p => p.Kind == PersonKind.Councillor && p.Party != "Conservative").Take(40).OrderBy(_ => _random.Next()).Take(3).Select(p => p.Id).ToList();
                decision.CallIn(signatories, Texts.CallInReasons, published.AddDays(1).Date.AddHours(11), Executive, Days);
                var scrutinised = AddWorkingDays(DateOnly.FromDateTime(published), 10);
                decision.RecordScrutinyOutcome(CallInOutcome.NoFurtherAction, scrutinised, "The committee was satisfied with the Cabinet's response and took no further action.");
                decision.Implement(AddWorkingDays(scrutinised, 1).ToDateTime(new TimeOnly(9, 0)), Executive, Days);
            }
            else decision.Implement(AddWorkingDays(DateOnly.FromDateTime(published), 8).ToDateTime(new TimeOnly(9, 0)), Executive, Days);
            _db.Decisions.Add(decision);
        }
    }
}
