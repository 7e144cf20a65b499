using CommitteeHub.Amendments;
using CommitteeHub.Data;
using CommitteeHub.Domain;
using CommitteeHub.Web.Infrastructure;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CommitteeHub.Web.Pages.Motions;

// The steps of the proceedings on a motion: one command and one handler each. A handler loads the motion and the
// meeting whose agenda carries it (StepHandler), takes its step on the motion, and saves through Recording.
public sealed partial class Proceedings
{
    public abstract record Step(int MotionId) : ICommand<Outcome>;

    public sealed record MoveMotion(int MotionId) : Step(MotionId);
    public sealed record CarryMotion(int MotionId, Vote? Vote) : Step(MotionId);
    public sealed record LoseMotion(int MotionId) : Step(MotionId);
    public sealed record WithdrawMotion(int MotionId) : Step(MotionId);
    public sealed record Admit(int MotionId, int Number) : Step(MotionId);
    public sealed record MoveAmendment(int MotionId, int Number) : Step(MotionId);
    public sealed record AcceptAmendment(int MotionId, int Number) : Step(MotionId);
    public sealed record CarryAmendment(int MotionId, int Number, Vote? Vote) : Step(MotionId);
    public sealed record LoseAmendment(int MotionId, int Number, Vote? Vote) : Step(MotionId);
    public sealed record WithdrawAmendment(int MotionId, int Number) : Step(MotionId);
    public sealed record ReadAgainst(int MotionId, int Number, string? ReadAs) : Step(MotionId);

    public sealed class MoveMotionHandler(CouncilDb db, Recording recording) : StepHandler<MoveMotion>(db, recording)
    {
        protected override void Take(MoveMotion step, Motion motion, Meeting at) => motion.Move(at.Id);
    }

    /// <summary>Carrying the motion makes its words (as amended) the item's resolution, with the vote, which the
    /// meeting checks as it checks every vote on the item: two records in one step.</summary>
    public sealed class CarryMotionHandler(CouncilDb db, Recording recording) : StepHandler<CarryMotion>(db, recording)
    {
        protected override void Take(CarryMotion step, Motion motion, Meeting at)
        {
            motion.Carry(step.Vote, at.Id);
            at.Resolve(at.Items.Single(i => i.Id == motion.AgendaItemId), motion.CurrentText, step.Vote);
        }
    }

    public sealed class LoseMotionHandler(CouncilDb db, Recording recording) : StepHandler<LoseMotion>(db, recording)
    {
        protected override void Take(LoseMotion step, Motion motion, Meeting at) => motion.Lose(at.Id);
    }

    public sealed class WithdrawMotionHandler(CouncilDb db, Recording recording) : StepHandler<WithdrawMotion>(db, recording)
    {
        protected override void Take(WithdrawMotion step, Motion motion, Meeting at) => motion.Withdraw(at.Id);
    }

    /// <summary>The proper officer accepts an amendment onto the agenda as soon as it is tabled, before the meeting.</summary>
    public sealed class AdmitHandler(CouncilDb db, Recording recording, TimeProvider clock) : StepHandler<Admit>(db, recording)
    {
        protected override bool AtTheMeetingOnly => false;

        protected override void Take(Admit step, Motion motion, Meeting at) =>
            motion.AdmitAmendment(step.Number, DateOnly.FromDateTime(clock.GetLocalNow().DateTime), at.Id);
    }

    public sealed class MoveAmendmentHandler(CouncilDb db, Recording recording) : StepHandler<MoveAmendment>(db, recording)
    {
        protected override void Take(MoveAmendment step, Motion motion, Meeting at) => motion.MoveAmendment(step.Number, at.Id);
    }

    public sealed class AcceptAmendmentHandler(CouncilDb db, Recording recording) : StepHandler<AcceptAmendment>(db, recording)
    {
        protected override void Take(AcceptAmendment step, Motion motion, Meeting at)
        {
            motion.AcceptAmendment(step.Number, at.Id);
            ReadPendingAgainstSubstantive(motion, at.Id);
        }
    }

    public sealed class CarryAmendmentHandler(CouncilDb db, Recording recording) : StepHandler<CarryAmendment>(db, recording)
    {
        protected override void Take(CarryAmendment step, Motion motion, Meeting at)
        {
            motion.CarryAmendment(step.Number, at, step.Vote);
            ReadPendingAgainstSubstantive(motion, at.Id);
        }
    }

    public sealed class LoseAmendmentHandler(CouncilDb db, Recording recording) : StepHandler<LoseAmendment>(db, recording)
    {
        protected override void Take(LoseAmendment step, Motion motion, Meeting at) => motion.LoseAmendment(step.Number, at, step.Vote);
    }

    public sealed class WithdrawAmendmentHandler(CouncilDb db, Recording recording) : StepHandler<WithdrawAmendment>(db, recording)
    {
        protected override void Take(WithdrawAmendment step, Motion motion, Meeting at) => motion.WithdrawAmendment(step.Number, at.Id);
    }

    /// <summary>The clerk writes how an amendment the merge could not re-read now reads against the substantive motion.</summary>
    public sealed class ReadAgainstHandler(CouncilDb db, Recording recording) : StepHandler<ReadAgainst>(db, recording)
    {
        protected override void Take(ReadAgainst step, Motion motion, Meeting at)
        {
            if (string.IsNullOrWhiteSpace(step.ReadAs)) throw new DomainException("Write how the amendment reads against the substantive motion.");
            motion.RebaseAmendment(step.Number, TrackedChanges.Canonical(step.ReadAs), at.Id);
        }
    }

    /// <summary>Loads the motion (with its amendments) and the meeting whose agenda carries it (with what a vote is
    /// checked against, and the item's resolutions), takes the step, and saves it.</summary>
    public abstract class StepHandler<TStep>(CouncilDb db, Recording recording) : ICommandHandler<TStep, Outcome> where TStep : Step
    {
        /// <summary>Proceedings happen at a meeting whose agenda is out: not before it is published, nor at one called off.</summary>
        protected virtual bool AtTheMeetingOnly => true;

        protected abstract void Take(TStep step, Motion motion, Meeting at);

        public async ValueTask<Outcome> Handle(TStep step, CancellationToken ct)
        {
            var motion = await db.Motions.Include(m => m.Amendments).FirstOrDefaultAsync(m => m.Id == step.MotionId, ct);
            if (motion is null) return Outcome.NotFound;
            var meeting = motion.AgendaItemId is not { } itemId ? null : await db.Meetings
                .Include(m => m.Attendance).Include(m => m.Items).ThenInclude(i => i.Declarations).Include(m => m.Items).ThenInclude(i => i.Resolutions)
                .AsSplitQuery().FirstOrDefaultAsync(m => m.Items.Any(i => i.Id == itemId), ct);
            if (meeting is null)
                throw new DomainException("The motion is not on an agenda yet: place it on a meeting's agenda first.");
            if (AtTheMeetingOnly && meeting.Status is not (MeetingStatus.AgendaPublished or MeetingStatus.Held))
                throw new DomainException($"The meeting is {Meeting.StatusName(meeting.Status).ToLowerInvariant()}: proceedings are recorded for a meeting whose agenda is published or that has been held.");
            Take(step, motion, meeting);
            return await recording.SaveAsync(ct);
        }
    }

    /// <summary>After an amendment is carried or accepted, re-reads each pending one against the substantive motion by
    /// a three-way merge; what does not merge cleanly is flagged for the clerk.</summary>
    private static void ReadPendingAgainstSubstantive(Motion motion, int meetingId)
    {
        foreach (var pending in motion.Amendments.Where(a => a.IsPending && a.BasedOnText != motion.CurrentText).ToList())
        {
            var merged = TrackedChanges.Rebase(pending.BasedOnText, motion.CurrentText, pending.Text);
            if (merged.IsClean && merged.Markdown != motion.CurrentText)
                motion.RebaseAmendment(pending.Number, merged.Markdown, meetingId);
            else if (merged.IsClean)
                motion.FlagRebaseConflict(pending.Number, "Read against the substantive motion, this amendment no longer changes anything: its changes were all made by the amendment carried.", meetingId);
            else
                motion.FlagRebaseConflict(pending.Number, string.Join(" ", merged.Conflicts.Select(x =>
                    $"In {x.Location}, the carried amendment made “{x.BaseText}” read “{x.CarriedText}”; this amendment would make it “{x.PendingText}”.")) +
                    " Write how this amendment now reads, or ask the mover to withdraw it.", meetingId);
        }
    }
}
