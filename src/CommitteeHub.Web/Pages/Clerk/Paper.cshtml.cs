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

/// <summary>Revises a paper: before publication it is simply edited; once published, the change is a new version and
/// the earlier one stays open to inspection. The form carries the paper's row version, so that of two clerks revising
/// it at once the second is told, and shown the first's change, rather than overwriting it.</summary>
[Authorize(Roles = Clerking.Roles)]
public sealed class Paper(IMediator mediator) : PageModel
{
    public View Model { get; private set; } = null!;
    [BindProperty, StringLength(500_000)] public string? Body { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public uint? Version { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var result = await Show(id, ct);
        Fill();
        return result;
    }

    /// <summary>Fills the form from the paper as saved.</summary>
    private void Fill()
    {
        if (Model is null) return;
        Body = Model.Body;
        Version = Model.RowVersion;
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var bytes = await FormChoices.ReadUploadAsync(Upload, nameof(Upload), ModelState, ct);
        if (!ModelState.IsValid) return await Show(id, ct);
        var outcome = await mediator.Send(new Revise(id, Body, Upload?.FileName, bytes, Version), ct);
        // After a conflict, show the other clerk's change and its version, as the message says: the clerk's own text
        // is not posted back over it unseen, and saving again is then a considered change to what is now there.
        return await this.AnswerAsync(outcome, $"/clerk/papers/{id}", async fresh =>
        {
            var shown = await Show(id, ct);
            if (fresh) Fill();
            return shown;
        });
    }

    private async Task<IActionResult> Show(int id, CancellationToken ct)
    {
        var view = await mediator.Send(new Query(id), ct);
        if (view is null) return NotFound();
        Model = view;
        return Page();
    }

    /// <param name="RowVersion">The row's version (PostgreSQL xmin), which the form sends back; not the paper's published version.</param>
    public sealed record View(int Id, int ItemId, string Title, bool IsUpload, string? FileName, string? Body, DateOnly? PublishedOn, int Version,
        IReadOnlyList<(int Version, DateOnly PublishedOn)> Earlier, uint RowVersion);

    public sealed record Query(int Id) : IQuery<View?>;

    public sealed record Revise(int PaperId, string? Body, string? FileName, byte[]? File, uint? Version) : ICommand<Outcome>;

    private const string DocumentRowVersion = Data.Configurations.DocumentConfiguration.RowVersion;

    public sealed class Handler(CouncilDb db) : IQueryHandler<Query, View?>
    {
        public async ValueTask<View?> Handle(Query q, CancellationToken ct)
        {
            // The row version is read first: a change saved between the two reads then shows as a conflict on
            // saving, never as a version newer than the text shown.
            var rowVersion = await db.Documents.Where(x => x.Id == q.Id).Select(x => EF.Property<uint>(x, DocumentRowVersion)).FirstOrDefaultAsync(ct);
            var d = await db.Documents.AsNoTracking().Include(x => x.Revisions).FirstOrDefaultAsync(x => x.Id == q.Id, ct);
            return d is null ? null : new View(d.Id, d.AgendaItemId, d.Title, d.IsUpload, d.FileName, d.Body, d.PublishedOn, d.Version,
                d.Revisions.OrderBy(r => r.Version).Select(r => (r.Version, r.PublishedOn)).ToList(), rowVersion);
        }

    }

    public sealed class ReviseHandler(CouncilDb db, Recording recording, TimeProvider clock, IOptions<UploadLimits> uploads) : ICommandHandler<Revise, Outcome>
    {
        public async ValueTask<Outcome> Handle(Revise c, CancellationToken ct)
        {
            if (await Clerking.LoadMeetingOfPaperAsync(db, c.PaperId, ct) is not { } meeting) return Outcome.NotFound;
            Clerking.RefuseUnsafeUpload(c.FileName, c.File, uploads.Value);
            var paper = meeting.RevisePaper(c.PaperId, c.Body, c.FileName, c.File, Clerking.Now(clock));
            Clerking.ExpectVersion(db, paper, c.Version, DocumentRowVersion);
            return await recording.SaveAsync(ct);
        }
    }
}
