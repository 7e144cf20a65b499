using System.ComponentModel.DataAnnotations;
using CommitteeHub.Data;
using CommitteeHub.Domain;
using CommitteeHub.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CommitteeHub.Web.Pages.Motions;

/// <summary>
/// The clerk records what happens to a motion and its amendments: accepting an amendment onto the agenda, moving,
/// carrying, losing, withdrawing; the motion carried (with the vote, recorded as the item's resolution) or lost. When
/// an amendment is carried, the pending ones are re-read against the substantive motion by a three-way merge; only
/// real conflicts are left for the clerk. Each step is its own handler and command (in Proceedings.Steps.cs).
/// </summary>
[Authorize(Roles = $"{Roles.Clerk},{Roles.Administrator}")]
public sealed partial class Proceedings(IMediator mediator) : PageModel
{
    public Details.Model Motion { get; private set; } = null!;
    /// <summary>The members who may vote, for a vote recorded by name.</summary>
    public IReadOnlyList<(int Id, string Name)> Members { get; private set; } = [];
    /// <summary>The motion is on a budget decision: every vote on it and its amendments is recorded by name.</summary>
    public bool BudgetDecision { get; private set; }

    [BindProperty] public VoteForm Vote { get; set; } = new();
    [BindProperty] public string? ReadAs { get; set; }

    public sealed class VoteForm
    {
        [Range(0, 500, ErrorMessage = "Votes for must be a number from 0 to 500.")] public int? For { get; set; }
        [Range(0, 500, ErrorMessage = "Votes against must be a number from 0 to 500.")] public int? Against { get; set; }
        [Range(0, 500, ErrorMessage = "Abstentions must be a number from 0 to 500.")] public int? Abstentions { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await Show(id, ct);

    /// <summary>A form posted without a step (a browser always names one, on its button).</summary>
    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        ModelState.AddModelError(string.Empty, "Choose a step to record.");
        return await Show(id, ct);
    }

    public Task<IActionResult> OnPostMoveMotionAsync(int id, CancellationToken ct) => Take(id, new MoveMotion(id), ct);
    public Task<IActionResult> OnPostCarryMotionAsync(int id, CancellationToken ct) => Take(id, new CarryMotion(id, VoteGiven()), ct);
    public Task<IActionResult> OnPostLoseMotionAsync(int id, CancellationToken ct) => Take(id, new LoseMotion(id), ct);
    public Task<IActionResult> OnPostWithdrawMotionAsync(int id, CancellationToken ct) => Take(id, new WithdrawMotion(id), ct);
    public Task<IActionResult> OnPostAdmitAsync(int id, int? number, CancellationToken ct) => Take(id, number, n => new Admit(id, n), ct);
    public Task<IActionResult> OnPostMoveAmendmentAsync(int id, int? number, CancellationToken ct) => Take(id, number, n => new MoveAmendment(id, n), ct);
    public Task<IActionResult> OnPostAcceptAmendmentAsync(int id, int? number, CancellationToken ct) => Take(id, number, n => new AcceptAmendment(id, n), ct);
    public Task<IActionResult> OnPostCarryAmendmentAsync(int id, int? number, CancellationToken ct) => Take(id, number, n => new CarryAmendment(id, n, VoteGiven()), ct);
    public Task<IActionResult> OnPostLoseAmendmentAsync(int id, int? number, CancellationToken ct) => Take(id, number, n => new LoseAmendment(id, n, VoteGiven()), ct);
    public Task<IActionResult> OnPostWithdrawAmendmentAsync(int id, int? number, CancellationToken ct) => Take(id, number, n => new WithdrawAmendment(id, n), ct);
    public Task<IActionResult> OnPostReadAgainstAsync(int id, int? number, CancellationToken ct) => Take(id, number, n => new ReadAgainst(id, n, ReadAs), ct);

    /// <summary>A step on an amendment names it.</summary>
    private Task<IActionResult> Take(int id, int? number, Func<int, Step> step, CancellationToken ct)
    {
        if (number is { } n) return Take(id, step(n), ct);
        ModelState.AddModelError(string.Empty, "Say which amendment.");
        return Show(id, ct);
    }

    private async Task<IActionResult> Take(int id, Step step, CancellationToken ct)
    {
        if (!ModelState.IsValid) return await Show(id, ct);
        return await this.AnswerAsync(await mediator.Send(step, ct), $"/motions/{id}/proceedings", _ => Show(id, ct));
    }

    /// <summary>The vote as the form gives it: by name when any name is marked, else the counts, else none.</summary>
    private Vote? VoteGiven()
    {
        var names = FormChoices.PerPerson<VoteChoice>(Request.Form, "Names", ModelState)
            .Where(n => n.Value is not null).Select(n => new RecordedVoteLine(n.Key, n.Value!.Value)).ToList();
        return Domain.Vote.AsGiven(names, Vote.For, Vote.Against, Vote.Abstentions);
    }

    private async Task<IActionResult> Show(int id, CancellationToken ct)
    {
        var motion = await mediator.Send(new Details.Query(id), ct);
        if (motion is null) return NotFound();
        Motion = motion;
        (Members, BudgetDecision) = await mediator.Send(new VotersQuery(id), ct);
        return Page();
    }

    public sealed record VotersQuery(int MotionId) : IQuery<(IReadOnlyList<(int Id, string Name)>, bool)>;

    public sealed class VotersHandler(CouncilDb db) : IQueryHandler<VotersQuery, (IReadOnlyList<(int Id, string Name)>, bool)>
    {
        public async ValueTask<(IReadOnlyList<(int Id, string Name)>, bool)> Handle(VotersQuery q, CancellationToken ct)
        {
            var found = await db.Motions.AsNoTracking().Where(m => m.Id == q.MotionId)
                .Join(db.AgendaItems, m => m.AgendaItemId, i => i.Id, (m, i) => new { i.IsBudgetDecision, i.MeetingId, ItemId = i.Id })
                .Join(db.Meetings, x => x.MeetingId, m => m.Id, (x, m) => new { x.IsBudgetDecision, x.ItemId, MeetingId = m.Id, m.CommitteeId, m.StartsAt }).FirstOrDefaultAsync(ct);
            if (found is null) return ([], false);
            return (await db.VotersOnAsync(found.MeetingId, found.ItemId, found.CommitteeId, DateOnly.FromDateTime(found.StartsAt), ct), found.IsBudgetDecision);
        }
    }
}
