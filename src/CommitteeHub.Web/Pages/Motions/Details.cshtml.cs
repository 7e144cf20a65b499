using CommitteeHub.Amendments;
using CommitteeHub.Data;
using CommitteeHub.Domain;
using CommitteeHub.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CommitteeHub.Web.Pages.Motions;

/// <summary>A notice of motion with line numbers, each amendment as tracked changes computed by the amendment engine
/// (with its mover, outcome and order-paper wording), which pending amendments collide, the motion as amended, and
/// the resolution.</summary>
[ReadingPage]
public sealed class Details(IMediator mediator) : PageModel
{
    public Model Motion { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var found = await mediator.Send(new Query(id), ct);
        if (found is null) return NotFound();
        Motion = found;
        return Page();
    }

    public sealed record Query(int Id) : IQuery<Model?>;

    public sealed record Model(int Id, string Title, string Mover, string? Seconder, DateOnly ReceivedOn, MotionStatus Status, string Text,
        string? SubstantiveText, string? ReferredTo, IReadOnlyList<AmendmentView> Amendments, IReadOnlyList<string> Collisions,
        ItemLink? Item, NoticeView? Notice, bool MayTable, bool MayRecord);

    public sealed record AmendmentView(int Number, string Mover, string? Seconder, DateOnly TabledOn, AmendmentStatus Status, bool IsLate,
        DateOnly? AdmittedOn, string? RebaseConflict, string TrackedChangesHtml, IReadOnlyList<string> Instructions, string Text)
    {
        /// <summary>"For 30, against 20, abstaining 1", with the names where the vote was recorded.</summary>
        public string? Vote { get; init; }

        /// <summary>The motion as it stood when the amendment was tabled: what its tracked changes change.</summary>
        public string BasedOnText { get; init; } = "";
    }

    public sealed record ItemLink(int ItemId, string Number, int MeetingId, DateTime MeetingStartsAt, string Committee, ResolutionView? Resolution);

    public sealed record ResolutionView(string Text, int? For, int? Against, int? Abstentions);

    public sealed record NoticeView(DateOnly MotionDeadline, DateTime AmendmentDeadline, int ClearDays);

    public sealed class Handler(CouncilDb db, Reader reader, ProcedureRules rules, WorkingCalendar calendar) : IQueryHandler<Query, Model?>
    {
        // Compiled once: EF Core otherwise prepares each query's expression tree afresh on every request (a sixth of the
        // page's time in the app, docs/benchmarks.md).

        /// <summary>The motion with its amendments and their named votes: split, so the motion's text is not repeated on
        /// every vote's row.</summary>
        private static readonly Func<CouncilDb, int, Task<Motion?>> MotionById = EF.CompileAsyncQuery((CouncilDb db, int id) =>
            db.Motions.AsNoTracking().Include(m => m.Amendments).ThenInclude(a => a.RecordedVotes).AsSplitQuery().FirstOrDefault(m => m.Id == id));

        private static readonly Func<CouncilDb, int[], IAsyncEnumerable<PersonName>> NamesOf = EF.CompileAsyncQuery((CouncilDb db, int[] ids) =>
            db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new PersonName(p.Id, p.DisplayName)));

        private sealed record PersonName(int Id, string Name);

        /// <summary>The item the motion is on, its meeting and committee, and with them the motion's resolution (the one
        /// in the motion's final words), in one question. What the reader may read of them is asked of the result.</summary>
        private static readonly Func<CouncilDb, int, string, Task<ItemFound>> ItemWithResolution = EF.CompileAsyncQuery(
            (CouncilDb db, int itemId, string finalText) => db.AgendaItems.AsNoTracking().Where(i => i.Id == itemId)
                .Join(db.Meetings, i => i.MeetingId, m => m.Id, (i, m) => new { i, m })
                .Join(db.Committees, x => x.m.CommitteeId, c => c.Id, (x, c) => new ItemFound(x.i.Number, x.i.IsExempt, x.i.ExemptAccess, x.m, c.Name,
                    db.Resolutions.Where(r => r.AgendaItemId == x.i.Id && r.Text == finalText)
                        .OrderByDescending(r => r.Number).Select(r => new ResolutionView(r.Text, r.VotesFor, r.VotesAgainst, r.Abstentions)).FirstOrDefault()))
                .First());

        private sealed record ItemFound(string Number, bool IsExempt, ExemptAccess ExemptAccess, Meeting Meeting, string Committee, ResolutionView? Resolution);

        public async ValueTask<Model?> Handle(Query query, CancellationToken ct)
        {
            var motion = await MotionById(db, query.Id);
            if (motion is null) return null;
            var personIds = motion.Amendments.SelectMany(a => a.RecordedVotes.Select(v => v.PersonId).Append(a.MoverId).Append(a.SeconderId ?? 0))
                .Concat([motion.MoverId, motion.SeconderId ?? 0]).Distinct().ToArray();
            var names = new Dictionary<int, string>();
            await foreach (var person in NamesOf(db, personIds).WithCancellation(ct)) names[person.Id] = person.Name;
            string? Name(int? id) => id is { } i && names.TryGetValue(i, out var n) ? n : null;

            ItemLink? item = null;
            NoticeView? notice = null;
            var mayTable = false;
            if (motion.AgendaItemId is { } itemId)
            {
                var found = await ItemWithResolution(db, itemId, motion.CurrentText);
                if (!(await reader.ScopeAsync(ct)).MayReadItem(Sitting.Of(found.Meeting), found.IsExempt, found.ExemptAccess))
                    return null;
                // The resolution is shown once the minutes are (to staff, at once).
                var resolution = found.Meeting.MinutesArePublished || reader.IsStaff ? found.Resolution : null;
                item = new ItemLink(itemId, found.Number, found.Meeting.Id, found.Meeting.StartsAt, found.Committee, resolution);
                var meetingDay = DateOnly.FromDateTime(found.Meeting.StartsAt);
                notice = new NoticeView(rules.MotionNoticeDeadline(meetingDay, calendar), rules.AmendmentNoticeDeadline(found.Meeting.StartsAt, calendar), rules.MotionNoticeClearDays);
                mayTable = !motion.IsDecided && reader.IsCouncillor && reader.PersonId is { } personId &&
                           await db.Memberships.SittingOn(found.Meeting.CommitteeId, meetingDay).AnyAsync(s => s.PersonId == personId, ct);
            }

            var amendments = motion.Amendments.OrderBy(a => a.Number).Select(a =>
            {
                var marked = Marking.Of(a.BasedOnText, a.Text);
                return new AmendmentView(a.Number, Name(a.MoverId)!, Name(a.SeconderId), a.TabledOn, a.Status, a.IsLate, a.AdmittedOn,
                    a.RebaseConflict, marked.Html, marked.Instructions, a.Text) { Vote = VoteText(a), BasedOnText = a.BasedOnText };
            }).ToList();

            string? VoteText(Amendment a)
            {
                if (a.VotesFor is null) return null;
                string Who(VoteChoice c) => a.RecordedVotes.Count == 0 ? "" :
                    $" ({string.Join(", ", a.RecordedVotes.Where(v => v.Choice == c).Select(v => Name(v.PersonId)).Order(StringComparer.Ordinal))})";
                return $"For {a.VotesFor}{Who(VoteChoice.For)}; against {a.VotesAgainst}{Who(VoteChoice.Against)}; abstaining {a.Abstentions}{Who(VoteChoice.Abstain)}.";
            }

            // Amendments still to be decided that change the same words of the motion differently.
            var pending = motion.Amendments.Where(a => a.IsPending && a.BasedOnText == motion.CurrentText).OrderBy(a => a.Number).ToList();
            var collisions = pending.Count < 2 ? [] : TrackedChanges.Collisions(motion.CurrentText, pending.Select(a => a.Text).ToList())
                .Select(c => $"Amendments {pending[c.First].Number} and {pending[c.Second].Number} both change “{c.BaseText}” in {c.Location}: " +
                             $"one to “{c.FirstText}”, the other to “{c.SecondText}”. If one is carried, the other falls there.")
                .ToList();

            return new Model(motion.Id, motion.Title, Name(motion.MoverId)!, Name(motion.SeconderId), motion.ReceivedOn, motion.Status,
                motion.Text, motion.SubstantiveText, motion.ReferredTo, amendments, collisions, item, notice, mayTable, reader.IsStaff);
        }
    }
}
