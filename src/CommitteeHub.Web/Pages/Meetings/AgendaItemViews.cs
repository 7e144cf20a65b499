using System.Text.Json;
using System.Text.Json.Serialization;
using CommitteeHub.Data;
using CommitteeHub.Domain;
using CommitteeHub.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace CommitteeHub.Web.Pages.Meetings;

/// <summary>An agenda item as the meeting page and the item page show it: exempt items keep only their number, title
/// and Schedule 12A paragraph for a reader who may not see them; minutes appear only once published.</summary>
public sealed record AgendaItemView(
    int Id, int MeetingId, string Number, string Title, string Description, bool IsExempt, int? ExemptParagraph,
    bool MayRead, bool MinutesPublished, bool MinutesDraft, string? MinuteNumber, string? MinutesText, string? ResolutionPreamble, string? PublicSummary,
    IReadOnlyList<DocumentLine> Documents, IReadOnlyList<DeclarationLine> Declarations,
    IReadOnlyList<ResolutionLine> Resolutions, IReadOnlyList<MotionLine> Motions)
{
    /// <summary>Set for a late item, added in a supplement: why it is urgent (s.100B(4)(b)).</summary>
    public string? UrgencyReason { get; init; }
    public bool HasMinutes => MinutesPublished && MayRead && (!string.IsNullOrWhiteSpace(MinutesText) || Resolutions.Count > 0);
}

public sealed record DocumentLine(int Id, string Title, DocumentKind Kind, bool IsUpload, string? FileName, int? FileSize, int? ExemptParagraph)
{
    /// <summary>False for an exempt appendix the reader may not open: its title is listed with the reason, unlinked.</summary>
    public bool MayRead { get; init; } = true;
}

public sealed record DeclarationLine(string Member, InterestKind Kind, string Nature, bool LeftTheRoom, bool Dispensation);

public sealed record ResolutionLine(int Number, string Text, int? For, int? Against, int? Abstentions, IReadOnlyList<NamedVote> Names);

public sealed record NamedVote(string Member, VoteChoice Choice);

public sealed record MotionLine(int Id, string Title, MotionStatus Status);

/// <summary>A meeting with its committee's name and address: the head of the meeting page and of an item's page.</summary>
public sealed record MeetingHeader(Meeting Meeting, string Committee, string CommitteeSlug);

public static class AgendaItemViews
{
    // The pages' fixed-shape queries are compiled once: EF Core otherwise hashes and compares each query's expression
    // tree against its cache on every request (a tenth of its share of the meeting page's time).

    /// <summary>A meeting and its committee, in one question.</summary>
    public static readonly Func<CouncilDb, int, Task<MeetingHeader?>> MeetingById = EF.CompileAsyncQuery((CouncilDb db, int id) =>
        db.Meetings.AsNoTracking().Where(m => m.Id == id)
            .Join(db.Committees, m => m.CommitteeId, c => c.Id, (m, c) => new MeetingHeader(m, c.Name, c.Slug))
            .FirstOrDefault());

    /// <summary>The meeting of an agenda item and its committee, in one question.</summary>
    public static readonly Func<CouncilDb, int, Task<MeetingHeader?>> MeetingOfItem = EF.CompileAsyncQuery((CouncilDb db, int itemId) =>
        db.AgendaItems.AsNoTracking().Where(i => i.Id == itemId)
            .Join(db.Meetings, i => i.MeetingId, m => m.Id, (i, m) => m)
            .Join(db.Committees, m => m.CommitteeId, c => c.Id, (m, c) => new MeetingHeader(m, c.Name, c.Slug))
            .FirstOrDefault());

    /// <summary>One item of a meeting whose agenda the reader may see (the item must be on it), as its page shows it:
    /// as <see cref="LoadMeetingAsync"/> shows each item.</summary>
    public static async Task<AgendaItemView> LoadItemAsync(CouncilDb db, ReaderScope reader, Meeting meeting, int itemId, CancellationToken ct) =>
        (await LoadBusinessAsync(db, reader, meeting, itemId, withAttendance: false, ct)).Items.Single();

    /// <summary>A meeting's attendance and agenda, as the meeting page shows them; the items only if the reader may see
    /// the agenda yet. Every item is listed by number and title; the database fills in the business (description,
    /// papers, minutes, declarations, resolutions, motions) only of those the reader may read.</summary>
    public static Task<MeetingBusiness> LoadMeetingAsync(CouncilDb db, ReaderScope reader, Meeting meeting, CancellationToken ct) =>
        LoadBusinessAsync(db, reader, meeting, null, withAttendance: true, ct);

    private static async Task<MeetingBusiness> LoadBusinessAsync(CouncilDb db, ReaderScope reader, Meeting meeting, int? onlyItemId, bool withAttendance, CancellationToken ct)
    {
        // One meeting: what the reader may read of it turns only on the meeting and each item's exemption, so it is
        // worked out here, once, by the in-memory form of the rule, and handed to the database as plain values. (The
        // set-based filters, asked item by item inside this projection, made PostgreSQL read every item of the whole
        // history for each column: 1 s a page on twenty years.)
        var sitting = Sitting.Of(meeting);
        var read = await db.AskJsonAsync(BusinessSql,
            [
                new NpgsqlParameter<int> { TypedValue = meeting.Id },
                new NpgsqlParameter { Value = (object?)onlyItemId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Integer },
                new NpgsqlParameter<bool> { TypedValue = withAttendance },
                new NpgsqlParameter<bool> { TypedValue = reader.MaySeeAgenda(meeting.Status) },
                new NpgsqlParameter<bool> { TypedValue = reader.MayReadItem(sitting, false, ExemptAccess.CommitteeMembers) },
                new NpgsqlParameter<bool> { TypedValue = reader.MayReadItem(sitting, true, ExemptAccess.CommitteeMembers) },
                new NpgsqlParameter<bool> { TypedValue = reader.MayReadItem(sitting, true, ExemptAccess.StaffOnly) },
                new NpgsqlParameter<bool> { TypedValue = reader.MayReadExempt(sitting) },
                new NpgsqlParameter<bool> { TypedValue = reader.MaySeePaper(false) },
            ], BusinessJson.Default.BusinessRows, ct);

        // Kinds are stored by name: the report comes before its appendices in the enum's order, not the alphabet's.
        var items = read.Items.Select(i => new AgendaItemView(i.Id, meeting.Id, i.Number, i.Title, i.Description, i.IsExempt, i.ExemptParagraph,
                i.MayRead, meeting.MinutesArePublished, meeting.MinutesAreDraft, i.MinuteNumber, i.MinutesText, i.ResolutionPreamble, i.PublicSummary,
                i.Documents.OrderBy(d => d.Kind).ThenBy(d => d.Id).ToList(), i.Declarations, i.Resolutions, i.Motions) { UrgencyReason = i.UrgencyReason })
            .ToList();
        return new MeetingBusiness(read.Attendance, items);
    }

    /// <summary>
    /// The attendance and the items of one meeting, each item with its papers, declarations, resolutions (and their
    /// named votes) and motions, in one statement that PostgreSQL answers as one JSON document. Asked with EF Core, this
    /// was seven statements (the attendance, and the items' business as a split query of six), and the statements, not
    /// the rows, were most of the meeting page's cost: PostgreSQL's time went to starting and ending each one, and a
    /// seventh of the machine's to the hypervisor switching between the app and PostgreSQL at every round trip. The
    /// page's statements alone (pgbench, the county): 1.0 ms as eight, 0.5 ms as one; the page, 711 to 1,181 requests a
    /// second (docs/benchmarks.md, fifth session). The parameters, in order: the meeting; one item only (or null); whether to
    /// list the attendance; whether the reader may see the agenda at all; whether they may read the business of an
    /// open item, of an exempt item open to committee members, of one restricted to staff; whether they may open an
    /// exempt appendix; whether they see draft papers. Business the reader may not read is never selected: an item's
    /// lists are asked only <c>WHEN "MayRead"</c>. Its papers are the published ones (staff also see drafts), and an
    /// exempt appendix among them is listed by title, unlinked, even to a reader who may not open it.
    /// </summary>
    private const string BusinessSql = """
        SELECT json_build_object(
          'Attendance', CASE WHEN $3 THEN coalesce((
            SELECT json_agg(t ORDER BY t.l, t.f) FROM (
              SELECT p."LastName" AS l, p."FirstName" AS f, p."Slug", p."DisplayName" AS "Name", p."Kind", p."JobTitle", a."Kind" AS "Attended",
                     (SELECT s."DisplayName" FROM people AS s WHERE s."Id" = a."SubstituteForPersonId") AS "SubstituteFor", a."LeftDuringItem", a."Note"
              FROM attendance AS a JOIN people AS p ON p."Id" = a."PersonId"
              WHERE a."MeetingId" = $1) AS t), '[]') ELSE '[]' END,
          'Items', CASE WHEN $4 THEN coalesce((
            SELECT json_agg(i ORDER BY i.k, i."Id") FROM (
              SELECT a."SortKey" AS k, a."Id", a."Number", a."Title", a."IsExempt", a."ExemptParagraph", a."MinuteNumber", a."ResolutionPreamble",
                     a."PublicSummary", a."UrgencyReason", r."MayRead",
                     CASE WHEN r."MayRead" THEN a."Description" ELSE '' END AS "Description",
                     CASE WHEN r."MayRead" THEN a."MinutesText" END AS "MinutesText",
                     coalesce(CASE WHEN r."MayRead" THEN (
                       SELECT json_agg(d ORDER BY d."Id") FROM (
                         SELECT d."Id", d."Title", d."Kind", d."FileId" IS NOT NULL AS "IsUpload", d."FileName", d."FileSize", d."ExemptParagraph",
                                d."ExemptParagraph" IS NULL OR $8 AS "MayRead"
                         FROM documents AS d
                         WHERE d."AgendaItemId" = a."Id" AND ($9 OR d."PublishedOn" IS NOT NULL)) AS d) END, '[]') AS "Documents",
                     coalesce(CASE WHEN r."MayRead" THEN (
                       SELECT json_agg(d ORDER BY d."Id") FROM (
                         SELECT d."Id", p."DisplayName" AS "Member", d."Kind", d."Nature", d."LeftTheRoom", d."DispensationGranted" AS "Dispensation"
                         FROM declarations AS d JOIN people AS p ON p."Id" = d."PersonId"
                         WHERE d."AgendaItemId" = a."Id") AS d) END, '[]') AS "Declarations",
                     coalesce(CASE WHEN r."MayRead" THEN (
                       SELECT json_agg(s ORDER BY s."Number", s."Id") FROM (
                         SELECT s."Id", s."Number", s."Text", s."VotesFor" AS "For", s."VotesAgainst" AS "Against", s."Abstentions",
                                coalesce((SELECT json_agg(v ORDER BY v.l) FROM (
                                  SELECT p."LastName" AS l, p."DisplayName" AS "Member", v."Choice"
                                  FROM recorded_votes AS v JOIN people AS p ON p."Id" = v."PersonId"
                                  WHERE v."ResolutionId" = s."Id") AS v), '[]') AS "Names"
                         FROM resolutions AS s
                         WHERE s."AgendaItemId" = a."Id") AS s) END, '[]') AS "Resolutions",
                     coalesce(CASE WHEN r."MayRead" THEN (
                       SELECT json_agg(m ORDER BY m."Id") FROM (
                         SELECT m."Id", m."Title", m."Status" FROM motions AS m WHERE m."AgendaItemId" = a."Id") AS m) END, '[]') AS "Motions"
              FROM agenda_items AS a
              CROSS JOIN LATERAL (SELECT CASE WHEN NOT a."IsExempt" THEN $5 WHEN a."ExemptAccess" = 'CommitteeMembers' THEN $6 ELSE $7 END AS "MayRead") AS r
              WHERE a."MeetingId" = $1 AND ($2::integer IS NULL OR a."Id" = $2)) AS i), '[]') ELSE '[]' END)
        """;
}

/// <summary>A meeting's attendance and agenda items, as its page shows them.</summary>
public sealed record MeetingBusiness(IReadOnlyList<AttendanceLine> Attendance, IReadOnlyList<AgendaItemView> Items);

public sealed record AttendanceLine(string Slug, string Name, PersonKind Kind, string? JobTitle, AttendanceKind Attended, string? SubstituteFor, string? LeftDuringItem, string? Note);

/// <summary>The rows of <c>AgendaItemViews.BusinessSql</c>, named as its JSON names them.</summary>
internal sealed record BusinessRows(List<AttendanceLine> Attendance, List<ItemRow> Items);

internal sealed record ItemRow(
    int Id, string Number, string Title, bool IsExempt, int? ExemptParagraph, string? MinuteNumber, string? ResolutionPreamble,
    string? PublicSummary, string? UrgencyReason, bool MayRead, string Description, string? MinutesText,
    List<DocumentLine> Documents, List<DeclarationLine> Declarations, List<ResolutionLine> Resolutions, List<MotionLine> Motions);

[JsonSourceGenerationOptions(UseStringEnumConverter = true)]
[JsonSerializable(typeof(BusinessRows))]
internal sealed partial class BusinessJson : JsonSerializerContext;
