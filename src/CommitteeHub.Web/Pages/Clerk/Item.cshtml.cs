using System.ComponentModel.DataAnnotations;
using CommitteeHub.Data;
using CommitteeHub.Domain;
using CommitteeHub.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CommitteeHub.Web.Pages.Clerk;

/// <summary>
/// One agenda item for the clerk: its number, title and exemption; its papers on their way from draft to published;
/// and, once the meeting is held, its minutes, declarations of interest and resolutions with their votes.
/// </summary>
[Authorize(Roles = Clerking.Roles)]
public sealed partial class Item(IMediator mediator) : PageModel
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
        // The upload panel has its own fields, so a refused upload keeps its title in its own panel, with its message there.
        [StringLength(300, ErrorMessage = "The title must be 300 characters or fewer.")] public string? UploadTitle { get; set; }
        public DocumentKind UploadKind { get; set; } = DocumentKind.Report;
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
        [StringLength(50_000, ErrorMessage = "The reasons must be 50,000 characters or fewer.")] public string? Reasons { get; set; }
        [StringLength(20_000, ErrorMessage = "The alternatives must be 20,000 characters or fewer.")] public string? Alternatives { get; set; }
    }

    public Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => Show(id, ct);

    public Task<IActionResult> OnPostSaveDetailsAsync(int id, CancellationToken ct) =>
        Take(id, new SaveDetails(id, Input.Version, new ItemDetails(Input.Number, Input.Title ?? "", Input.Description, Input.ExemptParagraph, Input.PublicInterest,
            Input.StaffOnly ? ExemptAccess.StaffOnly : ExemptAccess.CommitteeMembers, Input.BudgetDecision)), ct);

    public Task<IActionResult> OnPostWritePaperAsync(int id, CancellationToken ct)
    {
        TitleNeeded(Input.PaperTitle, "Input.PaperTitle");
        return Take(id, new WritePaper(id, Input.PaperTitle ?? "", Input.PaperKind, Input.Author, Input.Body ?? ""), ct);
    }

    public async Task<IActionResult> OnPostUploadPaperAsync(int id, CancellationToken ct)
    {
        TitleNeeded(Input.UploadTitle, "Input.UploadTitle");
        var bytes = await FormChoices.ReadUploadAsync(Upload, nameof(Upload), ModelState, ct);
        if (bytes is null && ModelState[nameof(Upload)] is not { Errors.Count: > 0 }) ModelState.AddModelError(nameof(Upload), "Choose the file to upload.");
        return await Take(id, new UploadPaper(id, Input.UploadTitle ?? "", Input.UploadKind, Input.Author, Upload?.FileName ?? "", bytes ?? []), ct);
    }

    public Task<IActionResult> OnPostSubmitPaperAsync(int id, int? paper, CancellationToken ct) => Take(id, new SubmitPaper(id, paper), ct);

    public Task<IActionResult> OnPostApprovePaperAsync(int id, int? paper, CancellationToken ct) => Take(id, new ApprovePaper(id, paper), ct);

    public Task<IActionResult> OnPostReturnPaperAsync(int id, int? paper, CancellationToken ct) => Take(id, new ReturnPaper(id, paper), ct);

    public Task<IActionResult> OnPostSaveMinutesAsync(int id, CancellationToken ct) =>
        Take(id, new SaveMinutes(id, Input.Version, Input.MinuteNumber, Input.Minutes ?? "", Input.Preamble, Input.PublicSummary), ct);

    public Task<IActionResult> OnPostDeclareAsync(int id, CancellationToken ct) =>
        Take(id, new Declare(id, Input.PersonId, Input.InterestKind, Input.Nature ?? "", Input.LeftTheRoom, Input.Dispensation), ct);

    public Task<IActionResult> OnPostResolveAsync(int id, CancellationToken ct)
    {
        var names = FormChoices.PerPerson<VoteChoice>(Request.Form, "Names", ModelState).Where(n => n.Value is not null).Select(n => new RecordedVoteLine(n.Key, n.Value!.Value)).ToList();
        return Take(id, new Resolve(id, Input.Resolution ?? "", names, Input.For, Input.Against, Input.Abstentions), ct);
    }

    public Task<IActionResult> OnPostRemoveDeclarationAsync(int id, int? entry, CancellationToken ct) => Take(id, new RemoveDeclaration(id, entry), ct);

    public Task<IActionResult> OnPostRemoveResolutionAsync(int id, int? entry, CancellationToken ct) => Take(id, new RemoveResolution(id, entry), ct);

    public Task<IActionResult> OnPostPublishDecisionAsync(int id, CancellationToken ct) => Take(id, new PublishDecision(id, Input.Reasons, Input.Alternatives), ct);

    /// <summary>The paper's rule says a title is required; said here too, so the message stands at the title of the
    /// panel that was sent rather than only in the summary.</summary>
    private void TitleNeeded(string? title, string field)
    {
        if (string.IsNullOrWhiteSpace(title)) ModelState.AddModelError(field, "Document title is required.");
    }

    /// <summary>Takes a step the form asks for, once what binding can check is right, and answers as every page does.</summary>
    private async Task<IActionResult> Take(int id, ICommand<Outcome> step, CancellationToken ct)
    {
        // "ten" in a vote box fails binding with the framework's "The value 'ten' is not valid for For."; say what is wanted.
        foreach (var (key, label) in new[] { ("Input.For", "Votes for"), ("Input.Against", "Votes against"), ("Input.Abstentions", "Abstentions") })
            if (ModelState[key] is { Errors.Count: > 0 } typed && !int.TryParse(typed.AttemptedValue, out _))
            {
                typed.Errors.Clear();
                typed.Errors.Add($"{label} must be a number from 0 to 500.");
            }
        if (!ModelState.IsValid) return await Show(id, ct);
        var outcome = await mediator.Send(step, ct);
        // After a conflict the model state is cleared, so the form shows the other clerk's change and its version, as
        // the message says: otherwise the stale version is posted again and every further save conflicts too.
        return await this.AnswerAsync(outcome, $"/clerk/items/{id}", _ => Show(id, ct));
    }

    private async Task<IActionResult> Show(int id, CancellationToken ct)
    {
        var view = await mediator.Send(new Query(id), ct);
        if (view is null) return NotFound();
        Model = view;
        Fill();
        return Page();
    }

    /// <summary>Fills the forms from the item as saved. What a refused form sent is shown from the model state
    /// instead (the tag helpers prefer it), so what was typed stays, and the item's other forms show it as saved.</summary>
    private void Fill()
    {
        if (Model is not { } m) return;
        Input.Version = m.Version;
        Input.Number = m.Number; Input.Title = m.Title; Input.Description = m.Description;
        Input.ExemptParagraph = m.ExemptParagraph ?? 0; Input.PublicInterest = m.PublicInterest; Input.StaffOnly = m.StaffOnly;
        Input.BudgetDecision = m.BudgetDecision;
        Input.MinuteNumber = m.MinuteNumber; Input.Minutes = m.Minutes; Input.Preamble = m.Preamble; Input.PublicSummary = m.PublicSummary;
        Input.Body = m.ReportTemplate;
    }

    public sealed record View(int Id, uint Version, int MeetingId, string Meeting, MeetingStatus Status, string Number, string Title, string Description,
        AgendaItemRole Role, int? ExemptParagraph, string? PublicInterest, bool StaffOnly, bool BudgetDecision, bool MinutesSigned,
        string? MinuteNumber, string? Minutes, string? Preamble, string? PublicSummary, string? UrgencyReason,
        IReadOnlyList<PaperLine> Papers, IReadOnlyList<(int Id, string Name)> People, IReadOnlyList<(int Id, string Name)> Voters, IReadOnlyList<(int Id, string Text)> Declarations,
        IReadOnlyList<(int Number, string Text)> Resolutions, string ReportTemplate, int? DecisionId)
    {
        public bool AgendaOpen => Status is MeetingStatus.Scheduled or MeetingStatus.Postponed;
        public bool Minuting => Status is MeetingStatus.Held or MeetingStatus.DraftMinutesPublished or MeetingStatus.AgendaPublished && !MinutesSigned;
    }

    public sealed record PaperLine(int Id, string Title, DocumentKind Kind, ReportStatus Status, DateOnly? PublishedOn, int Version, bool IsUpload);

    public sealed record Query(int Id) : IQuery<View?>;

    public sealed class Handler(CouncilDb db, CouncilTemplates templates) : IQueryHandler<Query, View?>
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
                people, await db.VotersOnAsync(m.Id, i.Id, m.CommitteeId, day, ct),
                i.Declarations.Select(d => (d.Id, $"{Name(d.PersonId)}: {Declaration.WithArticle(d.Kind)}: {d.Nature}{(d.LeftTheRoom ? " (left the room)" : "")}{(d.DispensationGranted ? " (dispensation)" : "")}")).ToList(),
                i.Resolutions.OrderBy(r => r.Number).Select(r => (r.Number, $"{r.Number}. {r.Text}" + (r.VotesFor is null ? "" : $" (for {r.VotesFor}, against {r.VotesAgainst}, abstaining {r.Abstentions})"))).ToList(),
                templates.ReportTemplate,
                await db.Decisions.Where(d => d.AgendaItemId == i.Id).Select(d => (int?)d.Id).FirstOrDefaultAsync(ct));
        }
    }
}
