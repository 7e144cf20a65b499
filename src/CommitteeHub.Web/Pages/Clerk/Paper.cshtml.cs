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
/// the earlier one stays open to inspection.</summary>
[Authorize(Roles = Clerking.Roles)]
public sealed class Paper(IMediator mediator, Reader reader) : PageModel
{
    public View Model { get; private set; } = null!;
    [BindProperty, StringLength(500_000)] public string? Body { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var result = await Show(id, ct);
        if (Model is not null) Body = Model.Body;
        return result;
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var bytes = await FormChoices.ReadUploadAsync(Upload, nameof(Upload), ModelState, ct);
        if (!ModelState.IsValid) return await Show(id, ct);
        var error = await mediator.Send(new Command(id, Body, Upload?.FileName, bytes), ct);
        if (error is null) return NotFound();
        if (error.Length > 0)
        {
            ModelState.AddModelError(string.Empty, error);
            return await Show(id, ct);
        }
        TempData["Done"] = reader.Done ?? "Saved.";
        return Redirect($"/clerk/papers/{id}");
    }

    private async Task<IActionResult> Show(int id, CancellationToken ct)
    {
        var view = await mediator.Send(new Query(id), ct);
        if (view is null) return NotFound();
        Model = view;
        return Page();
    }

    public sealed record View(int Id, int ItemId, string Title, bool IsUpload, string? FileName, string? Body, DateOnly? PublishedOn, int Version, IReadOnlyList<(int Version, DateOnly PublishedOn)> Earlier);

    public sealed record Query(int Id) : IQuery<View?>;

    public sealed record Command(int Id, string? Body, string? FileName, byte[]? File) : ICommand<string?>;

    public sealed class Handler(CouncilDb db, TimeProvider clock, Reader reader, IOptions<UploadLimits> uploads) : IQueryHandler<Query, View?>, ICommandHandler<Command, string?>
    {
        public async ValueTask<View?> Handle(Query q, CancellationToken ct)
        {
            var d = await db.Documents.AsNoTracking().Include(x => x.Revisions).FirstOrDefaultAsync(x => x.Id == q.Id, ct);
            return d is null ? null : new View(d.Id, d.AgendaItemId, d.Title, d.IsUpload, d.FileName, d.Body, d.PublishedOn, d.Version,
                d.Revisions.OrderBy(r => r.Version).Select(r => (r.Version, r.PublishedOn)).ToList());
        }

        public async ValueTask<string?> Handle(Command c, CancellationToken ct)
        {
            var paper = await db.Documents.Include(d => d.Revisions).FirstOrDefaultAsync(d => d.Id == c.Id, ct);
            if (paper is null) return null;
            var meetingId = await db.AgendaItems.Where(i => i.Id == paper.AgendaItemId).Select(i => i.MeetingId).FirstAsync(ct);
            var before = paper.Version;
            try
            {
                if (paper.IsUpload)
                {
                    if (c.File is null) throw new DomainException("Choose the new file to upload.");
                    Clerking.RefuseUnsafeUpload(c.FileName, c.File, uploads.Value);
                    paper.Replace(c.FileName!, c.File, Clerking.Now(clock));
                }
                else paper.Revise(c.Body!, Clerking.Now(clock));
            }
            catch (DomainException e)
            {
                return e.Message;
            }
            return await Clerking.SaveAsync(db, meetingId, reader, clock,
                paper.Version > before ? $"Published version {paper.Version} of \"{paper.Title}\"; version {before} stays available." : $"Revised \"{paper.Title}\" before publication.", ct);
        }
    }
}
