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
public sealed class Attendance(IMediator mediator, Reader reader) : PageModel
{
    public View Model { get; private set; } = null!;
    [BindProperty] public int? PersonId { get; set; }
    [BindProperty] public AttendanceKind? Kind { get; set; }
    [BindProperty] public int? SubstituteFor { get; set; }
    [BindProperty] public string? LeftDuringItem { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await Show(id, ct);

    public async Task<IActionResult> OnPostAsync(int id, string? step, CancellationToken ct)
    {
        if (step is not ("Register" or "Add" or "Left" or "Remove")) ModelState.AddModelError(string.Empty, "Choose a step.");
        if (step == "Remove" && PersonId is null) ModelState.AddModelError(string.Empty, "Say whom to take off the record.");
        if (step == "Add" && PersonId is null) ModelState.AddModelError(nameof(PersonId), "Choose the person to add.");
        if (step == "Left" && PersonId is null) ModelState.AddModelError("LeftPersonId", "Choose who left the meeting.");
        if (step == "Left" && string.IsNullOrWhiteSpace(LeftDuringItem)) ModelState.AddModelError(nameof(LeftDuringItem), "Enter the number of the item during which they left, such as 7.");
        if (step == "Add" && Kind is null) ModelState.AddModelError(nameof(Kind), "Choose how they attended.");
        var register = FormChoices.PerPerson<AttendanceKind>(Request.Form, "Register", ModelState);
        if (!ModelState.IsValid) return await Show(id, ct);
        var changes = step is "Add" or "Left" or "Remove" ? new Dictionary<int, (AttendanceKind?, int?)> { [PersonId!.Value] = (step == "Remove" ? null : Kind, SubstituteFor) }
            : register.ToDictionary(r => r.Key, r => (r.Value, (int?)null));
        var error = await mediator.Send(new Command(id, step == "Left" ? new Dictionary<int, (AttendanceKind?, int?)>() : changes,
            step == "Left" ? (PersonId!.Value, LeftDuringItem!) : null, Adding: step == "Add"), ct);
        if (error is null) return NotFound();
        if (error.Length > 0)
        {
            ModelState.AddModelError(string.Empty, error);
            return await Show(id, ct);
        }
        TempData["Done"] = reader.Done ?? "Attendance saved.";
        return Redirect($"/clerk/meetings/{id}/attendance");
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

    /// <param name="Left">Someone present who left during an item (they are then minuted as having left).</param>
    public sealed record Command(int MeetingId, IReadOnlyDictionary<int, (AttendanceKind? Kind, int? SubstituteFor)> Changes, (int PersonId, string Item)? Left = null, bool Adding = false) : ICommand<string?>;

    public sealed class Handler(CouncilDb db, TimeProvider clock, Reader reader) : IQueryHandler<Query, View?>, ICommandHandler<Command, string?>
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

        public async ValueTask<string?> Handle(Command c, CancellationToken ct)
        {
            var meeting = await db.Meetings.Include(m => m.Attendance).Include(m => m.Items).FirstOrDefaultAsync(m => m.Id == c.MeetingId, ct);
            if (meeting is null) return null;
            var known = await db.People.Where(p => c.Changes.Keys.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct);
            if (known.Count != c.Changes.Count) return "That person is not in the council's list of people.";
            if (c.Adding && meeting.Attendance.FirstOrDefault(a => c.Changes.ContainsKey(a.PersonId)) is { } already)
                return $"That person is already recorded ({already.Kind switch { AttendanceKind.InAttendance => "in attendance", AttendanceKind.Substitute => "as a substitute", var k => k.ToString().ToLowerInvariant() }}): change a member in the register above, or remove the entry below first.";
            try
            {
                foreach (var (person, (kind, substituteFor)) in c.Changes) meeting.SetAttendance(person, kind, substituteFor);
                if (c.Left is { } left) meeting.RecordLeftDuring(left.PersonId, left.Item);
            }
            catch (DomainException e)
            {
                return e.Message;
            }
            return await Clerking.SaveAsync(db, meeting.Id, reader, clock, c.Left is { } l ? $"Recorded that a member left during item {l.Item}." : "Recorded attendance.", ct);
        }
    }
}
