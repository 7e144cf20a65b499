using System.ComponentModel.DataAnnotations;
using CommitteeHub.Data;
using CommitteeHub.Domain;
using CommitteeHub.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using UploadLimits = CommitteeHub.Documents.Papers.UploadLimits;

namespace CommitteeHub.Web.Pages.Clerk;

/// <summary>
/// One agenda item for the clerk: its number, title and exemption; its papers on their way from draft to published;
/// and, once the meeting is held, its minutes, declarations of interest and resolutions with their votes.
/// </summary>
[Authorize(Roles = Clerking.Roles)]
public sealed partial class Item(IMediator mediator, Reader reader) : PageModel
{
    public View Model { get; private set; } = null!;
    [BindProperty] public Form Input { get; set; } = new();
    [BindProperty] public IFormFile? Upload { get; set; }

    public sealed class Form
    {
        public uint? Version { get; set; }
        [StringLength(20)] public string? Number { get; set; }
        [StringLength(300, ErrorMessage = "The title must be 300 characters or fewer.")] public string? Title { get; set; }
        [StringLength(20_000)] public string? Description { get; set; }
        [Range(0, 7, ErrorMessage = "Choose a paragraph of Schedule 12A from 1 to 7, or not exempt.")] public int? ExemptParagraph { get; set; }
        [StringLength(2_000)] public string? PublicInterest { get; set; }
        public bool StaffOnly { get; set; }
        public bool BudgetDecision { get; set; }
        [StringLength(300)] public string? PaperTitle { get; set; }
        public DocumentKind PaperKind { get; set; } = DocumentKind.Report;
        [StringLength(300)] public string? Author { get; set; }
        [StringLength(500_000)] public string? Body { get; set; }
        [StringLength(10)] public string? MinuteNumber { get; set; }
        [StringLength(100_000)] public string? Minutes { get; set; }
        [StringLength(300)] public string? Preamble { get; set; }
        [StringLength(10_000)] public string? PublicSummary { get; set; }
        public int? PersonId { get; set; }
        public InterestKind InterestKind { get; set; } = InterestKind.OtherRegistrable;
        [StringLength(1_000)] public string? Nature { get; set; }
        public bool LeftTheRoom { get; set; }
        public bool Dispensation { get; set; }
        [StringLength(20_000)] public string? Resolution { get; set; }
        [Range(0, 500, ErrorMessage = "Votes for must be a number from 0 to 500.")] public int? For { get; set; }
        [Range(0, 500, ErrorMessage = "Votes against must be a number from 0 to 500.")] public int? Against { get; set; }
        [Range(0, 500, ErrorMessage = "Abstentions must be a number from 0 to 500.")] public int? Abstentions { get; set; }
    }

    public enum Step { SaveDetails, WritePaper, UploadPaper, SubmitPaper, ApprovePaper, ReturnPaper, SaveMinutes, Declare, Resolve, RemoveDeclaration, RemoveResolution }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var result = await Show(id, ct);
        Fill();
        return result;
    }

    /// <summary>Fills the forms from the item as saved.</summary>
    private void Fill()
    {
        if (Model is not null)
        {
            Input.Version = Model.Version;
            Input.Number = Model.Number; Input.Title = Model.Title; Input.Description = Model.Description;
            Input.ExemptParagraph = Model.ExemptParagraph ?? 0; Input.PublicInterest = Model.PublicInterest; Input.StaffOnly = Model.StaffOnly;
            Input.BudgetDecision = Model.BudgetDecision;
            Input.MinuteNumber = Model.MinuteNumber; Input.Minutes = Model.Minutes; Input.Preamble = Model.Preamble; Input.PublicSummary = Model.PublicSummary;
            Input.Body = Model.ReportTemplate;
        }
    }

    public async Task<IActionResult> OnPostAsync(int id, string? step, int? paper, int? entry, CancellationToken ct)
    {
        if (!Enum.TryParse<Step>(step, ignoreCase: true, out var s) || int.TryParse(step, out _))
            ModelState.AddModelError(string.Empty, string.IsNullOrWhiteSpace(step) ? "Choose a step." : $"\"{step}\" is not a step the clerk can take here.");
        var bytes = s == Step.UploadPaper ? await FormChoices.ReadUploadAsync(Upload, nameof(Upload), ModelState, ct) : null;
        if (s == Step.UploadPaper && bytes is null && ModelState.IsValid) ModelState.AddModelError(nameof(Upload), "Choose the file to upload.");
        var names = FormChoices.PerPerson<VoteChoice>(Request.Form, "Names", ModelState).Where(n => n.Value is not null).Select(n => new RecordedVoteLine(n.Key, n.Value!.Value)).ToList();
        // "ten" in a vote box fails binding with the framework's "The value 'ten' is not valid for For."; say what is wanted.
        foreach (var (key, label) in new[] { ("Input.For", "Votes for"), ("Input.Against", "Votes against"), ("Input.Abstentions", "Abstentions") })
            if (ModelState[key] is { Errors.Count: > 0 } typed && !int.TryParse(typed.AttemptedValue, out _))
            {
                typed.Errors.Clear();
                typed.Errors.Add($"{label} must be a number from 0 to 500.");
            }
        if (!ModelState.IsValid) return await Show(id, ct);
        var error = await mediator.Send(new Command(id, s, paper, entry, Input, Upload?.FileName, bytes, names), ct);
        if (error is null) return NotFound();
        if (error.Length > 0)
        {
            if (error == Clerking.Conflict)
            {
                // As the message promises, show the other clerk's change and its version, not what this clerk typed:
                // otherwise the stale version is posted again and every further save conflicts too.
                ModelState.Clear();
                ModelState.AddModelError(string.Empty, error);
                var shown = await Show(id, ct);
                Fill();
                return shown;
            }
            ModelState.AddModelError(string.Empty, error);
            return await Show(id, ct);
        }
        TempData["Done"] = reader.Done ?? "Saved.";
        return Redirect($"/clerk/items/{id}");
    }

    private async Task<IActionResult> Show(int id, CancellationToken ct)
    {
        var view = await mediator.Send(new Query(id), ct);
        if (view is null) return NotFound();
        Model = view;
        return Page();
    }

    public sealed record View(int Id, uint Version, int MeetingId, string Meeting, MeetingStatus Status, string Number, string Title, string Description,
        AgendaItemRole Role, int? ExemptParagraph, string? PublicInterest, bool StaffOnly, bool BudgetDecision, bool MinutesSigned,
        string? MinuteNumber, string? Minutes, string? Preamble, string? PublicSummary, string? UrgencyReason,
        IReadOnlyList<PaperLine> Papers, IReadOnlyList<(int Id, string Name)> People, IReadOnlyList<(int Id, string Text)> Declarations,
        IReadOnlyList<(int Number, string Text)> Resolutions, string ReportTemplate)
    {
        public bool AgendaOpen => Status is MeetingStatus.Scheduled or MeetingStatus.Postponed;
        public bool Minuting => Status is MeetingStatus.Held or MeetingStatus.DraftMinutesPublished or MeetingStatus.AgendaPublished && !MinutesSigned;
    }

    public sealed record PaperLine(int Id, string Title, DocumentKind Kind, ReportStatus Status, DateOnly? PublishedOn, int Version, bool IsUpload);

    public sealed record Query(int Id) : IQuery<View?>;

    /// <param name="EntryId">The declaration (by id) or resolution (by number) a Remove step takes back.</param>
    public sealed record Command(int ItemId, Step Step, int? PaperId, int? EntryId, Form Input, string? FileName, byte[]? File, IReadOnlyList<RecordedVoteLine> Names) : ICommand<string?>;

    /// <summary>The report template's blanks look like {Name} or {Director or Head of Service}.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\{[A-Z][^{}\n]{0,80}\}")]
    private static partial System.Text.RegularExpressions.Regex TemplatePlaceholder();

    public sealed class Handler(CouncilDb db, TimeProvider clock, Reader reader, CouncilTemplates templates, IOptions<UploadLimits> uploads)
        : IQueryHandler<Query, View?>, ICommandHandler<Command, string?>
    {
        public async ValueTask<View?> Handle(Query q, CancellationToken ct)
        {
            var i = await db.AgendaItems.AsNoTracking().Include(x => x.Documents).Include(x => x.Declarations).Include(x => x.Resolutions)
                .AsSplitQuery().FirstOrDefaultAsync(x => x.Id == q.Id, ct);
            if (i is null) return null;
            var m = await db.Meetings.AsNoTracking().FirstAsync(x => x.Id == i.MeetingId, ct);
            var committee = await db.Committees.AsNoTracking().Where(c => c.Id == m.CommitteeId).Select(c => c.Name).FirstAsync(ct);
            var day = DateOnly.FromDateTime(m.StartsAt);
            var seats = db.Memberships.SittingOn(m.CommitteeId, day);
            var people = (await db.People.AsNoTracking()
                .Where(p => seats.Any(s => s.PersonId == p.Id)
                            || db.Attendance.Any(a => a.MeetingId == m.Id && a.PersonId == p.Id))
                .Select(p => new { p.Id, p.DisplayName, p.LastName }).ToListAsync(ct))
                .OrderBy(p => p.LastName, StringComparer.Ordinal).Select(p => (p.Id, p.DisplayName)).ToList();
            var names = people.ToDictionary(p => p.Id, p => p.DisplayName);
            string Name(int id) => names.TryGetValue(id, out var n) ? n : $"member {id}";
            return new View(i.Id, i.Version, m.Id, $"{committee}, {Format.Day(m.StartsAt)}", m.Status, i.Number, i.Title, i.Description, i.Role,
                i.ExemptParagraph, i.PublicInterestStatement, i.ExemptAccess == ExemptAccess.StaffOnly, i.IsBudgetDecision, i.MinutesSigned,
                i.MinuteNumber, i.MinutesText, i.ResolutionPreamble, i.PublicSummary, i.UrgencyReason,
                i.Documents.OrderBy(d => d.Id).Select(d => new PaperLine(d.Id, d.Title, d.Kind, d.Status, d.PublishedOn, d.Version, d.IsUpload)).ToList(),
                people,
                i.Declarations.Select(d => (d.Id, $"{Name(d.PersonId)}: {Declaration.WithArticle(d.Kind)}: {d.Nature}{(d.LeftTheRoom ? " (left the room)" : "")}{(d.DispensationGranted ? " (dispensation)" : "")}")).ToList(),
                i.Resolutions.OrderBy(r => r.Number).Select(r => (r.Number, $"{r.Number}. {r.Text}" + (r.VotesFor is null ? "" : $" (for {r.VotesFor}, against {r.VotesAgainst}, abstaining {r.Abstentions})"))).ToList(),
                templates.ReportTemplate);
        }

        public async ValueTask<string?> Handle(Command c, CancellationToken ct)
        {
            var meetingId = await db.AgendaItems.Where(i => i.Id == c.ItemId).Select(i => (int?)i.MeetingId).FirstOrDefaultAsync(ct);
            if (meetingId is null) return null;
            var meeting = (await Clerking.LoadMeetingAsync(db, meetingId.Value, ct))!;
            await db.Entry(meeting).Collection(m => m.Items).Query().Include(i => i.Declarations).LoadAsync(ct);
            var item = meeting.Items.Single(i => i.Id == c.ItemId);
            var f = c.Input;
            Document Paper() => item.Documents.FirstOrDefault(d => d.Id == c.PaperId) ?? throw new DomainException("That paper is not on this item.");
            var today = DateOnly.FromDateTime(Clerking.Now(clock));
            string what;
            try
            {
                switch (c.Step)
                {
                    case Step.SaveDetails:
                        if (meeting.Status is not (MeetingStatus.Scheduled or MeetingStatus.Postponed) &&
                            (f.Title?.Trim() != item.Title || (f.Description ?? "").Replace("\r\n", "\n").Trim() != item.Description))
                            throw new DomainException("The agenda is published, so the item's title and description stay as published. Put a correction in a late item or a paper.");
                        if (!string.IsNullOrWhiteSpace(f.Number)) meeting.Renumber(item, f.Number);
                        item.Describe(f.Title!, f.Description);
                        if (f.ExemptParagraph is > 0) item.MarkExempt(f.ExemptParagraph.Value, f.PublicInterest!, f.StaffOnly ? ExemptAccess.StaffOnly : ExemptAccess.CommitteeMembers);
                        else if (item.IsExempt) item.MakePublic();
                        item.MarkAsBudgetDecision(f.BudgetDecision);
                        Clerking.ExpectVersion(db, item, f.Version);
                        var exclusion = meeting.Items.FirstOrDefault(i => i.Role == AgendaItemRole.Exclusion);
                        if (meeting.ProvideForExclusion(templates.ExclusionTitle, templates.ExclusionResolution) is null && exclusion is not null)
                            db.AgendaItems.Remove(exclusion);
                        what = $"Saved item {item.Number}, {item.Title}{(item.IsExempt ? $", exempt under paragraph {item.ExemptParagraph}" : "")}.";
                        break;
                    case Step.WritePaper:
                        var written = item.AttachDocument(Document.Written(f.PaperTitle!, f.PaperKind, f.Author, f.Body!));
                        what = $"Wrote \"{written.Title}\" on item {item.Number} (draft).";
                        break;
                    case Step.UploadPaper:
                        Clerking.RefuseUnsafeUpload(c.FileName, c.File, uploads.Value);
                        var uploaded = item.AttachDocument(Document.Uploaded(f.PaperTitle!, f.PaperKind, f.Author, c.FileName!, c.File!));
                        what = $"Uploaded \"{uploaded.Title}\" ({uploaded.FileName}) on item {item.Number} (draft).";
                        break;
                    case Step.SubmitPaper:
                        what = $"Submitted \"{Paper().Submit().Title}\".";
                        break;
                    case Step.ApprovePaper:
                        if (Paper().Body is { } body && TemplatePlaceholder().Match(body) is { Success: true } blank)
                            throw new DomainException($"\"{Paper().Title}\" still has the template's placeholder {blank.Value}: fill it in or delete it before approving the paper for publication.");
                        var approved = Paper().Approve();
                        // After the agenda is out, an approved paper is published at once: a paper "to follow".
                        if (meeting.Status is not (MeetingStatus.Scheduled or MeetingStatus.Postponed)) approved.PublishedAt(today);
                        what = $"Approved \"{approved.Title}\" for publication{(approved.IsPublished ? " and published it" : "")}.";
                        break;
                    case Step.ReturnPaper:
                        var returned = Paper();
                        returned.ReturnToDraft();
                        what = $"Returned \"{returned.Title}\" to draft.";
                        break;
                    case Step.SaveMinutes:
                        item.RecordMinutes(f.MinuteNumber, f.Minutes!);
                        item.IntroduceResolutionsWith(f.Preamble);
                        if (item.IsExempt && !string.IsNullOrWhiteSpace(f.PublicSummary)) item.SummariseForThePublic(f.PublicSummary);
                        Clerking.ExpectVersion(db, item, f.Version);
                        what = $"Saved the minutes of item {item.Number}.";
                        break;
                    case Step.Declare:
                        if (f.PersonId is not { } person) throw new DomainException("Choose the member declaring the interest.");
                        item.DeclareInterest(person, f.InterestKind, f.Nature!, f.LeftTheRoom, f.Dispensation);
                        what = $"Recorded a declaration of interest on item {item.Number}.";
                        break;
                    case Step.Resolve:
                        Vote? vote = c.Names.Count > 0 ? Vote.Recorded(c.Names)
                            : f.For is null && f.Against is null && f.Abstentions is null ? null : new Vote(f.For ?? 0, f.Against ?? 0, f.Abstentions ?? 0);
                        var resolution = meeting.Resolve(item, f.Resolution!, vote);
                        what = $"Recorded resolution {resolution.Number} on item {item.Number}.";
                        break;
                    case Step.RemoveDeclaration:
                        item.RemoveDeclaration(c.EntryId ?? throw new DomainException("Say which declaration."));
                        what = $"Removed a declaration of interest recorded in error on item {item.Number}.";
                        break;
                    case Step.RemoveResolution:
                        item.RemoveResolution(c.EntryId ?? throw new DomainException("Say which resolution."));
                        what = $"Removed resolution {c.EntryId} recorded in error on item {item.Number}.";
                        break;
                    default:
                        throw new DomainException("That is not a step the clerk can take here.");
                }
            }
            catch (DomainException e)
            {
                return e.Message;
            }
            return await Clerking.SaveAsync(db, meeting.Id, reader, clock, what, ct);
        }
    }
}
