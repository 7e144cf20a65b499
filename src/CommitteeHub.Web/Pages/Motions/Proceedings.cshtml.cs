using System.ComponentModel.DataAnnotations;
using CommitteeHub.Amendments;
using CommitteeHub.Data;
using CommitteeHub.Domain;
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
        if (!ModelState.IsValid) return await Show(id, ct);
        var error = await mediator.Send(new Command(id, Enum.Parse<Step>(step!, ignoreCase: true), number, Vote.For, Vote.Against, Vote.Abstentions, ReadAs), ct);
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
        return Page();
    }

    /// <summary>Answers null when the motion does not exist, "" when the step was recorded, else the reason it was refused.</summary>
    public sealed record Command(int MotionId, Step Step, int? Number, int? For, int? Against, int? Abstentions, string? ReadAs) : ICommand<string?>;

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
            try
            {
                switch (c.Step)
                {
                    case Step.MoveMotion: motion.Move(); break;
                    case Step.WithdrawMotion: motion.Withdraw(); break;
                    case Step.LoseMotion: motion.Lose(); break;
                    case Step.CarryMotion: await Carry(motion, c, ct); break;
                    case Step.Admit: motion.AdmitAmendment(Number(), DateOnly.FromDateTime(clock.GetLocalNow().DateTime)); break;
                    case Step.MoveAmendment: motion.MoveAmendment(Number()); break;
                    case Step.LoseAmendment: motion.LoseAmendment(Number()); break;
                    case Step.WithdrawAmendment: motion.WithdrawAmendment(Number()); break;
                    case Step.AcceptAmendment: motion.AcceptAmendment(Number()); ReadPendingAgainstSubstantive(motion); break;
                    case Step.CarryAmendment: motion.CarryAmendment(Number()); ReadPendingAgainstSubstantive(motion); break;
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
        private async Task Carry(Motion motion, Command c, CancellationToken ct)
        {
            motion.Carry();
            var meeting = await db.Meetings.Include(m => m.Items).ThenInclude(i => i.Resolutions)
                .FirstOrDefaultAsync(m => m.Items.Any(i => i.Id == motion.AgendaItemId), ct)
                ?? throw new DomainException("The motion is not on an agenda, so there is no item to record its resolution on.");
            var item = meeting.Items.Single(i => i.Id == motion.AgendaItemId);
            Vote? vote = c.For is null && c.Against is null && c.Abstentions is null ? null : new Vote(c.For ?? 0, c.Against ?? 0, c.Abstentions ?? 0);
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
