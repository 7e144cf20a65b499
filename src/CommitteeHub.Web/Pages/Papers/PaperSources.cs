using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CommitteeHub.Data;
using CommitteeHub.Domain;
using CommitteeHub.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using P = CommitteeHub.Documents.Papers;

namespace CommitteeHub.Web.Pages.Papers;

/// <summary>
/// Fills the printed papers' input records from the database, for one reader. What the reader may not see is left
/// out here, before the renderer is reached: the public edition carries no exempt content at all, and a councillor's
/// full edition no item restricted to staff. Only published papers are printed.
/// </summary>
public sealed class PaperSources(CouncilDb db, Reader reader, IOptions<CouncilOptions> council, IOptions<P.UploadLimits> uploads)
{
    /// <summary>A paper's input, with what identifies its version (the same fingerprint is the same paper) and the
    /// items and documents it prints, so that a kept copy can be checked against each reader as access changes.</summary>
    public sealed record Source<T>(T Input, string Fingerprint, IReadOnlyList<PrintedContent> Contents);

    public sealed record MeetingFacts(Meeting Meeting, Committee Committee);

    public async Task<MeetingFacts?> MeetingAsync(int id, CancellationToken ct)
    {
        var meeting = await db.Meetings.AsNoTracking().Include(m => m.Attendance).FirstOrDefaultAsync(m => m.Id == id, ct);
        if (meeting is null || !(await reader.ScopeAsync(ct)).MaySeeAgenda(meeting.Status)) return null;
        var committee = await db.Committees.AsNoTracking().FirstAsync(c => c.Id == meeting.CommitteeId, ct);
        return new MeetingFacts(meeting, committee);
    }

    private P.MeetingDetails Details(MeetingFacts f) =>
        new(council.Value.Name, f.Committee.Name + (f.Meeting.Title is null ? "" : $" ({f.Meeting.Title})"),
            DateOnly.FromDateTime(f.Meeting.StartsAt), TimeOnly.FromDateTime(f.Meeting.StartsAt), f.Meeting.Venue);

    /// <summary>The items whose business the paper prints: in the public edition those not exempt; in a full one
    /// those the reader may read (the agenda being out to them, <see cref="MeetingAsync"/>).</summary>
    private async Task<List<int>> OpenAsync(MeetingFacts f, P.Edition edition, CancellationToken ct)
    {
        var items = db.AgendaItems.Where(i => i.MeetingId == f.Meeting.Id);
        items = edition == P.Edition.Public ? items.Where(i => !i.IsExempt) : items.ReadableBy(await reader.ScopeAsync(ct));
        return await items.Select(i => i.Id).ToListAsync(ct);
    }

    public async Task<Source<P.AgendaPackInput>> AgendaAsync(MeetingFacts f, P.Edition edition, bool supplement, bool withContent, CancellationToken ct)
    {
        var items = await db.AgendaItems.AsNoTracking().Where(i => i.MeetingId == f.Meeting.Id).ToListAsync(ct);
        var readable = await OpenAsync(f, edition, ct);
        // Only the papers of the items printed in full are read; only published papers are printed.
        var papers = (await db.Documents.AsNoTracking().Where(d => readable.Contains(d.AgendaItemId) && d.PublishedOn != null).ToListAsync(ct))
            .ToLookup(d => d.AgendaItemId);
        var sources = new List<string>();
        var contents = new List<PrintedContent>();
        var chosen = items.Where(i => (i.AddedLateAt is not null) == supplement).OrderBy(i => i.SortKey, StringComparer.Ordinal).ToList();
        var printed = new List<P.AgendaItem>();
        foreach (var i in chosen)
        {
            var open = readable.Contains(i.Id);
            contents.Add(new PrintedContent(i.Id, null, open, i.IsExempt, i.ExemptAccess));
            var reports = open ? await Reports(i, papers[i.Id], edition, withContent, sources, contents, ct) : [];
            printed.Add(new P.AgendaItem(i.Number, i.Title)
            {
                Description = open && i.Description.Length > 0 ? i.Description : null,
                ExemptParagraph = i.ExemptParagraph,
                Reports = reports,
                ReasonForUrgency = i.UrgencyReason,
                IsExclusion = i.Role == AgendaItemRole.Exclusion,
            });
        }
        var day = DateOnly.FromDateTime(f.Meeting.StartsAt);
        var membership = (await db.Memberships.AsNoTracking().SittingOn(f.Committee.Id, day)
            .Where(s => s.Role != MembershipRole.Substitute)
            .Join(db.People, s => s.PersonId, p => p.Id, (s, p) => new { s.Role, p.DisplayName, p.LastName }).ToListAsync(ct))
            .OrderBy(m => m.Role).ThenBy(m => m.LastName, StringComparer.Ordinal)
            .Select(m => new P.CommitteeMember(m.DisplayName, Printed(m.Role)))
            .ToList();
        var input = new P.AgendaPackInput(Details(f), membership, f.Committee.Quorum?.ToString(),
            new P.ContactOfficer(f.Committee.ContactOfficer ?? "Democratic Services", council.Value.Telephone, council.Value.Email), printed);
        return new Source<P.AgendaPackInput>(input, Fingerprint(input, sources), contents);
    }

    /// <summary>Written papers print from their Markdown; uploaded PDFs are merged in after the report they follow.</summary>
    private async Task<IReadOnlyList<P.Report>> Reports(AgendaItem item, IEnumerable<Document> papers, P.Edition edition, bool withContent,
        List<string> sources, List<PrintedContent> contents, CancellationToken ct)
    {
        var reports = new List<P.Report>();
        foreach (var d in papers.OrderBy(d => d.Kind).ThenBy(d => d.Id))
        {
            var withheld = d.ExemptParagraph is not null && edition == P.Edition.Public;
            contents.Add(new PrintedContent(item.Id, d.Id, !withheld, d.ExemptParagraph is not null || item.IsExempt, item.ExemptAccess));
            if (withheld)
            {
                reports.Add(new P.Report(d.Title, "") { ExemptParagraph = d.ExemptParagraph });
                continue;
            }
            if (!d.IsUpload)
            {
                reports.Add(new P.Report(d.Title, d.Body ?? "") { ExemptParagraph = d.ExemptParagraph, IsAppendix = d.Kind == DocumentKind.Appendix });
                continue;
            }
            // The file's own fingerprint: a replaced file is a different paper even at the same size.
            sources.Add($"{d.Id}:{d.Version}:{d.FileSha256}");
            if (d.ContentType != "application/pdf")
            {
                reports.Add(new P.Report(d.Title, $"Published as a separate file, {d.FileName}, with the meeting's papers on the council's website."));
                continue;
            }
            var bytes = withContent ? await db.DocumentFiles.AsNoTracking().Where(x => x.Id == d.FileId).Select(x => x.Content).FirstAsync(ct) : [];
            if (withContent && P.AppendixCheck.Inspect(bytes, Document.MaxUploadBytes, uploads.Value) is { Accepted: false } refused)
            {
                reports.Add(new P.Report(d.Title, $"This appendix could not be included in the pack ({refused.Error}). It is published as a separate file, {d.FileName}."));
                continue;
            }
            var appendix = new P.ReportAppendix(d.Title, bytes) { ExemptParagraph = d.ExemptParagraph };
            if (reports.Count > 0 && reports[^1].Markdown.Length > 0) reports[^1] = reports[^1] with { Appendices = [.. reports[^1].Appendices, appendix] };
            else reports.Add(new P.Report(d.Title, "") { Appendices = [appendix] });
        }
        return reports;
    }

    public async Task<Source<P.MinutesInput>> MinutesAsync(MeetingFacts f, P.Edition edition, CancellationToken ct)
    {
        var readable = await OpenAsync(f, edition, ct);
        // Every item's resolutions are counted (an exempt item with them is listed by number and title); declarations
        // are read only where printed.
        var items = await db.AgendaItems.AsNoTracking().Where(i => i.MeetingId == f.Meeting.Id)
            .Include(i => i.Resolutions).ThenInclude(r => r.RecordedVotes).Include(i => i.Declarations.Where(d => readable.Contains(d.AgendaItemId)))
            .AsSplitQuery().ToListAsync(ct);
        var personIds = f.Meeting.Attendance.SelectMany(a => new[] { a.PersonId, a.SubstituteForPersonId ?? a.PersonId })
            .Concat(items.SelectMany(i => i.Declarations.Select(d => d.PersonId).Concat(i.Resolutions.SelectMany(r => r.RecordedVotes.Select(v => v.PersonId))))).Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var day = DateOnly.FromDateTime(f.Meeting.StartsAt);
        var roles = await db.Memberships.AsNoTracking().SittingOn(f.Committee.Id, day)
            .ToDictionaryAsync(s => s.PersonId, s => s.Role, ct);
        string Name(int id) => people[id].DisplayName;
        // The attendance as the meeting's page gives it: officers under their own heading, whether recorded present or in attendance.
        IEnumerable<Domain.Attendance> Of(params AttendanceKind[] kinds) => f.Meeting.Attendance.Where(a => kinds.Contains(a.Kind)).OrderBy(a => people[a.PersonId].LastName, StringComparer.Ordinal);
        bool IsOfficer(Domain.Attendance a) => people[a.PersonId].Kind == PersonKind.Officer;
        string Left(Domain.Attendance a) => a.LeftDuringItem is null ? "" : $" (left during item {a.LeftDuringItem})";
        var attendance = new P.Attendance(Of(AttendanceKind.Present, AttendanceKind.Virtual).Where(a => !IsOfficer(a))
            .Select(a => new P.CommitteeMember(Name(a.PersonId) + (a.Kind == AttendanceKind.Virtual ? " (remotely)" : "") + Left(a), Printed(roles.GetValueOrDefault(a.PersonId)))).ToList())
        {
            Apologies = Of(AttendanceKind.Apologies).Select(a => Name(a.PersonId)).ToList(),
            Absent = Of(AttendanceKind.Absent).Select(a => Name(a.PersonId)).ToList(),
            Substitutes = Of(AttendanceKind.Substitute).Select(a => new P.Substitution(Name(a.PersonId) + Left(a), Name(a.SubstituteForPersonId!.Value))).ToList(),
            Officers = Of(AttendanceKind.InAttendance, AttendanceKind.Present, AttendanceKind.Virtual).Where(IsOfficer)
                .Select(a => new P.OfficerPresent(Name(a.PersonId) + Left(a), people[a.PersonId].JobTitle ?? "")).ToList(),
            InAttendance = Of(AttendanceKind.InAttendance).Where(a => !IsOfficer(a)).Select(a => Name(a.PersonId) + Left(a)).ToList(),
        };
        var ordered = items.OrderBy(i => i.SortKey, StringComparer.Ordinal).ToList();
        var declarations = ordered.Where(i => readable.Contains(i.Id)).SelectMany(i => i.Declarations.Select(d => new P.DeclarationOfInterest(Name(d.PersonId), i.Number, Declaration.WithArticle(d.Kind))
        {
            Nature = d.Nature, LeftTheRoom = d.LeftTheRoom, Dispensation = d.DispensationGranted,
        })).ToList();
        var contents = new List<PrintedContent>();
        // Every item of business is in the minutes (publication needs each minuted and numbered); a staff preview before
        // then prints an item not yet minuted under its title alone.
        var minuted = ordered.Select(i =>
        {
            var open = readable.Contains(i.Id);
            contents.Add(new PrintedContent(i.Id, null, open, i.IsExempt, i.ExemptAccess));
            return new P.MinuteItem(i.MinuteNumber ?? i.Number, i.Title)
            {
                Markdown = open ? i.MinutesText : null,
                Resolutions = open ? Resolutions(i, Name) : [],
                ExemptParagraph = i.ExemptParagraph,
                PublicSummaryMarkdown = i.PublicSummary,
                ReasonForUrgency = i.UrgencyReason,
            };
        }).ToList();
        var input = new P.MinutesInput(Details(f), attendance, declarations, minuted)
        {
            Approved = f.Meeting.MinutesApprovedOn is { } on ? new P.Approval(f.Meeting.MinutesSignedBy ?? await ChairmanOnAsync(f.Meeting.CommitteeId, on, ct), on) : null,
        };
        // Declarations are printed only for the items whose business the reader may read.
        contents.AddRange(ordered.Where(i => i.Declarations.Count > 0 && readable.Contains(i.Id) && contents.All(c => c.AgendaItemId != i.Id))
            .Select(i => new PrintedContent(i.Id, null, true, i.IsExempt, i.ExemptAccess)));
        return new Source<P.MinutesInput>(input, Fingerprint(input, []), contents);
    }

    /// <summary>Who signed minutes approved before the signatory was recorded: the committee's chairman that day, who
    /// presides; null when the record does not say, and then the minutes name nobody rather than a role.</summary>
    private Task<string?> ChairmanOnAsync(int committeeId, DateOnly day, CancellationToken ct) =>
        db.Memberships.AsNoTracking().SittingOn(committeeId, day).Where(s => s.Role == MembershipRole.Chairman)
            .Join(db.People, s => s.PersonId, p => p.Id, (s, p) => p.DisplayName).FirstOrDefaultAsync(ct);

    private static P.MemberRole Printed(MembershipRole role) => role switch
    {
        MembershipRole.Chairman => P.MemberRole.Chairman,
        MembershipRole.ViceChairman => P.MemberRole.ViceChairman,
        _ => P.MemberRole.Member,
    };

    /// <summary>The resolutions in the paragraphs the item's page shows them in (<see cref="MinuteParagraphs"/>).</summary>
    private static IReadOnlyList<P.Resolution> Resolutions(AgendaItem item, Func<int, string> name)
    {
        var groups = MinuteParagraphs.OfResolutions(item.Resolutions.OrderBy(r => r.Number).ToList(), r => r.VotesFor is not null);
        return groups.Select((group, n) => new P.Resolution(n == 0 ? item.ResolutionPreamble ?? "Resolved:" : "Further resolved:", group.Select(r => r.Text).ToList())
        {
            Vote = group is [{ VotesFor: not null } r] ? new P.Vote(P.VoteOutcome.Carried)
            {
                For = r.VotesFor, Against = r.VotesAgainst, Abstained = r.Abstentions,
                NamesFor = Named(r, VoteChoice.For), NamesAgainst = Named(r, VoteChoice.Against), NamesAbstaining = Named(r, VoteChoice.Abstain),
            } : null,
        }).ToList();

        IReadOnlyList<string>? Named(Domain.Resolution r, VoteChoice choice) =>
            r.RecordedVotes.Count == 0 ? null : r.RecordedVotes.Where(v => v.Choice == choice).Select(v => name(v.PersonId)).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The motion with each amendment and its vote, and the resolution once the minutes are out, for anyone
    /// who may read the item it is on: what the motion page shows.</summary>
    public async Task<(Source<P.MotionInput> Source, MeetingFacts Meeting)?> MotionAsync(int id, CancellationToken ct)
    {
        var motion = await db.Motions.AsNoTracking().Include(m => m.Amendments).ThenInclude(a => a.RecordedVotes).AsSplitQuery()
            .FirstOrDefaultAsync(m => m.Id == id, ct);
        if (motion?.AgendaItemId is not { } itemId) return null;
        var item = await db.AgendaItems.AsNoTracking().FirstAsync(i => i.Id == itemId, ct);
        var f = await MeetingAsync(item.MeetingId, ct);
        if (f is null || !(await reader.ScopeAsync(ct)).MayReadItem(Sitting.Of(f.Meeting), item.IsExempt, item.ExemptAccess)) return null;
        // As on the motion page: the resolution in the motion's final words, printed once the minutes are out (the
        // paper is the same for every reader, so staff do not see it earlier here).
        var finalText = motion.CurrentText;
        var resolution = motion.Status != MotionStatus.Carried || f.Meeting.Status is not (MeetingStatus.DraftMinutesPublished or MeetingStatus.MinutesApproved) ? null
            : await db.Resolutions.AsNoTracking().Include(r => r.RecordedVotes).Where(r => r.AgendaItemId == itemId && r.Text == finalText)
                .OrderByDescending(r => r.Number).FirstOrDefaultAsync(ct);
        var ids = motion.Amendments.SelectMany(a => a.RecordedVotes.Select(v => v.PersonId).Append(a.MoverId).Append(a.SeconderId ?? a.MoverId))
            .Concat(resolution?.RecordedVotes.Select(v => v.PersonId) ?? [])
            .Append(motion.MoverId).Append(motion.SeconderId ?? motion.MoverId).Distinct().ToList();
        var names = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName, ct);
        P.Vote? Voted(P.VoteOutcome outcome, int? votesFor, int? against, int? abstentions, IReadOnlyCollection<(int PersonId, VoteChoice Choice)> named)
        {
            if (votesFor is null && named.Count == 0) return null;
            IReadOnlyList<string>? Names(VoteChoice c) => named.Count == 0 ? null : named.Where(v => v.Choice == c).Select(v => names[v.PersonId]).Order(StringComparer.Ordinal).ToList();
            return new P.Vote(outcome)
            {
                For = votesFor, Against = against, Abstained = abstentions,
                NamesFor = Names(VoteChoice.For), NamesAgainst = Names(VoteChoice.Against), NamesAbstaining = Names(VoteChoice.Abstain),
            };
        }
        var amendments = motion.Amendments.OrderBy(a => a.Number).Select(a => new P.AmendmentInput(names[a.MoverId], a.SeconderId is { } s ? names[s] : null, a.Text, Outcome(a.Status))
        {
            Vote = Voted(a.Status == AmendmentStatus.Carried ? P.VoteOutcome.Carried : P.VoteOutcome.Lost, a.VotesFor, a.VotesAgainst, a.Abstentions,
                a.RecordedVotes.Select(v => (v.PersonId, v.Choice)).ToList()),
        }).ToList();
        var input = new P.MotionInput(Details(f), item.Number, motion.Title, names[motion.MoverId], motion.SeconderId is { } sec ? names[sec] : null, motion.Text, amendments)
        {
            ResolutionMarkdown = resolution?.Text,
            ResolutionVote = resolution is null ? null : Voted(P.VoteOutcome.Carried, resolution.VotesFor, resolution.VotesAgainst, resolution.Abstentions,
                resolution.RecordedVotes.Select(v => (v.PersonId, v.Choice)).ToList()),
        };
        return (new Source<P.MotionInput>(input, Fingerprint(input, []), [new PrintedContent(item.Id, null, true, item.IsExempt, item.ExemptAccess)]), f);
    }

    /// <summary>An amendment's outcome as the papers (PDF and Word) print it.</summary>
    public static P.AmendmentOutcome Outcome(AmendmentStatus status) => status switch
    {
        AmendmentStatus.Carried => P.AmendmentOutcome.Carried,
        AmendmentStatus.Lost => P.AmendmentOutcome.Lost,
        AmendmentStatus.Withdrawn => P.AmendmentOutcome.Withdrawn,
        AmendmentStatus.AcceptedByMover => P.AmendmentOutcome.Accepted,
        _ => P.AmendmentOutcome.Pending,
    };

    /// <summary>Appendix files are identified by their document's id and version, not their bytes, so a paper's
    /// version is known without reading every file.</summary>
    private static readonly JsonSerializerOptions FingerprintJson = new() { Converters = { new BytesAsLength() } };

    private sealed class BytesAsLength : System.Text.Json.Serialization.JsonConverter<byte[]>
    {
        public override byte[] Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();
        public override void Write(Utf8JsonWriter writer, byte[] value, JsonSerializerOptions options) => writer.WriteStringValue("file");
    }

    private static string Fingerprint<T>(T input, IEnumerable<string> sources)
    {
        var json = JsonSerializer.Serialize(input, FingerprintJson) + "|" + string.Join(",", sources);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
    }
}
