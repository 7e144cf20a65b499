using CommitteeHub.Domain;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace CommitteeHub.Data;

/// <summary>The meeting an item is on, as far as access turns on it.</summary>
public readonly record struct Sitting(int CommitteeId, DateTime StartsAt, MeetingStatus Status)
{
    public static Sitting Of(Meeting meeting) => new(meeting.CommitteeId, meeting.StartsAt, meeting.Status);
}

/// <summary>
/// Who is reading, worked out once (per request, or per subscriber for an alert): staff, a councillor with their
/// seats, or the public. The rule it answers, in memory here for one thing already loaded and in SQL through
/// <see cref="Access"/> for whole lists:
/// <list type="bullet">
/// <item>an agenda is everyone's once published; before that, staff's alone (they prepare it);</item>
/// <item>only published papers are read, except by staff;</item>
/// <item>exempt (Part II) business is read by staff, and by a councillor who sat on the meeting's committee on the
/// day of the meeting or sits on it today, unless it is restricted to staff; never by the public;</item>
/// <item>a meeting's decision is listed only to those who may read its item's business;</item>
/// <item>an executive decision taken in private is read in full (its reasons and the options rejected) on the same
/// terms, the committee being the one that took it (or the Cabinet) and the day the day it was taken (in SQL only:
/// the decision's page asks the filter of its one row).</item>
/// </list>
/// </summary>
public sealed class ReaderScope
{
    private ReaderScope(CouncilDb db, bool isStaff, int? councillorId, IReadOnlyList<Membership> memberships, DateOnly today) =>
        (Db, IsStaff, CouncillorId, Memberships, Today) = (db, isStaff, councillorId, memberships, today);

    /// <summary>The database the filters' subqueries read: the same context as the query they filter.</summary>
    internal CouncilDb Db { get; }
    public bool IsStaff { get; }
    /// <summary>The person a councillor's account belongs to; null for the public and for staff.</summary>
    public int? CouncillorId { get; }
    /// <summary>The councillor's seats, past, present and future: a handful of rows.</summary>
    public IReadOnlyList<Membership> Memberships { get; }
    public DateOnly Today { get; }

    public ReaderKind Kind => IsStaff ? ReaderKind.Staff : CouncillorId is null ? ReaderKind.Public : ReaderKind.Councillor;

    public static ReaderScope Public(CouncilDb db, DateOnly today) => new(db, false, null, [], today);

    public static ReaderScope Staff(CouncilDb db, DateOnly today) => new(db, true, null, [], today);

    public static async Task<ReaderScope> CouncillorAsync(CouncilDb db, int personId, DateOnly today, CancellationToken ct = default) =>
        new(db, false, personId, await db.Memberships.AsNoTracking().Where(s => s.PersonId == personId).ToListAsync(ct), today);

    public bool MaySeeAgenda(MeetingStatus status) => IsStaff || status != MeetingStatus.Scheduled;

    /// <summary>Only published papers are the public's (and councillors'); staff also see drafts being prepared.</summary>
    public bool MaySeePaper(bool isPublished) => IsStaff || isPublished;

    /// <summary>Whether the reader may read exempt business of the given restriction at a meeting.</summary>
    public bool MayReadExempt(Sitting meeting, ExemptAccess access = ExemptAccess.CommitteeMembers) =>
        IsStaff || (access == ExemptAccess.CommitteeMembers && SitsOn(meeting.CommitteeId, DateOnly.FromDateTime(meeting.StartsAt)));

    /// <summary>Whether the reader may read an item's business (its description, papers, minutes, motions); an
    /// exempt item's number, title and paragraph are printed on the agenda whatever this says.</summary>
    public bool MayReadItem(Sitting meeting, bool isExempt, ExemptAccess access) =>
        MaySeeAgenda(meeting.Status) && (!isExempt || MayReadExempt(meeting, access));

    /// <summary>Whether the reader may open a paper: its item's business, published (or staff), and if it is an exempt
    /// appendix of an open item, entitled to the committee's exempt papers.</summary>
    public bool MayReadDocument(Sitting meeting, bool itemIsExempt, ExemptAccess access, bool isPublished, int? exemptParagraph) =>
        MayReadItem(meeting, itemIsExempt, access) && MaySeePaper(isPublished) && (exemptParagraph is null || MayReadExempt(meeting));

    private bool SitsOn(int committeeId, DateOnly day) =>
        CouncillorId is not null && Memberships.Any(s => s.Holds(committeeId, day) || s.Holds(committeeId, Today));
}

/// <summary>Who a reader is, as far as the access rule asks: the kinds of reader whose filters differ in shape.</summary>
public enum ReaderKind { Public, Councillor, Staff }

/// <summary>
/// The same rule as <see cref="ReaderScope"/>, as query filters that translate to SQL, so a list (a page, a printed
/// paper, a search, a feed) is filtered by the database, never by loading everything and asking item by item.
/// Compose them: <c>db.AgendaItems.Where(i =&gt; i.MeetingId == id).ReadableBy(reader)</c>, or ask one inside a
/// projection with <c>readable.Select(i =&gt; i.Id).Contains(i.Id)</c> where the row must stay and only its business
/// be withheld.
/// </summary>
public static class Access
{
    /// <summary>Meetings whose agenda (and so whose items' numbers and titles) the reader may see.</summary>
    public static IQueryable<Meeting> AgendaVisibleTo(this IQueryable<Meeting> meetings, ReaderScope reader) =>
        reader.IsStaff ? meetings : meetings.Where(m => m.Status != MeetingStatus.Scheduled);

    /// <summary>Meetings at which the reader may read exempt business open to committee members.</summary>
    public static IQueryable<Meeting> ExemptOpenTo(this IQueryable<Meeting> meetings, ReaderScope reader)
    {
        if (reader.IsStaff) return meetings;
        if (reader.CouncillorId is not { } personId) return meetings.Where(m => false);
        var seats = reader.Db.Memberships.Where(s => s.PersonId == personId);
        var today = reader.Today;
        return meetings.Where(Seats.Inline<Func<Meeting, bool>>(m => seats.Any(s =>
            Seats.IsOn.Compile()(s, m.CommitteeId, DateOnly.FromDateTime(m.StartsAt)) || Seats.IsOn.Compile()(s, m.CommitteeId, today))));
    }

    /// <summary>Items whose business the reader may read (<see cref="ReaderScope.MayReadItem"/>).</summary>
    public static IQueryable<AgendaItem> ReadableBy(this IQueryable<AgendaItem> items, ReaderScope reader)
    {
        if (reader.IsStaff) return items;
        var published = reader.Db.Meetings.AgendaVisibleTo(reader);
        var entitled = reader.Db.Meetings.ExemptOpenTo(reader);
        return items.Where(i => published.Any(m => m.Id == i.MeetingId) &&
                                (!i.IsExempt || (i.ExemptAccess == ExemptAccess.CommitteeMembers && entitled.Any(m => m.Id == i.MeetingId))));
    }

    /// <summary>Papers listed under the items the reader may read: published ones (staff also see drafts). An exempt
    /// appendix among them is listed by title even to a reader who may not open it.</summary>
    public static IQueryable<Document> ListedFor(this IQueryable<Document> documents, ReaderScope reader)
    {
        if (reader.IsStaff) return documents;
        var items = reader.Db.AgendaItems.ReadableBy(reader);
        return documents.Where(d => d.PublishedOn != null && items.Any(i => i.Id == d.AgendaItemId));
    }

    /// <summary>Papers the reader may open (<see cref="ReaderScope.MayReadDocument"/>).</summary>
    public static IQueryable<Document> ReadableBy(this IQueryable<Document> documents, ReaderScope reader)
    {
        if (reader.IsStaff) return documents;
        var items = reader.Db.AgendaItems.ReadableBy(reader);
        var entitled = reader.Db.Meetings.ExemptOpenTo(reader);
        return documents.Where(d => d.PublishedOn != null &&
                                    items.Any(i => i.Id == d.AgendaItemId && (d.ExemptParagraph == null || entitled.Any(m => m.Id == i.MeetingId))));
    }

    /// <summary>Motions the reader may read: those on an item whose business they may read, and those not yet on an
    /// agenda (a notice of motion received is public).</summary>
    public static IQueryable<Motion> ReadableBy(this IQueryable<Motion> motions, ReaderScope reader)
    {
        if (reader.IsStaff) return motions;
        var items = reader.Db.AgendaItems.ReadableBy(reader);
        return motions.Where(m => m.AgendaItemId == null || items.Any(i => i.Id == m.AgendaItemId));
    }

    /// <summary>Decisions on the register for the reader: every one not taken on an agenda item (a Cabinet Member's),
    /// and a meeting's on an item whose business the reader may read, so an exempt item's decision is never shown to
    /// someone not entitled to its business.</summary>
    public static IQueryable<Decision> ListedFor(this IQueryable<Decision> decisions, ReaderScope reader)
    {
        if (reader.IsStaff) return decisions;
        var items = reader.Db.AgendaItems.ReadableBy(reader);
        // Said as "no item of the decision's that the reader may not read", not "no item, or a readable one": PostgreSQL
        // answers an OR'd EXISTS by reading every readable item of twenty years into a hash for each query (1,533
        // decisions, 39,677 items: 66 ms), and this form by looking up each decision's own item (8 ms).
        return decisions.Where(d => !reader.Db.AgendaItems.Any(i => i.Id == d.AgendaItemId && !items.Any(r => r.Id == i.Id)));
    }

    /// <summary>
    /// <see cref="ListedFor(IQueryable{Decision}, ReaderScope)"/> written in SQL, for a statement written by hand
    /// (<see cref="Statements"/>): a condition on the decision aliased <paramref name="decision"/>, the reader given as
    /// the statement's first two parameters, <see cref="ReaderParameters"/>. The filter's own question in the filter's
    /// own terms (an item of the decision's that the reader may not read: its agenda unpublished, or it exempt and the
    /// reader not sitting on the committee on the day of the meeting or today, or restricted to staff), and
    /// AccessMatrixTests hold the two to the same answer for every reader. Each kind of reader is asked a statement of
    /// its own, as the filter is a query of its own, so that PostgreSQL plans each once:
    /// <list type="bullet">
    /// <item>staff, every decision (<c>TRUE</c>): one statement for all, asking "staff, or no such item", is planned as
    /// a hash of every readable item of the whole history (56 ms on twenty years, where this is 0.1);</item>
    /// <item>the public, no exempt item: asked, in the councillors' form, whether a seat of "no one" is on the
    /// committee, PostgreSQL sees that none is only in a plan made for that request, and so planned the public's
    /// statement afresh on every request (9 of 9), where a councillor's settled on one plan.</item>
    /// </list>
    /// </summary>
    public static string DecisionListedSql(ReaderKind kind, string decision) => kind == ReaderKind.Staff ? "TRUE" : $"""
        NOT EXISTS (
          SELECT 1 FROM agenda_items AS ri JOIN meetings AS rm ON rm."Id" = ri."MeetingId"
          WHERE ri."Id" = {decision}."AgendaItemId"
            AND NOT (rm."Status" <> '{nameof(MeetingStatus.Scheduled)}' AND (NOT ri."IsExempt"{(kind == ReaderKind.Public ? "" : $"""
         OR (ri."ExemptAccess" = '{nameof(ExemptAccess.CommitteeMembers)}' AND EXISTS (
              SELECT 1 FROM memberships AS rs
              WHERE rs."PersonId" = $1 AND rs."CommitteeId" = rm."CommitteeId"
                AND ({Seats.IsHeldOnSql("rs", "rm.\"StartsAt\"::date")} OR {Seats.IsHeldOnSql("rs", "$2")})))
        """)})))
        """;

    /// <summary>The reader as <see cref="DecisionListedSql"/> asks for them: the councillor (null for the public and
    /// staff, and not asked of them) and today.</summary>
    public static NpgsqlParameter[] ReaderParameters(ReaderScope reader) =>
    [
        new() { Value = (object?)reader.CouncillorId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Integer },
        new NpgsqlParameter<DateOnly> { TypedValue = reader.Today },
    ];

    /// <summary>Decisions the reader may read in full. Every decision listed for the reader (<see cref="ListedFor"/>)
    /// shows what was decided; one taken in private on a Forward Plan notice shows its reasons and the options rejected
    /// only to staff and to councillors who sat on the committee that took it (the Cabinet where it was not taken at a
    /// meeting) on the day or sit on it now.</summary>
    public static IQueryable<Decision> ReadableBy(this IQueryable<Decision> decisions, ReaderScope reader)
    {
        if (reader.IsStaff) return decisions;
        decisions = decisions.ListedFor(reader);
        var inPrivate = reader.Db.ForwardPlanEntries.Where(e => e.ExemptParagraph != null);
        if (reader.CouncillorId is not { } personId) return decisions.Where(d => !inPrivate.Any(e => e.Id == d.ForwardPlanEntryId));
        var seats = reader.Db.Memberships.Where(s => s.PersonId == personId);
        var meetings = reader.Db.Meetings;
        var cabinet = reader.Db.Committees.Where(c => c.Kind == CommitteeKind.Executive).OrderBy(c => c.Id).Select(c => c.Id);
        var today = reader.Today;
        return decisions
            .Select(d => new DecisionAt
            {
                Decision = d,
                CommitteeId = d.MeetingId != null ? meetings.Where(m => m.Id == d.MeetingId).Select(m => m.CommitteeId).FirstOrDefault() : cabinet.FirstOrDefault(),
            })
            .Where(Seats.Inline<Func<DecisionAt, bool>>(x => !inPrivate.Any(e => e.Id == x.Decision.ForwardPlanEntryId) || seats.Any(s =>
                Seats.IsOn.Compile()(s, x.CommitteeId, x.Decision.DecidedOn) || Seats.IsOn.Compile()(s, x.CommitteeId, today))))
            .Select(x => x.Decision);
    }

    /// <summary>A decision with the committee whose members may read it in full.</summary>
    private sealed class DecisionAt
    {
        public Decision Decision { get; init; } = null!;
        public int CommitteeId { get; init; }
    }
}
