using System.ComponentModel.DataAnnotations;
using CommitteeHub.Amendments;
using CommitteeHub.Data;
using CommitteeHub.Documents.Docx;
using CommitteeHub.Domain;
using CommitteeHub.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using UploadLimits = CommitteeHub.Documents.Papers.UploadLimits;

namespace CommitteeHub.Web.Pages.Motions;

/// <summary>A councillor tables an amendment by editing the motion's words; the tracked changes are previewed as they
/// type (and on "Preview" without JavaScript). Only a member of the committee considering the motion may table one.</summary>
[Authorize(Roles = Roles.Councillor)]
public sealed class Amend(IMediator mediator, Reader reader, IOptions<UploadLimits> limits) : PageModel
{
    [BindProperty] public Form Input { get; set; } = new();

    /// <summary>The motion as amended, in Word (tracked changes or clean), read into the form instead of typing.</summary>
    [BindProperty] public IFormFile? Upload { get; set; }

    /// <summary>True once a Word file has been read into the form, to say so beside the preview.</summary>
    public bool ReadFromWord { get; private set; }

    public Context Motion { get; private set; } = null!;
    public string? PreviewHtml { get; private set; }
    public IReadOnlyList<string> PreviewInstructions { get; private set; } = [];

    public sealed class Form
    {
        [Required(ErrorMessage = "Write the motion as it would read if your amendment were carried.")]
        [StringLength(50_000, ErrorMessage = "The motion may have at most 50,000 characters.")]
        [Display(Name = "The motion as amended")]
        public string Text { get; set; } = "";

        [Display(Name = "Seconder")]
        public int? SeconderId { get; set; }

        /// <summary>A fingerprint of the motion's words when the form was opened: if another amendment is carried
        /// meanwhile, this one was written against words no longer before the meeting.</summary>
        public string? BasedOn { get; set; }
    }

    public static string Fingerprint(string text) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..16];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await Load(id, ct) is { } refusal) return refusal;
        Input.Text = Motion.CurrentText;
        Input.BasedOn = Fingerprint(Motion.CurrentText);
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(int id, CancellationToken ct)
    {
        if (await Load(id, ct) is { } refusal) return refusal;
        ModelState.Clear();
        Preview();
        return Page();
    }

    /// <summary>Reads the motion as amended from a Word file into the form and previews it, as "Preview" does: the
    /// councillor checks the changes and then tables the amendment, by the same rules as a typed one.</summary>
    public async Task<IActionResult> OnPostImportAsync(int id, CancellationToken ct)
    {
        if (await Load(id, ct) is { } refusal) return refusal;
        ModelState.Clear();
        var bytes = await FormChoices.ReadUploadAsync(Upload, nameof(Upload), ModelState, ct, AmendedMotionReader.MaxBytes);
        if (Upload is null) ModelState.AddModelError(nameof(Upload), "Choose the Word file (.docx) of the motion as you would amend it.");
        else if (ModelState.IsValid)
        {
            var read = AmendedMotionReader.Read(Upload.FileName, bytes ?? [], Motion.CurrentText, limits.Value);
            if (read.Refusal is { } why) ModelState.AddModelError(nameof(Upload), why);
            else (Input.Text, ReadFromWord) = (read.Markdown!, true);
        }
        Preview();
        return Page();
    }

    /// <summary>Tables the amendment: the page's one step that saves.</summary>
    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await Load(id, ct) is { } refusal) return refusal;
        if (Motion.IsDecided)
            ModelState.AddModelError(string.Empty, $"The motion is {Domain.Motion.StatusName(Motion.Status).ToLowerInvariant()}: it can no longer be amended.");
        else if (Input.BasedOn != Fingerprint(Motion.CurrentText))
        {
            ModelState.AddModelError("Input.Text", "The motion has changed since you opened this page (an amendment was carried). Your text is kept below; compare it with the motion as it now stands and table it again.");
            Input.BasedOn = Fingerprint(Motion.CurrentText);
        }
        if (!ModelState.IsValid) { Preview(); return Page(); }
        var mover = reader.PersonId!.Value;
        var outcome = await mediator.Send(new Table(id, mover, Input.SeconderId, Input.Text), ct);
        var number = outcome.IsDone ? await mediator.Send(new TabledQuery(id, mover), ct) : null;
        // Refused or in conflict with another amendment tabled at the same moment, the councillor's text is kept.
        return await this.AnswerAsync(outcome, $"/motions/{id}#amendment-{number}", _ =>
        {
            Preview();
            return Task.FromResult<IActionResult>(Page());
        });
    }

    private void Preview()
    {
        var tree = TrackedChanges.Compare(Motion.CurrentText, Input.Text ?? "");
        PreviewHtml = ChangeRenderers.Html(tree);
        PreviewInstructions = ChangeRenderers.Instructions(tree);
    }

    private async Task<IActionResult?> Load(int id, CancellationToken ct)
    {
        var context = await mediator.Send(new ContextQuery(id, reader.PersonId ?? 0), ct);
        if (context is null) return NotFound();
        if (!context.IsMember) return Forbid();
        Motion = context;
        return null;
    }

    public sealed record ContextQuery(int MotionId, int PersonId) : IQuery<Context?>;

    public sealed record Context(int Id, string Title, string CurrentText, MotionStatus Status, MeetingStatus MeetingStatus, string Committee, DateTime MeetingStartsAt,
        DateTime AmendmentDeadline, bool IsMember, IReadOnlyList<(int Id, string Name)> Seconders)
    {
        /// <summary>Amendments are tabled while the agenda stands published; once the meeting has been held or was called
        /// off, the motion can no longer be amended.</summary>
        public bool IsDecided => Domain.Motion.IsDecidedStatus(Status) || MeetingStatus != MeetingStatus.AgendaPublished;
    }

    public sealed class ContextHandler(CouncilDb db, Reader reader, ProcedureRules rules, WorkingCalendar calendar) : IQueryHandler<ContextQuery, Context?>
    {
        public async ValueTask<Context?> Handle(ContextQuery query, CancellationToken ct)
        {
            var motion = await db.Motions.AsNoTracking().FirstOrDefaultAsync(m => m.Id == query.MotionId, ct);
            if (motion?.AgendaItemId is not { } itemId) return null;
            var meeting = await db.AgendaItems.AsNoTracking().Where(i => i.Id == itemId)
                .Join(db.Meetings, i => i.MeetingId, m => m.Id, (i, m) => new { m.CommitteeId, m.StartsAt, m.Status, i.IsExempt, i.ExemptAccess })
                .Join(db.Committees, m => m.CommitteeId, c => c.Id, (m, c) => new { m.CommitteeId, m.StartsAt, m.Status, m.IsExempt, m.ExemptAccess, c.Name })
                .FirstAsync(ct);
            // A motion exists for the reader only if its item does (the same rule as the motion page).
            if (!(await reader.ScopeAsync(ct)).MayReadItem(new Sitting(meeting.CommitteeId, meeting.StartsAt, meeting.Status), meeting.IsExempt, meeting.ExemptAccess))
                return null;
            var day = DateOnly.FromDateTime(meeting.StartsAt);
            var members = await db.Memberships.AsNoTracking()
                .SittingOn(meeting.CommitteeId, day)
                .Join(db.People.Where(p => p.Kind == PersonKind.Councillor), s => s.PersonId, p => p.Id, (s, p) => new { p.Id, p.DisplayName, p.LastName })
                .OrderBy(p => p.LastName).ToListAsync(ct);
            var isMember = members.Any(p => p.Id == query.PersonId);
            return new Context(motion.Id, motion.Title, motion.CurrentText, motion.Status, meeting.Status, meeting.Name, meeting.StartsAt,
                rules.AmendmentNoticeDeadline(meeting.StartsAt, calendar), isMember,
                members.Where(p => p.Id != query.PersonId).Select(p => (p.Id, p.DisplayName)).ToList());
        }
    }

    public sealed record Table(int MotionId, int MoverId, int? SeconderId, string Text) : ICommand<Outcome>;

    /// <summary>The number of the amendment the councillor tabled last on the motion, to show it once tabled.</summary>
    public sealed record TabledQuery(int MotionId, int MoverId) : IQuery<int?>;

    public sealed class TabledHandler(CouncilDb db) : IQueryHandler<TabledQuery, int?>
    {
        public async ValueTask<int?> Handle(TabledQuery q, CancellationToken ct) =>
            await db.Amendments.Where(a => a.MotionId == q.MotionId && a.MoverId == q.MoverId).MaxAsync(a => (int?)a.Number, ct);
    }

    /// <summary>Tables the amendment; the motion judges whether it is late, by the clock and the meeting's deadline.</summary>
    public sealed class TableHandler(CouncilDb db, Recording recording, TimeProvider clock, ProcedureRules rules, WorkingCalendar calendar) : ICommandHandler<Table, Outcome>
    {
        public async ValueTask<Outcome> Handle(Table command, CancellationToken ct)
        {
            var motion = await db.Motions.Include(m => m.Amendments).FirstOrDefaultAsync(m => m.Id == command.MotionId, ct);
            if (motion is null) return Outcome.NotFound;
            var meeting = await db.AgendaItems.Where(i => i.Id == motion.AgendaItemId)
                .Join(db.Meetings, i => i.MeetingId, m => m.Id, (i, m) => new { m.Id, m.CommitteeId, m.StartsAt }).FirstOrDefaultAsync(ct);
            if (meeting is null) return Outcome.NotFound;
            if (command.SeconderId is { } seconder)
            {
                var day = DateOnly.FromDateTime(meeting.StartsAt);
                var seconderSits = await db.Memberships.SittingOn(meeting.CommitteeId, day).Where(s => s.PersonId == seconder)
                    .Join(db.People.Where(p => p.Kind == PersonKind.Councillor), s => s.PersonId, p => p.Id, (s, p) => p.Id).AnyAsync(ct);
                if (!seconderSits) return Outcome.Refused("Choose a seconder from the members of the committee.", "Input.SeconderId");
            }
            if (!TrackedChanges.Compare(motion.CurrentText, command.Text).HasChanges)
                return Outcome.Refused("The amendment leaves the motion unchanged: edit its words. (Changes to spacing alone are not changes to a motion.)", "Input.Text");
            motion.TableAmendment(command.MoverId, command.SeconderId, TrackedChanges.Canonical(command.Text), clock.GetLocalNow().DateTime, meeting.StartsAt,
                rules, calendar, meeting.Id);
            try
            {
                return await recording.SaveAsync(ct);
            }
            catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
            {
                // Another amendment took the same number at the same moment: nothing was saved.
                return Outcome.Conflict;
            }
        }
    }
}
