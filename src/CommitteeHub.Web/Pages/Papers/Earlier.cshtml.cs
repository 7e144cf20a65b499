using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommitteeHub.Web.Pages.Papers;

/// <summary>A kept version of a printed paper, at its own address, for whoever may read all of it now.</summary>
public sealed class Earlier(IMediator mediator) : PageModel
{
    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var result = await mediator.Send(new Query(id), ct);
        return result.Refusal ?? Print.Pdf(this, result.Paper!);
    }

    public sealed record Query(long Id) : IQuery<Print.Served>;

    public sealed class Handler(PaperArchive archive, IHttpContextAccessor http) : IQueryHandler<Query, Print.Served>
    {
        public async ValueTask<Print.Served> Handle(Query q, CancellationToken ct)
        {
            var paper = await archive.FindAsync(q.Id, ct);
            if (paper is null) return new(null, new NotFoundResult());
            return new(paper, await archive.RefusalAsync(paper, http.HttpContext!, ct));
        }
    }
}
