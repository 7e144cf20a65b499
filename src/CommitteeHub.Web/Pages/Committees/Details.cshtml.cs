using System.Globalization;
using System.Text.Json.Serialization;
using CommitteeHub.Data;
using CommitteeHub.Domain;
using CommitteeHub.Web.Infrastructure;
using CommitteeHub.Web.Pages.Shared;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Npgsql;

namespace CommitteeHub.Web.Pages.Committees;

[ReadingPage]
public sealed class Details(IMediator mediator) : PageModel
{
    public Model Committee { get; private set; } = null!;

    /// <summary>A municipal year's past meetings (its first calendar year, 2019 for 2019/20); by default this year's
    /// and last year's, so the page stays one screen however long the committee's history.</summary>
    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery] int? year, CancellationToken ct)
    {
        if (year is < 1900 or > 2200) return NotFound();
        var found = await mediator.Send(new Query(slug, year), ct);
        if (found is null) return NotFound();
        Committee = found;
        return Page();
    }

    public sealed record Query(string Slug, int? Year = null) : IQuery<Model?>;

    public sealed record Model(string Name, string Slug, CommitteeKind Kind, string Remit, int? Quorum, string? ContactOfficer,
        IReadOnlyList<Member> Members, IReadOnlyList<MeetingLine> Upcoming, IReadOnlyList<MeetingLine> Past,
        IReadOnlyList<MunicipalYear> PastShown, IReadOnlyList<YearCount> Years);

    public sealed record Member(string Slug, string Name, string? Party, MembershipRole Role, PersonKind Kind);

    public sealed record MeetingLine(int Id, DateTime StartsAt, string? Title, MeetingStatus Status);

    public sealed class Handler(CouncilDb db, TimeProvider clock) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken ct)
        {
            var now = clock.GetLocalNow().DateTime;
            var thisYear = MunicipalYear.Of(now);
            MunicipalYear[] shown = query.Year is { } y ? [new(y)] : [thisYear, new(thisYear.StartYear - 1)];
            var (from, to) = (shown.Min(x => x.Start), shown.Max(x => x.End));
            var read = await db.AskJsonAsync(Statement(DateOnly.FromDateTime(now), from, to),
                [new NpgsqlParameter<string> { TypedValue = query.Slug }], CommitteeJson.Default.CommitteePage, ct);
            if (read.Committee is not { } committee) return null;
            return new Model(committee.Name, committee.Slug, committee.Kind, committee.Remit, committee.Quorum, committee.ContactOfficer,
                // Roles are stored by name; Chairman, Vice-Chairman, members, co-optees, substitutes is the enum's order.
                read.Members.OrderBy(m => m.Role).ThenBy(m => m.LastName).ThenBy(m => m.FirstName)
                    .Select(m => new Member(m.Slug, m.Name, m.Party, m.Role, m.Kind)).ToList(),
                read.Meetings.Where(m => m.StartsAt >= now.Date).ToList(),
                read.Meetings.Where(m => m.StartsAt < now.Date && m.StartsAt >= from && m.StartsAt < to).OrderByDescending(m => m.StartsAt).ToList(),
                shown,
                // Every year of the committee's history: the database counts its past meetings month by month (a row a
                // month at most, however many meetings), and the months are gathered into municipal years here, by the
                // year's own rule.
                read.Months.GroupBy(m => MunicipalYear.Of(m.Month).StartYear).OrderByDescending(g => g.Key)
                    .Select(g => new YearCount(new MunicipalYear(g.Key), g.Sum(m => m.Count))).ToList());
        }

        /// <summary>
        /// The committee, its members today, its meetings from today on and in the years shown, and its past meetings
        /// counted by month, in one statement that PostgreSQL answers as one JSON document (<see cref="Statements"/>):
        /// asked with EF Core, four statements. Its one parameter is the committee's address ($1); null for the committee
        /// when there is none of that address. The days are written into the SQL (today's, and the bounds of the years
        /// shown), as <see cref="Limits.Written{TDb, TValue, TResult}"/> writes today's: sent as parameters, PostgreSQL
        /// judged a plan for "any days" dearer than one for the days in hand and so planned the statement afresh on
        /// every request (0.7 ms on the county); written in, it is planned once a day for each year asked.
        /// </summary>
        private static string Statement(DateOnly today, DateTime from, DateTime to)
        {
            var todayStarts = today.ToDateTime(TimeOnly.MinValue);
            string Day(DateOnly day) => string.Create(CultureInfo.InvariantCulture, $"DATE '{day:yyyy-MM-dd}'");
            string Moment(DateTime at) => string.Create(CultureInfo.InvariantCulture, $"TIMESTAMP '{at:yyyy-MM-dd HH:mm:ss}'");
            return $"""
                WITH c AS (SELECT c."Id", c."Name", c."Slug", c."Kind", c."Remit", c."Quorum", c."ContactOfficer" FROM committees AS c WHERE c."Slug" = $1)
                SELECT json_build_object(
                  'Committee', (SELECT row_to_json(c) FROM c),
                  'Members', coalesce((
                    SELECT json_agg(t) FROM (
                      SELECT s."Role", p."LastName", p."FirstName", p."Slug", p."DisplayName" AS "Name", p."Party", p."Kind"
                      FROM memberships AS s JOIN people AS p ON p."Id" = s."PersonId"
                      WHERE s."CommitteeId" = (SELECT c."Id" FROM c) AND {Seats.IsHeldOnSql("s", Day(today))}) AS t), '[]'),
                  'Meetings', coalesce((
                    SELECT json_agg(t ORDER BY t."StartsAt") FROM (
                      SELECT m."Id", m."StartsAt", m."Title", m."Status" FROM meetings AS m
                      WHERE m."CommitteeId" = (SELECT c."Id" FROM c)
                        AND (m."StartsAt" >= {Moment(todayStarts)} OR (m."StartsAt" >= {Moment(from)} AND m."StartsAt" < {Moment(to)}))) AS t), '[]'),
                  'Months', coalesce((
                    SELECT json_agg(t) FROM (
                      SELECT date_trunc('month', m."StartsAt") AS "Month", count(*) AS "Count" FROM meetings AS m
                      WHERE m."CommitteeId" = (SELECT c."Id" FROM c) AND m."StartsAt" < {Moment(todayStarts)}
                      GROUP BY 1) AS t), '[]'))
                """;
        }
    }
}

/// <summary>What the committee page's statement answers, named as its JSON names them.</summary>
internal sealed record CommitteePage(CommitteeRow? Committee, List<MemberRow> Members, List<Details.MeetingLine> Meetings, List<MonthCount> Months);

internal sealed record CommitteeRow(string Name, string Slug, CommitteeKind Kind, string Remit, int? Quorum, string? ContactOfficer);

internal sealed record MemberRow(MembershipRole Role, string LastName, string FirstName, string Slug, string Name, string? Party, PersonKind Kind);

internal sealed record MonthCount(DateTime Month, int Count);

[JsonSourceGenerationOptions(UseStringEnumConverter = true)]
[JsonSerializable(typeof(CommitteePage))]
internal sealed partial class CommitteeJson : JsonSerializerContext;
