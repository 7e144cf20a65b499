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

public static class AgendaItemViews
{
    /// <summary>Loads the items of one meeting (or one item of it). Every item is listed by number and title; the
    /// database fills in the business (description, papers, minutes, declarations, resolutions, motions) only of
    /// those the reader may read.</summary>
    public static async Task<IReadOnlyList<AgendaItemView>> LoadAsync(CouncilDb db, ReaderScope reader, Meeting meeting, int? onlyItemId, CancellationToken ct)
    {
        var readable = db.AgendaItems.ReadableBy(reader).Select(i => i.Id);
        var listed = db.Documents.ListedFor(reader);
        var openable = db.Documents.ReadableBy(reader).Select(d => d.Id);
        var items = await db.AgendaItems.AsNoTracking()
            .Where(i => i.MeetingId == meeting.Id && (onlyItemId == null || i.Id == onlyItemId))
            .OrderBy(i => i.SortKey)
            .Select(i => new
            {
                i.Id, i.Number, i.Title, i.IsExempt, i.ExemptParagraph, i.MinuteNumber, i.ResolutionPreamble, i.PublicSummary, i.UrgencyReason,
                MayRead = readable.Contains(i.Id),
                Description = readable.Contains(i.Id) ? i.Description : "",
                MinutesText = readable.Contains(i.Id) ? i.MinutesText : null,
                Documents = listed.Where(d => d.AgendaItemId == i.Id).OrderBy(d => d.Id)
                    .Select(d => new { Line = new DocumentLine(d.Id, d.Title, d.Kind, d.FileId != null, d.FileName, d.FileSize, d.ExemptParagraph), MayRead = openable.Contains(d.Id) })
                    .ToList(),
                Declarations = i.Declarations.Where(_ => readable.Contains(i.Id)).OrderBy(d => d.Id)
                    .Join(db.People, d => d.PersonId, p => p.Id, (d, p) => new DeclarationLine(p.DisplayName, d.Kind, d.Nature, d.LeftTheRoom, d.DispensationGranted)).ToList(),
                Resolutions = i.Resolutions.Where(_ => readable.Contains(i.Id)).OrderBy(r => r.Number).Select(r => new
                {
                    r.Number, r.Text, r.VotesFor, r.VotesAgainst, r.Abstentions,
                    Names = r.RecordedVotes.Join(db.People, v => v.PersonId, p => p.Id, (v, p) => new { p.LastName, p.DisplayName, v.Choice })
                        .OrderBy(v => v.LastName).Select(v => new NamedVote(v.DisplayName, v.Choice)).ToList(),
                }).ToList(),
                Motions = db.Motions.ReadableBy(reader).Where(m => m.AgendaItemId == i.Id).OrderBy(m => m.Id).Select(m => new MotionLine(m.Id, m.Title, m.Status)).ToList(),
            })
            .AsSplitQuery()
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
}
