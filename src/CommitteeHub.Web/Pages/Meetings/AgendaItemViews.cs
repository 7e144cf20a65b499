using CommitteeHub.Data;
using CommitteeHub.Domain;
using CommitteeHub.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

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
    // tree against its cache on every request (a tenth of its share of the meeting page's time), and the items'
    // projection below is the largest tree the site asks.

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

    /// <summary>Loads the items of one meeting (or one item of it). Every item is listed by number and title; the
    /// database fills in the business (description, papers, minutes, declarations, resolutions, motions) only of
    /// those the reader may read.</summary>
    public static async Task<IReadOnlyList<AgendaItemView>> LoadAsync(CouncilDb db, ReaderScope reader, Meeting meeting, int? onlyItemId, CancellationToken ct)
    {
        // One meeting: what the reader may read of it turns only on the meeting and each item's exemption, so it is
        // worked out here, once, by the in-memory form of the rule, and handed to the database as plain values. (The
        // set-based filters, asked item by item inside this projection, made PostgreSQL read every item of the whole
        // history for each column: 1 s a page on twenty years.)
        var sitting = Sitting.Of(meeting);
        var items = await Items(db, meeting.Id, onlyItemId,
                reader.MayReadItem(sitting, false, ExemptAccess.CommitteeMembers), reader.MayReadItem(sitting, true, ExemptAccess.CommitteeMembers),
                reader.MayReadItem(sitting, true, ExemptAccess.StaffOnly), reader.MayReadExempt(sitting), reader.MaySeePaper(false))
            .ToListAsync(ct);

        // Kinds are stored by name: the report comes before its appendices in the enum's order, not the alphabet's.
        return items.Select(i => new AgendaItemView(i.Id, meeting.Id, i.Number, i.Title, i.Description, i.IsExempt, i.ExemptParagraph,
                i.MayRead, meeting.MinutesArePublished, meeting.MinutesAreDraft, i.MinuteNumber, i.MinutesText, i.ResolutionPreamble, i.PublicSummary,
                i.Documents.OrderBy(d => d.Line.Kind).ThenBy(d => d.Line.Id).Select(d => d.Line with { MayRead = d.MayRead }).ToList(),
                i.Declarations,
                i.Resolutions.Select(r => new ResolutionLine(r.Number, r.Text, r.VotesFor, r.VotesAgainst, r.Abstentions, r.Names)).ToList(),
                i.Motions) { UrgencyReason = i.UrgencyReason })
            .ToList();
    }

    private sealed record ItemRow(
        int Id, string Number, string Title, bool IsExempt, int? ExemptParagraph, string? MinuteNumber, string? ResolutionPreamble,
        string? PublicSummary, string? UrgencyReason, bool MayRead, string Description, string? MinutesText,
        List<DocumentRow> Documents, List<DeclarationLine> Declarations, List<ResolutionRow> Resolutions, List<MotionLine> Motions);

    private sealed record DocumentRow(DocumentLine Line, bool MayRead);

    private sealed record ResolutionRow(int Number, string Text, int? VotesFor, int? VotesAgainst, int? Abstentions, List<NamedVote> Names);

    private static readonly Func<CouncilDb, int, int?, bool, bool, bool, bool, bool, IAsyncEnumerable<ItemRow>> Items = EF.CompileAsyncQuery(
        (CouncilDb db, int meetingId, int? onlyItemId, bool openItems, bool exemptItems, bool staffOnlyItems, bool exemptPapers, bool drafts) =>
            db.AgendaItems.AsNoTracking()
                .Where(i => i.MeetingId == meetingId && (onlyItemId == null || i.Id == onlyItemId))
                .OrderBy(i => i.SortKey)
                .Select(i => new { Item = i, MayRead = !i.IsExempt ? openItems : i.ExemptAccess == ExemptAccess.CommitteeMembers ? exemptItems : staffOnlyItems })
                .Select(x => new ItemRow(
                    x.Item.Id, x.Item.Number, x.Item.Title, x.Item.IsExempt, x.Item.ExemptParagraph, x.Item.MinuteNumber, x.Item.ResolutionPreamble,
                    x.Item.PublicSummary, x.Item.UrgencyReason, x.MayRead,
                    x.MayRead ? x.Item.Description : "",
                    x.MayRead ? x.Item.MinutesText : null,
                    // Listed: the papers of an item whose business the reader may read, published ones unless staff; an
                    // exempt appendix among them is listed by title even to a reader who may not open it.
                    db.Documents.Where(d => d.AgendaItemId == x.Item.Id && x.MayRead && (drafts || d.PublishedOn != null)).OrderBy(d => d.Id)
                        .Select(d => new DocumentRow(
                            new DocumentLine(d.Id, d.Title, d.Kind, d.FileId != null, d.FileName, d.FileSize, d.ExemptParagraph),
                            d.ExemptParagraph == null || exemptPapers))
                        .ToList(),
                    x.Item.Declarations.Where(_ => x.MayRead).OrderBy(d => d.Id)
                        .Join(db.People, d => d.PersonId, p => p.Id, (d, p) => new DeclarationLine(p.DisplayName, d.Kind, d.Nature, d.LeftTheRoom, d.DispensationGranted)).ToList(),
                    x.Item.Resolutions.Where(_ => x.MayRead).OrderBy(r => r.Number).Select(r => new ResolutionRow(
                        r.Number, r.Text, r.VotesFor, r.VotesAgainst, r.Abstentions,
                        r.RecordedVotes.Join(db.People, v => v.PersonId, p => p.Id, (v, p) => new { p.LastName, p.DisplayName, v.Choice })
                            .OrderBy(v => v.LastName).Select(v => new NamedVote(v.DisplayName, v.Choice)).ToList())).ToList(),
                    db.Motions.Where(m => m.AgendaItemId == x.Item.Id && x.MayRead).OrderBy(m => m.Id).Select(m => new MotionLine(m.Id, m.Title, m.Status)).ToList()))
                .AsSplitQuery());
}
