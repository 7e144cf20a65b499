using CommitteeHub.Data;
using CommitteeHub.Domain;
using CommitteeHub.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CommitteeHub.Web.Pages.Clerk;

/// <summary>The register of a meeting: each member present, virtual, with apologies or absent; substitutes and
/// others in attendance.</summary>
[Authorize(Roles = Clerking.Roles)]
public sealed class Attendance(IMediator mediator) : PageModel
{
    public View Model { get; private set; } = null!;
    [BindProperty] public int? PersonId { get; set; }
    [BindProperty] public AttendanceKind? Kind { get; set; }
    [BindProperty] public int? SubstituteFor { get; set; }
    [BindProperty] public string? LeftDuringItem { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await Show(id, ct);

    public Task<IActionResult> OnPostRegisterAsync(int id, CancellationToken ct) =>
        Take(id, new Register(id, FormChoices.PerPerson<AttendanceKind>(Request.Form, "Register", ModelState)), ct);

    public Task<IActionResult> OnPostAddAsync(int id, CancellationToken ct)
    {
        if (PersonId is null) ModelState.AddModelError(nameof(PersonId), "Choose the person to add.");
        if (Kind is null) ModelState.AddModelError(nameof(Kind), "Choose how they attended.");
        return Take(id, new Add(id, PersonId ?? 0, Kind ?? default, SubstituteFor), ct);
    }

    public Task<IActionResult> OnPostRemoveAsync(int id, CancellationToken ct)
    {
        if (PersonId is null) ModelState.AddModelError(string.Empty, "Say whom to take off the record.");
        return Take(id, new Remove(id, PersonId ?? 0), ct);
    }

    public Task<IActionResult> OnPostLeftAsync(int id, CancellationToken ct)
    {
        if (PersonId is null) ModelState.AddModelError("LeftPersonId", "Choose who left the meeting.");
        if (string.IsNullOrWhiteSpace(LeftDuringItem)) ModelState.AddModelError(nameof(LeftDuringItem), "Enter the number of the item during which they left, such as 7.");
        return Take(id, new Left(id, PersonId ?? 0, LeftDuringItem!), ct);
    }

    private async Task<IActionResult> Take(int id, ICommand<Outcome> step, CancellationToken ct)
    {
        if (!ModelState.IsValid) return await Show(id, ct);
        return await this.AnswerAsync(await mediator.Send(step, ct), $"/clerk/meetings/{id}/attendance", _ => Show(id, ct));
    }

    private async Task<IActionResult> Show(int id, CancellationToken ct)
    {
        var view = await mediator.Send(new Query(id), ct);
        if (view is null) return NotFound();
        Model = view;
        return Page();
    }

    public sealed record Row(int PersonId, string Name, string Role, AttendanceKind? Kind, string? SubstituteFor, string? LeftDuringItem = null);

    public sealed record View(int MeetingId, string Meeting, IReadOnlyList<Row> Members, IReadOnlyList<Row> Others, IReadOnlyList<(int Id, string Name)> Everyone);

    public sealed record Query(int MeetingId) : IQuery<View?>;

    public sealed class Handler(CouncilDb db) : IQueryHandler<Query, View?>
    {
        public async ValueTask<View?> Handle(Query q, CancellationToken ct)
        {
            var m = await db.Meetings.AsNoTracking().Include(x => x.Attendance).FirstOrDefaultAsync(x => x.Id == q.MeetingId, ct);
            if (m is null) return null;
            var committee = await db.Committees.AsNoTracking().FirstAsync(c => c.Id == m.CommitteeId, ct);
            var day = DateOnly.FromDateTime(m.StartsAt);
            var seats = await db.Memberships.AsNoTracking().SittingOn(m.CommitteeId, day).ToListAsync(ct);
            var people = (await db.People.AsNoTracking().Select(p => new { p.Id, p.DisplayName, p.LastName }).ToListAsync(ct))
                .OrderBy(p => p.LastName, StringComparer.Ordinal).ToList();
            var names = people.ToDictionary(p => p.Id, p => p.DisplayName);
            var byPerson = m.Attendance.ToDictionary(a => a.PersonId);
            Row RowOf(int personId, string role) => new(personId, names[personId], role, byPerson.GetValueOrDefault(personId)?.Kind,
                byPerson.GetValueOrDefault(personId)?.SubstituteForPersonId is { } s ? names[s] : null, byPerson.GetValueOrDefault(personId)?.LeftDuringItem);
            var members = seats.OrderBy(s => s.Role).ThenBy(s => names[s.PersonId]).Select(s => RowOf(s.PersonId, Committee.RoleName(s.Role))).ToList();
            var others = m.Attendance.Where(a => seats.All(s => s.PersonId != a.PersonId)).Select(a => RowOf(a.PersonId, "")).ToList();
            return new View(m.Id, $"{committee.Name}, {Format.Day(m.StartsAt)}", members, others, people.Select(p => (p.Id, p.DisplayName)).ToList());
        }
    }

    // ---------- the steps ----------

    /// <summary>Loads the meeting with its register, refusing anyone not in the council's list of people, and takes the step.</summary>
    private static async ValueTask<Outcome> TakeAsync(CouncilDb db, Recording recording, int meetingId, IReadOnlyCollection<int> people, Action<Meeting> step, CancellationToken ct)
    {
        if (!await db.Meetings.AnyAsync(m => m.Id == meetingId, ct)) return Outcome.NotFound;
        if (await db.People.CountAsync(p => people.Contains(p.Id), ct) != people.Count) return Outcome.Refused("That person is not in the council's list of people.");
        return await MeetingSteps.TakeAsync(db, recording, meetingId, step, ct);
    }

    /// <summary>Each member's attendance as the register shows it (none clears it).</summary>
    public sealed record Register(int MeetingId, IReadOnlyDictionary<int, AttendanceKind?> Members) : ICommand<Outcome>;

    public sealed class RegisterHandler(CouncilDb db, Recording recording) : ICommandHandler<Register, Outcome>
    {
        public ValueTask<Outcome> Handle(Register c, CancellationToken ct) =>
            TakeAsync(db, recording, c.MeetingId, [.. c.Members.Keys], m => m.RecordRegister(c.Members), ct);
    }

    /// <summary>A substitute, or someone in attendance who is not a member.</summary>
    public sealed record Add(int MeetingId, int PersonId, AttendanceKind Kind, int? SubstituteFor) : ICommand<Outcome>;

    public sealed class AddHandler(CouncilDb db, Recording recording) : ICommandHandler<Add, Outcome>
    {
        public ValueTask<Outcome> Handle(Add c, CancellationToken ct) =>
            TakeAsync(db, recording, c.MeetingId, [.. new[] { c.PersonId, c.SubstituteFor ?? c.PersonId }.Distinct()], m => m.AddToRegister(c.PersonId, c.Kind, c.SubstituteFor), ct);
    }

    public sealed record Remove(int MeetingId, int PersonId) : ICommand<Outcome>;

    public sealed class RemoveHandler(CouncilDb db, Recording recording) : ICommandHandler<Remove, Outcome>
    {
        public ValueTask<Outcome> Handle(Remove c, CancellationToken ct) =>
            TakeAsync(db, recording, c.MeetingId, [c.PersonId], m => m.RemoveFromRegister(c.PersonId), ct);
    }

    /// <summary>Someone present who left during an item (they are then minuted as having left).</summary>
    public sealed record Left(int MeetingId, int PersonId, string Item) : ICommand<Outcome>;

    public sealed class LeftHandler(CouncilDb db, Recording recording) : ICommandHandler<Left, Outcome>
    {
        public ValueTask<Outcome> Handle(Left c, CancellationToken ct) =>
            TakeAsync(db, recording, c.MeetingId, [], m => m.RecordLeftDuring(c.PersonId, c.Item), ct);
    }
}
