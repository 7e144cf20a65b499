using System.ComponentModel.DataAnnotations;
using CommitteeHub.Amendments;
using CommitteeHub.Data;
using CommitteeHub.Domain;
using CommitteeHub.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CommitteeHub.Web.Pages.Motions;

/// <summary>
/// The clerk records what happens to a motion and its amendments: accepting an amendment onto the agenda, moving,
/// carrying, losing, withdrawing; the motion carried (with the vote, recorded as the item's resolution) or lost. When
/// an amendment is carried, the pending ones are re-read against the substantive motion by a three-way merge; only
/// real conflicts are left for the clerk.
/// </summary>
[Authorize(Roles = $"{Roles.Clerk},{Roles.Administrator}")]
public sealed class Proceedings(IMediator mediator) : PageModel
{
    public Details.Model Motion { get; private set; } = null!;
    /// <summary>The members who may vote, for a vote recorded by name.</summary>
    public IReadOnlyList<(int Id, string Name)> Members { get; private set; } = [];
    /// <summary>The motion is on a budget decision: every vote on it and its amendments is recorded by name.</summary>
    public bool BudgetDecision { get; private set; }

    [BindProperty] public VoteForm Vote { get; set; } = new();
    [BindProperty] public string? ReadAs { get; set; }

    public sealed class VoteForm
    {
        [Range(0, 500, ErrorMessage = "Votes for must be a number from 0 to 500.")] public int? For { get; set; }
        [Range(0, 500, ErrorMessage = "Votes against must be a number from 0 to 500.")] public int? Against { get; set; }
        [Range(0, 500, ErrorMessage = "Abstentions must be a number from 0 to 500.")] public int? Abstentions { get; set; }
    }

    public enum Step { MoveMotion, CarryMotion, LoseMotion, WithdrawMotion, Admit, MoveAmendment, AcceptAmendment, CarryAmendment, LoseAmendment, WithdrawAmendment, ReadAgainst }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await Show(id, ct);

    public async Task<IActionResult> OnPostAsync(int id, string? step, int? number, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(step)) ModelState.AddModelError(string.Empty, "Choose a step to record.");
        else if (!Enum.TryParse<Step>(step, ignoreCase: true, out _) || int.TryParse(step, out _))
            ModelState.AddModelError(string.Empty, $"\"{step}\" is not a step in the proceedings on a motion.");
        var names = FormChoices.PerPerson<VoteChoice>(Request.Form, "Names", ModelState).Where(n => n.Value is not null).Select(n => new RecordedVoteLine(n.Key, n.Value!.Value)).ToList();
        if (!ModelState.IsValid) return await Show(id, ct);
        var error = await mediator.Send(new Command(id, Enum.Parse<Step>(step!, ignoreCase: true), number, Vote.For, Vote.Against, Vote.Abstentions, names, ReadAs), ct);
        if (error is null) return NotFound();
        if (error.Length > 0)
        {
            ModelState.AddModelError(string.Empty, error);
            return await Show(id, ct);
        }
        TempData["Done"] = "Recorded.";
        return Redirect($"/motions/{id}/proceedings");
    }

    private async Task<IActionResult> Show(int id, CancellationToken ct)
    {
        var motion = await mediator.Send(new Details.Query(id), ct);
        if (motion is null) return NotFound();
        Motion = motion;
        (Members, BudgetDecision) = await mediator.Send(new VotersQuery(id), ct);
        return Page();
    }

    /// <summary>Answers null when the motion does not exist, "" when the step was recorded, else the reason it was refused.</summary>
    public sealed record Command(int MotionId, Step Step, int? Number, int? For, int? Against, int? Abstentions, IReadOnlyList<RecordedVoteLine> Names, string? ReadAs) : ICommand<string?>;

    public sealed record VotersQuery(int MotionId) : IQuery<(IReadOnlyList<(int Id, string Name)>, bool)>;

    public sealed class VotersHandler(CouncilDb db) : IQueryHandler<VotersQuery, (IReadOnlyList<(int Id, string Name)>, bool)>
    {
        public async ValueTask<(IReadOnlyList<(int Id, string Name)>, bool)> Handle(VotersQuery q, CancellationToken ct)
        {
            var found = await db.Motions.AsNoTracking().Where(m => m.Id == q.MotionId)
                .Join(db.AgendaItems, m => m.AgendaItemId, i => i.Id, (m, i) => new { i.IsBudgetDecision, i.MeetingId })
                .Join(db.Meetings, x => x.MeetingId, m => m.Id, (x, m) => new { x.IsBudgetDecision, m.CommitteeId, m.StartsAt }).FirstOrDefaultAsync(ct);
            if (found is null) return ([], false);
            var day = DateOnly.FromDateTime(found.StartsAt);
            var members = await db.Memberships.AsNoTracking()
                .SittingOn(found.CommitteeId, day)
                .Join(db.People, s => s.PersonId, p => p.Id, (s, p) => new { p.Id, p.DisplayName, p.LastName }).Distinct().ToListAsync(ct);
            return (members.OrderBy(p => p.LastName, StringComparer.Ordinal).Select(p => (p.Id, p.DisplayName)).ToList(), found.IsBudgetDecision);
        }
    }

    public sealed class Handler(CouncilDb db, TimeProvider clock) : ICommandHandler<Command, string?>
    {
        public async ValueTask<string?> Handle(Command c, CancellationToken ct)
        {
            var motion = await db.Motions.Include(m => m.Amendments).FirstOrDefaultAsync(m => m.Id == c.MotionId, ct);
            if (motion is null) return null;
            var meetingStatus = await db.AgendaItems.Where(i => i.Id == motion.AgendaItemId)
                .Join(db.Meetings, i => i.MeetingId, m => m.Id, (i, m) => (MeetingStatus?)m.Status).FirstOrDefaultAsync(ct);
            // Proceedings happen at a meeting whose agenda is out: not before it is published, nor at one called off.
            if (meetingStatus is not (MeetingStatus.AgendaPublished or MeetingStatus.Held) && c.Step != Step.Admit)
                return meetingStatus is null
                    ? "The motion is not on an agenda yet: place it on a meeting's agenda first."
                    : $"The meeting is {Meeting.StatusName(meetingStatus.Value).ToLowerInvariant()}: proceedings are recorded for a meeting whose agenda is published or that has been held.";
            int Number() => c.Number ?? throw new DomainException("Say which amendment.");
            var budget = await db.AgendaItems.Where(i => i.Id == motion.AgendaItemId).Select(i => i.IsBudgetDecision).FirstOrDefaultAsync(ct);
            Vote? vote = c.Names.Count > 0 ? Domain.Vote.Recorded(c.Names)
                : c.For is null && c.Against is null && c.Abstentions is null ? null : new Vote(c.For ?? 0, c.Against ?? 0, c.Abstentions ?? 0);
            // Checked after the step, which refuses first what the motion's own rules refuse; a refusal saves nothing.
            async Task CheckVoters()
            {
                if (vote is null) return;
                var meeting = await db.Meetings.AsNoTracking().Include(m => m.Attendance).Include(m => m.Items).ThenInclude(i => i.Declarations)
                    .FirstAsync(m => m.Items.Any(i => i.Id == motion.AgendaItemId), ct);
                meeting.CheckVoters(meeting.Items.Single(i => i.Id == motion.AgendaItemId), vote);
            }
            try
            {
                switch (c.Step)
                {
                    case Step.MoveMotion: motion.Move(); break;
                    case Step.WithdrawMotion: motion.Withdraw(); break;
                    case Step.LoseMotion: motion.Lose(); break;
                    case Step.CarryMotion: await Carry(motion, vote, ct); break;
                    case Step.Admit: motion.AdmitAmendment(Number(), DateOnly.FromDateTime(clock.GetLocalNow().DateTime)); break;
                    case Step.MoveAmendment: motion.MoveAmendment(Number()); break;
                    case Step.LoseAmendment: motion.LoseAmendment(Number(), vote, budget); await CheckVoters(); break;
                    case Step.WithdrawAmendment: motion.WithdrawAmendment(Number()); break;
                    case Step.AcceptAmendment: motion.AcceptAmendment(Number()); ReadPendingAgainstSubstantive(motion); break;
                    case Step.CarryAmendment: motion.CarryAmendment(Number(), vote, budget); await CheckVoters(); ReadPendingAgainstSubstantive(motion); break;
                    case Step.ReadAgainst:
                        if (string.IsNullOrWhiteSpace(c.ReadAs)) throw new DomainException("Write how the amendment reads against the substantive motion.");
                        motion.RebaseAmendment(Number(), TrackedChanges.Canonical(c.ReadAs));
                        break;
                    default: throw new DomainException("That is not a step in the proceedings on a motion.");
                }
                await db.SaveChangesAsync(ct);
                return "";
            }
            catch (DomainException e)
            {
                return e.Message;
            }
            catch (DbUpdateConcurrencyException)
            {
                return "Someone else recorded a step on this motion at the same time. The page now shows the motion as it stands: check it and record your step again.";
            }
        }

        /// <summary>Carrying the motion makes its words (as amended) the item's resolution, with the vote.</summary>
        private async Task Carry(Motion motion, Vote? vote, CancellationToken ct)
        {
            motion.Carry();
            var meeting = await db.Meetings.Include(m => m.Items).ThenInclude(i => i.Resolutions)
                .FirstOrDefaultAsync(m => m.Items.Any(i => i.Id == motion.AgendaItemId), ct)
                ?? throw new DomainException("The motion is not on an agenda, so there is no item to record its resolution on.");
            var item = meeting.Items.Single(i => i.Id == motion.AgendaItemId);
            meeting.Resolve(item, motion.CurrentText, vote);
        }

        private static void ReadPendingAgainstSubstantive(Motion motion)
        {
            foreach (var pending in motion.Amendments.Where(a => a.IsPending && a.BasedOnText != motion.CurrentText).ToList())
            {
                var merged = TrackedChanges.Rebase(pending.BasedOnText, motion.CurrentText, pending.Text);
                if (merged.IsClean && merged.Markdown != motion.CurrentText)
                    motion.RebaseAmendment(pending.Number, merged.Markdown);
                else if (merged.IsClean)
                    motion.FlagRebaseConflict(pending.Number, "Read against the substantive motion, this amendment no longer changes anything: its changes were all made by the amendment carried.");
                else
                    motion.FlagRebaseConflict(pending.Number, string.Join(" ", merged.Conflicts.Select(x =>
                        $"In {x.Location}, the carried amendment made “{x.BaseText}” read “{x.CarriedText}”; this amendment would make it “{x.PendingText}”.")) +
                        " Write how this amendment now reads, or ask the mover to withdraw it.");
            }
        }
    }
}
