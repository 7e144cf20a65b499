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
        var outcome = await mediator.Send(new Command(Input.CommitteeId!.Value, [Input.Date!.Value, .. dates], Input.Time!.Value, Input.Venue!, Input.Title), ct);
        return await this.AnswerAsync(outcome, $"/clerk/meetings/{outcome.Created}", _ => Again(ct));
    }

    private async Task<IActionResult> Again(CancellationToken ct)
    {
        await LoadCommittees(ct);
        return Page();
    }

    private async Task LoadCommittees(CancellationToken ct) => Committees = await mediator.Send(new CommitteesQuery(), ct);

    public sealed record CommitteesQuery : IQuery<IReadOnlyList<(int, string)>>;

    public sealed record Command(int CommitteeId, IReadOnlyList<DateOnly> Dates, TimeOnly Time, string Venue, string? Title) : ICommand<Outcome>;

    public sealed class Handler(CouncilDb db, TimeProvider clock, Recording recording, CouncilTemplates templates, ProcedureRules rules)
        : ICommandHandler<Command, Outcome>, IQueryHandler<CommitteesQuery, IReadOnlyList<(int, string)>>
    {
        public async ValueTask<IReadOnlyList<(int, string)>> Handle(CommitteesQuery q, CancellationToken ct) =>
            (await db.Committees.AsNoTracking().OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync(ct)).Select(c => (c.Id, c.Name)).ToList();

        /// <summary>Schedules a meeting on each date; the first is the one the clerk goes on to.</summary>
        public async ValueTask<Outcome> Handle(Command c, CancellationToken ct)
        {
            var committee = await db.Committees.AsNoTracking().FirstOrDefaultAsync(x => x.Id == c.CommitteeId, ct);
            if (committee is null) return Outcome.Refused("That committee does not exist: choose one from the list.");
            if (c.Dates.Distinct().Count() != c.Dates.Count) return Outcome.Refused("The same date is given twice.");
            var held = await db.Meetings.AsNoTracking().Where(m => m.CommitteeId == c.CommitteeId && m.Status != MeetingStatus.Cancelled && m.Status != MeetingStatus.Postponed)
                .Select(m => m.StartsAt).ToListAsync(ct);
            var meetings = new List<Meeting>();
            foreach (var day in c.Dates.Order())
            {
                var startsAt = day.ToDateTime(c.Time);
                // The minutes to confirm are those of the committee's meeting just before this one.
                var previous = held.Where(s => s < startsAt).Select(s => (DateTime?)s).DefaultIfEmpty(null).Max();
                var meeting = Meeting.Schedule(c.CommitteeId, startsAt, c.Venue, c.Title, Clerking.Now(clock), rules.SchedulingHorizonYears,
                    templates.StandardItems.Select(s => (s.Title, (string?)templates.DescriptionOf(s, committee.Name, previous), s.Role)));
                held.Add(meeting.StartsAt);
                meetings.Add(meeting);
            }
            db.Meetings.AddRange(meetings);
            var outcome = await recording.SaveAsync(ct);
            return !outcome.IsDone ? outcome : Outcome.Done(meetings.Count == 1 ? "Meeting scheduled with the standard items." : $"{meetings.Count} meetings scheduled, each with the standard items.")
                with { Created = meetings[0].Id };
        }
    }
}
