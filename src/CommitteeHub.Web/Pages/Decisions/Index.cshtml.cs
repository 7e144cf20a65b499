using System.Text.Json.Serialization;
using CommitteeHub.Data;
using CommitteeHub.Domain;
using CommitteeHub.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Npgsql;
using NpgsqlTypes;

namespace CommitteeHub.Web.Pages.Decisions;

/// <summary>The register of decisions, newest first: the Cabinet's and its members' (executive decisions, each with where
/// it stands in its call-in period, so a resident or a councillor can see at a glance what may still be called in) and
/// those of the Council and its committees, taken at their meetings. A decision on an item the reader may not read is
/// not listed. Twenty years of decisions are offered as the most recent and then a municipal year at a time, the
/// filters kept from one to the next, so the page stays one screen however long the register.</summary>
[ReadingPage]
public sealed class Index(IMediator mediator) : PageModel
{
    /// <summary>How many decisions the register shows before the reader picks a year.</summary>
    public const int Recent = 50;

    public View Model { get; private set; } = null!;

    /// <param name="year">A municipal year's decisions (its first calendar year, 2019 for 2019/20); by default the most recent.</param>
    public async Task<IActionResult> OnGetAsync([FromQuery] string? maker, [FromQuery] bool key, [FromQuery] int? year, CancellationToken ct)
    {
        if (year is < 1900 or > 2200) return NotFound();
        Model = await mediator.Send(new Query(string.IsNullOrWhiteSpace(maker) ? null : maker.Trim(), key, year is { } y ? new MunicipalYear(y) : null), ct);
        return Page();
    }

    /// <summary>The register's address with the reader's filters, for the given year (null: the most recent).</summary>
    public string Link(MunicipalYear? year) => "/decisions" + QueryString.Create(new Dictionary<string, string?>
    {
        ["maker"] = Model.Maker, ["key"] = Model.KeyOnly ? "true" : null, ["year"] = year?.StartYear.ToString(),
    }.Where(p => p.Value is not null));

    public sealed record Query(string? Maker, bool KeyOnly, MunicipalYear? Year = null) : IQuery<View>;

    /// <param name="More">Whether there are decisions beyond those shown (in the most recent view).</param>
    /// <param name="Years">The municipal years from the earliest matching decision to the latest, newest first.</param>
    public sealed record View(string? Maker, bool KeyOnly, MunicipalYear? Year, IReadOnlyList<string> Makers, IReadOnlyList<Line> Decisions,
        bool More, IReadOnlyList<MunicipalYear> Years);

    public sealed record Line(int Id, string Title, string DecisionMaker, DateOnly DecidedOn, bool IsKeyDecision, string Status, int? AgendaItemId);

    public sealed class Handler(CouncilDb db, Reader reader, TimeProvider clock, ExecutiveRules rules, WorkingCalendar calendar) : IQueryHandler<Query, View>
    {
        public async ValueTask<View> Handle(Query q, CancellationToken ct)
        {
            var scope = await reader.ScopeAsync(ct);
            var (from, to) = q.Year is { } year ? (DateOnly.FromDateTime(year.Start), DateOnly.FromDateTime(year.End)) : default;
            var read = await db.AskJsonAsync(Statement(scope.Kind, q.Maker is not null, q.KeyOnly, q.Year is not null),
                [
                    .. Access.ReaderParameters(scope),
                    new NpgsqlParameter { Value = (object?)q.Maker ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Varchar },
                    new NpgsqlParameter<DateOnly> { TypedValue = from },
                    new NpgsqlParameter<DateOnly> { TypedValue = to },
                ], RegisterJson.Default.Register, ct);
            var now = clock.GetLocalNow().DateTime;
            IReadOnlyList<MunicipalYear> years = read.First is { } a && read.Last is { } b
                ? Enumerable.Range(0, Of(b).StartYear - Of(a).StartYear + 1).Select(n => new MunicipalYear(Of(b).StartYear - n)).ToList()
                : [];
            return new View(q.Maker, q.KeyOnly, q.Year, read.Makers,
                read.Decisions.Take(q.Year is null ? Recent : read.Decisions.Count)
                    // The status is the aggregate's own words, worked out from the record and the time now.
                    .Select(d => new Line(d.Id, d.Title, d.DecisionMaker, d.DecidedOn, d.IsKeyDecision,
                        new CallInStanding(d.Status, d.IsExecutive, d.IsUrgent, d.PublishedAt, d.ScrutinyOutcome, d.ReconsideredOn, d.DecisionMaker)
                            .PublicStatus(now, rules, calendar), d.AgendaItemId)).ToList(),
                q.Year is null && read.Decisions.Count > Recent, years);
        }

        private static MunicipalYear Of(DateOnly day) => MunicipalYear.Of(day.ToDateTime(TimeOnly.MinValue));

        /// <summary>The register's statement for each kind of reader and each set of filters, each written once, so
        /// that PostgreSQL plans each once a connection with only its own filters in the plan.</summary>
        private static readonly string[] ByShape =
            [.. Enum.GetValues<ReaderKind>().SelectMany(kind => Enumerable.Range(0, 8).Select(n => Write(kind, (n & 1) != 0, (n & 2) != 0, (n & 4) != 0)))];

        private static string Statement(ReaderKind kind, bool byMaker, bool keyOnly, bool inYear) =>
            ByShape[(int)kind * 8 + (byMaker ? 1 : 0) + (keyOnly ? 2 : 0) + (inYear ? 4 : 0)];

        /// <summary>
        /// The register in one statement, which PostgreSQL answers as one JSON document (<see cref="Data.Statements"/>):
        /// as three EF Core queries, a fifth of the page's time in the app went to preparing them, each carrying the
        /// access rule's subqueries. Parameters: the reader ($1, $2: <see cref="Access.ReaderParameters"/>), the decision
        /// maker ($3), the municipal year's first day and the next's ($4, $5). Each part walks an index and stops:
        /// <list type="bullet">
        /// <item>the decision makers: each distinct one found by stepping along the index of makers (a recursive skip,
        /// fourteen steps on twenty years where a GROUP BY read all 1,664 entries), kept if the reader may see any one of
        /// its decisions, its newest first;</item>
        /// <item>the first and last matching decisions, which bound the years offered, by the index of dates;</item>
        /// <item>the decisions shown, newest first: the columns listed and what the status turns on
        /// (<see cref="CallInStanding"/>), the most recent 51 (one more than shown, to know if there are more) or the
        /// year's.</item>
        /// </list>
        /// </summary>
        private static string Write(ReaderKind kind, bool byMaker, bool keyOnly, bool inYear)
        {
            var listed = Access.DecisionListedSql(kind, "d");
            var matching = listed + (byMaker ? """ AND d."DecisionMaker" = $3""" : "") + (keyOnly ? """ AND d."IsKeyDecision" """ : "");
            var shown = matching + (inYear ? """ AND d."DecidedOn" >= $4 AND d."DecidedOn" < $5""" : "");
            return $"""
                SELECT json_build_object(
                  'Makers', coalesce((
                    WITH RECURSIVE maker AS (
                      (SELECT d."DecisionMaker" AS name FROM decisions AS d ORDER BY d."DecisionMaker" LIMIT 1)
                      UNION ALL
                      SELECT (SELECT d."DecisionMaker" FROM decisions AS d WHERE d."DecisionMaker" > maker.name ORDER BY d."DecisionMaker" LIMIT 1)
                      FROM maker WHERE maker.name IS NOT NULL)
                    SELECT json_agg(maker.name ORDER BY maker.name) FROM maker
                    CROSS JOIN LATERAL (
                      SELECT 1 FROM decisions AS d WHERE d."DecisionMaker" = maker.name AND {listed}
                      ORDER BY d."DecisionMaker", d."DecidedOn" DESC LIMIT 1) AS seen), '[]'),
                  'First', (SELECT d."DecidedOn" FROM decisions AS d WHERE {matching} ORDER BY d."DecidedOn" LIMIT 1),
                  'Last', (SELECT d."DecidedOn" FROM decisions AS d WHERE {matching} ORDER BY d."DecidedOn" DESC LIMIT 1),
                  'Decisions', coalesce((
                    SELECT json_agg(d ORDER BY d."DecidedOn" DESC, d."PublishedAt" DESC, d."Id" DESC) FROM (
                      SELECT d."Id", d."Title", d."DecisionMaker", d."DecidedOn", d."IsKeyDecision", d."AgendaItemId", d."Status", d."IsExecutive",
                             d."IsUrgent", d."PublishedAt", d."ScrutinyOutcome", d."ReconsideredOn"
                      FROM decisions AS d WHERE {shown}
                      ORDER BY d."DecidedOn" DESC, d."PublishedAt" DESC, d."Id" DESC{(inYear ? "" : $" LIMIT {Recent + 1}")}) AS d), '[]'))
                """;
        }
    }
}

/// <summary>What the register's statement answers, named as its JSON names them.</summary>
internal sealed record Register(List<string> Makers, DateOnly? First, DateOnly? Last, List<RegisterRow> Decisions);

internal sealed record RegisterRow(int Id, string Title, string DecisionMaker, DateOnly DecidedOn, bool IsKeyDecision, int? AgendaItemId,
    DecisionStatus Status, bool IsExecutive, bool IsUrgent, DateTime PublishedAt, CallInOutcome? ScrutinyOutcome, DateOnly? ReconsideredOn);

[JsonSourceGenerationOptions(UseStringEnumConverter = true)]
[JsonSerializable(typeof(Register))]
internal sealed partial class RegisterJson : JsonSerializerContext;
