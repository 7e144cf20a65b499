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
    /// <summary>Loads the items of one meeting (or one item of it), deciding for each what the reader may see.</summary>
    public static async Task<IReadOnlyList<AgendaItemView>> LoadAsync(CouncilDb db, Reader reader, Meeting meeting, int? onlyItemId, CancellationToken ct)
    {
        var staff = reader.IsStaff;
        var items = await db.AgendaItems.AsNoTracking()
            .Where(i => i.MeetingId == meeting.Id && (onlyItemId == null || i.Id == onlyItemId))
            .OrderBy(i => i.SortKey)
            .Select(i => new
            {
                i.Id, i.Number, i.Title, i.Description, i.IsExempt, i.ExemptParagraph, i.ExemptAccess, i.MinuteNumber, i.MinutesText,
                i.ResolutionPreamble, i.PublicSummary, i.UrgencyReason,
                Documents = i.Documents.Where(d => d.PublishedOn != null || staff).OrderBy(d => d.Id)
                    .Select(d => new DocumentLine(d.Id, d.Title, d.Kind, d.FileId != null, d.FileName, d.FileSize, d.ExemptParagraph)).ToList(),
                Declarations = i.Declarations.OrderBy(d => d.Id)
                    .Join(db.People, d => d.PersonId, p => p.Id, (d, p) => new DeclarationLine(p.DisplayName, d.Kind, d.Nature, d.LeftTheRoom, d.DispensationGranted)).ToList(),
                Resolutions = i.Resolutions.OrderBy(r => r.Number).Select(r => new
                {
                    r.Number, r.Text, r.VotesFor, r.VotesAgainst, r.Abstentions,
                    Names = r.RecordedVotes.Join(db.People, v => v.PersonId, p => p.Id, (v, p) => new { p.LastName, p.DisplayName, v.Choice })
                        .OrderBy(v => v.LastName).Select(v => new NamedVote(v.DisplayName, v.Choice)).ToList(),
                }).ToList(),
                Motions = db.Motions.Where(m => m.AgendaItemId == i.Id).OrderBy(m => m.Id).Select(m => new MotionLine(m.Id, m.Title, m.Status)).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);

        var canReadExempt = new Dictionary<ExemptAccess, bool>();
        var views = new List<AgendaItemView>(items.Count);
        foreach (var i in items)
        {
            var mayRead = true;
            if (i.IsExempt)
            {
                if (!canReadExempt.TryGetValue(i.ExemptAccess, out mayRead))
                    canReadExempt[i.ExemptAccess] = mayRead = await reader.MayReadExemptAsync(meeting.CommitteeId, meeting.StartsAt, i.ExemptAccess, ct);
            }
            // Kinds are stored by name: the report comes before its appendices in the enum's order, not the alphabet's.
            var documents = mayRead ? i.Documents.OrderBy(d => d.Kind).ThenBy(d => d.Id).ToList() : [];
            if (documents.Any(d => d.ExemptParagraph is not null))
            {
                var mayReadExemptDocuments = await reader.MayReadExemptAsync(meeting.CommitteeId, meeting.StartsAt, ExemptAccess.CommitteeMembers, ct);
                documents = documents.Select(d => d with { MayRead = d.ExemptParagraph is null || mayReadExemptDocuments }).ToList();
            }

            views.Add(new AgendaItemView(i.Id, meeting.Id, i.Number, i.Title, mayRead ? i.Description : "", i.IsExempt, i.ExemptParagraph,
                mayRead, meeting.MinutesArePublished, meeting.MinutesAreDraft, i.MinuteNumber,
                mayRead ? i.MinutesText : null, i.ResolutionPreamble, i.PublicSummary,
                documents,
                mayRead ? i.Declarations : [],
                mayRead ? i.Resolutions.Select(r => new ResolutionLine(r.Number, r.Text, r.VotesFor, r.VotesAgainst, r.Abstentions, r.Names)).ToList() : [],
                mayRead ? i.Motions : []) { UrgencyReason = i.UrgencyReason });
        }
        return views;
    }
}
