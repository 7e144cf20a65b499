using CommitteeHub.Documents.Docx;
using CommitteeHub.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using P = CommitteeHub.Documents.Papers;

namespace CommitteeHub.Web.Pages.Papers;

/// <summary>A motion with its amendments as a Word file, each amendment as real tracked changes by its mover. It is
/// read through the motion page's own query, so exactly those who may read the motion page may download it.</summary>
public sealed class MotionDocx(IMediator mediator, CouncilTemplates templates, IOptions<CouncilOptions> council) : PageModel
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        // A motion not on an agenda has no order paper, in Word as in print.
        if (await mediator.Send(new Motions.Details.Query(id), ct) is not { Item: { } item } m) return NotFound();
        var meeting = new P.MeetingDetails(council.Value.Name, item.Committee, DateOnly.FromDateTime(item.MeetingStartsAt), TimeOnly.FromDateTime(item.MeetingStartsAt), "");
        var amendments = m.Amendments.Select(a => new WordAmendment(a.Number, a.Mover, a.Seconder, a.TabledOn, a.BasedOnText, a.Text, PaperSources.Outcome(a.Status))).ToList();
        var docx = MotionWord.Render(new WordMotionInput(meeting, item.Number, m.Title, m.Mover, m.Seconder, m.Text, amendments, m.SubstantiveText), templates.Papers);
        // Signed-in readers may be shown what the public is not: their copy is kept by no cache on the way.
        Response.Headers.CacheControl = User.Identity?.IsAuthenticated == true ? "private, no-store" : "public, no-cache";
        return File(docx, ContentType, $"motion-{id}.docx");
    }
}
