using CommitteeHub.Data;
using CommitteeHub.Domain;
using CommitteeHub.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CommitteeHub.Web.Pages.Motions;

/// <summary>A notice of motion, its amendments with mover and outcome, and the motion as amended. The tracked-changes
/// rendering of each amendment comes with the amendment engine; until then each amendment shows the motion as it would
/// read if carried.</summary>
public sealed class Details(IMediator mediator) : PageModel
{
    public Model Motion { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var found = await mediator.Send(new Query(id), ct);
        if (found is null) return NotFound();
        Motion = found;
        return Page();
    }

    public sealed record Query(int Id) : IQuery<Model?>;

    public sealed record Model(int Id, string Title, string Mover, string? Seconder, DateOnly ReceivedOn, MotionStatus Status, string Text,
        string? SubstantiveText, string? ReferredTo, IReadOnlyList<AmendmentLine> Amendments, ItemLink? Item);

    public sealed record AmendmentLine(int Number, string Mover, string? Seconder, DateOnly TabledOn, AmendmentStatus Status, string Text);

    public sealed record ItemLink(int ItemId, string Number, int MeetingId, DateTime MeetingStartsAt, string Committee);

    public sealed class Handler(CouncilDb db, Reader reader) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken ct)
        {
            var motion = await db.Motions.AsNoTracking().Include(m => m.Amendments).FirstOrDefaultAsync(m => m.Id == query.Id, ct);
            if (motion is null) return null;
            var personIds = motion.Amendments.SelectMany(a => new[] { a.MoverId, a.SeconderId ?? 0 })
                .Concat([motion.MoverId, motion.SeconderId ?? 0]).Distinct().ToList();
            var names = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName, ct);
            string? Name(int? id) => id is { } i && names.TryGetValue(i, out var n) ? n : null;

            ItemLink? item = null;
            if (motion.AgendaItemId is { } itemId)
            {
                var found = await db.AgendaItems.AsNoTracking().Where(i => i.Id == itemId)
                    .Join(db.Meetings, i => i.MeetingId, m => m.Id, (i, m) => new { i, m })
                    .Join(db.Committees, x => x.m.CommitteeId, c => c.Id, (x, c) => new { x.i, x.m, Committee = c.Name })
                    .FirstAsync(ct);
                if (found.m.Status == MeetingStatus.Scheduled && !reader.IsStaff) return null;
                if (found.i.IsExempt && !await reader.MayReadExemptAsync(found.m.CommitteeId, found.m.StartsAt, found.i.ExemptAccess, ct))
                    return null;
                item = new ItemLink(found.i.Id, found.i.Number, found.m.Id, found.m.StartsAt, found.Committee);
            }
            return new Model(motion.Id, motion.Title, Name(motion.MoverId)!, Name(motion.SeconderId), motion.ReceivedOn, motion.Status,
                motion.Text, motion.SubstantiveText, motion.ReferredTo,
                motion.Amendments.OrderBy(a => a.Number)
                    .Select(a => new AmendmentLine(a.Number, Name(a.MoverId)!, Name(a.SeconderId), a.TabledOn, a.Status, a.Text)).ToList(),
                item);
        }
    }
}
