using System.ComponentModel.DataAnnotations;
using System.Globalization;
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
/// Schedules a meeting, or a year's programme of them, for a committee. Each agenda starts with the committee's
/// standard items from the council's templates.
/// </summary>
[Authorize(Roles = Clerking.Roles)]
public sealed class Schedule(IMediator mediator) : PageModel
{
    [BindProperty] public Form Input { get; set; } = new();
    public IReadOnlyList<(int Id, string Name)> Committees { get; private set; } = [];

    public sealed class Form
    {
        [Required(ErrorMessage = "Choose the committee.")] public int? CommitteeId { get; set; }
        [Required(ErrorMessage = "Enter the date of the meeting.")] public DateOnly? Date { get; set; }
        [Required(ErrorMessage = "Enter the time the meeting starts, such as 10:00.")] public TimeOnly? Time { get; set; }
        [Required(ErrorMessage = "Enter where the meeting is held.")][StringLength(300, ErrorMessage = "The venue must be 300 characters or fewer.")]
        public string? Venue { get; set; }
        [StringLength(200, ErrorMessage = "The title must be 200 characters or fewer.")] public string? Title { get; set; }
        /// <summary>Further dates of a programme, one a line, at the same time and place.</summary>
        [StringLength(4000)] public string? MoreDates { get; set; }
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input.Time = new TimeOnly(10, 0);
        await LoadCommittees(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var dates = new List<DateOnly>();
        foreach (var line in (Input.MoreDates ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (DateOnly.TryParseExact(line, ["yyyy-MM-dd", "d/M/yyyy", "d MMMM yyyy", "d MMM yyyy"], CultureInfo.GetCultureInfo("en-GB"), DateTimeStyles.None, out var d)) dates.Add(d);
            else ModelState.AddModelError("Input.MoreDates", $"\"{line}\" is not a date: write one date a line, such as 14/01/2027.");
        }
        if (!ModelState.IsValid) return await Again(ct);
        var result = await mediator.Send(new Command(Input.CommitteeId!.Value, [Input.Date!.Value, .. dates], Input.Time!.Value, Input.Venue!, Input.Title), ct);
        if (result.Error is not null)
        {
            ModelState.AddModelError(string.Empty, result.Error);
            return await Again(ct);
        }
        TempData["Done"] = result.Ids.Count == 1 ? "Meeting scheduled with the standard items." : $"{result.Ids.Count} meetings scheduled, each with the standard items.";
        return Redirect($"/clerk/meetings/{result.Ids[0]}");
    }

    private async Task<IActionResult> Again(CancellationToken ct)
    {
        await LoadCommittees(ct);
        return Page();
    }

    private async Task LoadCommittees(CancellationToken ct) => Committees = await mediator.Send(new CommitteesQuery(), ct);

    public sealed record CommitteesQuery : IQuery<IReadOnlyList<(int, string)>>;

    public sealed record Command(int CommitteeId, IReadOnlyList<DateOnly> Dates, TimeOnly Time, string Venue, string? Title) : ICommand<Result>;

    public sealed record Result(IReadOnlyList<int> Ids, string? Error);

    public sealed class Handler(CouncilDb db, TimeProvider clock, Reader reader, CouncilTemplates templates, ProcedureRules rules)
        : ICommandHandler<Command, Result>, IQueryHandler<CommitteesQuery, IReadOnlyList<(int, string)>>
    {
        public async ValueTask<IReadOnlyList<(int, string)>> Handle(CommitteesQuery q, CancellationToken ct) =>
            (await db.Committees.AsNoTracking().OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync(ct)).Select(c => (c.Id, c.Name)).ToList();

        public async ValueTask<Result> Handle(Command c, CancellationToken ct)
        {
            var committee = await db.Committees.AsNoTracking().FirstOrDefaultAsync(x => x.Id == c.CommitteeId, ct);
            if (committee is null) return new Result([], "That committee does not exist: choose one from the list.");
            if (c.Dates.Distinct().Count() != c.Dates.Count) return new Result([], "The same date is given twice.");
            var held = await db.Meetings.AsNoTracking().Where(m => m.CommitteeId == c.CommitteeId && m.Status != MeetingStatus.Cancelled && m.Status != MeetingStatus.Postponed)
                .Select(m => m.StartsAt).ToListAsync(ct);
            var meetings = new List<Meeting>();
            try
            {
                foreach (var day in c.Dates.Order())
                {
                    var meeting = Meeting.Schedule(c.CommitteeId, day.ToDateTime(c.Time), c.Venue, c.Title, Clerking.Now(clock), rules.SchedulingHorizonYears);
                    // The minutes to confirm are those of the committee's meeting just before this one.
                    var previous = held.Where(s => s < meeting.StartsAt).Select(s => (DateTime?)s).DefaultIfEmpty(null).Max();
                    var number = 1;
                    foreach (var standard in templates.StandardItems)
                        meeting.AddItem((number++).ToString(), standard.Title, templates.DescriptionOf(standard, committee.Name, previous), standard.Role);
                    held.Add(meeting.StartsAt);
                    meetings.Add(meeting);
                }
            }
            catch (DomainException e)
            {
                return new Result([], e.Message);
            }
            db.Meetings.AddRange(meetings);
            await db.SaveChangesAsync(ct);
            foreach (var m in meetings)
                db.AuditEntries.Add(new AuditEntry(nameof(Meeting), m.Id, m.Id, reader.Name, Clerking.Now(clock), $"Scheduled the meeting for {Format.When(m.StartsAt)} at {m.Venue}, with the standard items."));
            await db.SaveChangesAsync(ct);
            return new Result(meetings.Select(m => m.Id).ToList(), null);
        }
    }
}
