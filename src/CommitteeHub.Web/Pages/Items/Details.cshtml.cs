using CommitteeHub.Data;
using CommitteeHub.Web.Infrastructure;
using CommitteeHub.Web.Pages.Meetings;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommitteeHub.Web.Pages.Items;

[ReadingPage]
public sealed class Details(IMediator mediator) : PageModel
{
    public Model Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var found = await mediator.Send(new Query(id), ct);
        if (found is null) return NotFound();
        Item = found;
        return Page();
    }

    public sealed record Query(int Id) : IQuery<Model?>;

    public sealed record Model(int MeetingId, string Committee, string CommitteeSlug, DateTime MeetingStartsAt, AgendaItemView Item);

    public sealed class Handler(CouncilDb db, Reader reader) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken ct)
        {
            if (await AgendaItemViews.MeetingOfItem(db, query.Id) is not (var meeting, var committee, var committeeSlug)) return null;
            // An item of an unpublished agenda does not exist for the public yet.
            var scope = await reader.ScopeAsync(ct);
            if (!scope.MaySeeAgenda(meeting.Status)) return null;
            return new Model(meeting.Id, committee, committeeSlug, meeting.StartsAt, await AgendaItemViews.LoadItemAsync(db, scope, meeting, query.Id, ct));
        }
    }
}
