using CommitteeHub.Data;
using CommitteeHub.Domain;
using CommitteeHub.Web.Infrastructure;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using UploadLimits = CommitteeHub.Documents.Papers.UploadLimits;

namespace CommitteeHub.Web.Pages.Clerk;

/// <summary>The steps the clerk takes on an item: each loads the item's meeting, takes one step through it (which
/// raises the event the audit trail and the public pages hear of) and saves it by <see cref="Recording"/>.</summary>
public sealed partial class Item
{
    /// <summary>The item's meeting, with the item's parts, or null when there is no such item.</summary>
    private static async Task<(Meeting Meeting, AgendaItem Item)?> LoadAsync(CouncilDb db, int itemId, CancellationToken ct)
    {
        var meetingId = await db.AgendaItems.Where(i => i.Id == itemId).Select(i => (int?)i.MeetingId).FirstOrDefaultAsync(ct);
        if (meetingId is null || await Clerking.LoadMeetingAsync(db, meetingId.Value, ct) is not { } meeting) return null;
        await db.Entry(meeting).Collection(m => m.Items).Query().Include(i => i.Declarations).LoadAsync(ct);
        return (meeting, meeting.Items.Single(i => i.Id == itemId));
    }

    /// <summary>A paper step names its paper, which must be on this item.</summary>
    private static int PaperOn(AgendaItem item, int? paperId) =>
        item.Documents.FirstOrDefault(d => d.Id == paperId)?.Id ?? throw new DomainException("That paper is not on this item.");

    public sealed record SaveDetails(int ItemId, uint? Version, ItemDetails Details) : ICommand<Outcome>;

    public sealed class SaveDetailsHandler(CouncilDb db, Recording recording, CouncilTemplates templates) : ICommandHandler<SaveDetails, Outcome>
    {
        public async ValueTask<Outcome> Handle(SaveDetails c, CancellationToken ct)
        {
            if (await LoadAsync(db, c.ItemId, ct) is not ({ } meeting, { } item)) return Outcome.NotFound;
            meeting.ReviseItem(item, c.Details, new ExclusionWording(templates.ExclusionTitle, templates.ExclusionResolution));
            Clerking.ExpectVersion(db, item, c.Version);
            return await recording.SaveAsync(ct);
        }
    }

    public sealed record WritePaper(int ItemId, string Title, DocumentKind Kind, string? Author, string Body) : ICommand<Outcome>;

    public sealed class WritePaperHandler(CouncilDb db, Recording recording) : ICommandHandler<WritePaper, Outcome>
    {
        public async ValueTask<Outcome> Handle(WritePaper c, CancellationToken ct)
        {
            if (await LoadAsync(db, c.ItemId, ct) is not ({ } meeting, { } item)) return Outcome.NotFound;
            meeting.WritePaper(item, c.Title, c.Kind, c.Author, c.Body);
            return await recording.SaveAsync(ct);
        }
    }

    public sealed record UploadPaper(int ItemId, string Title, DocumentKind Kind, string? Author, string FileName, byte[] File) : ICommand<Outcome>;

    public sealed class UploadPaperHandler(CouncilDb db, Recording recording, IOptions<UploadLimits> uploads) : ICommandHandler<UploadPaper, Outcome>
    {
        public async ValueTask<Outcome> Handle(UploadPaper c, CancellationToken ct)
        {
            if (await LoadAsync(db, c.ItemId, ct) is not ({ } meeting, { } item)) return Outcome.NotFound;
            Clerking.RefuseUnsafeUpload(c.FileName, c.File, uploads.Value);
            meeting.UploadPaper(item, c.Title, c.Kind, c.Author, c.FileName, c.File);
            return await recording.SaveAsync(ct);
        }
    }

    public sealed record SubmitPaper(int ItemId, int? PaperId) : ICommand<Outcome>;

    public sealed class SubmitPaperHandler(CouncilDb db, Recording recording) : ICommandHandler<SubmitPaper, Outcome>
    {
        public async ValueTask<Outcome> Handle(SubmitPaper c, CancellationToken ct)
        {
            if (await LoadAsync(db, c.ItemId, ct) is not ({ } meeting, { } item)) return Outcome.NotFound;
            meeting.SubmitPaper(PaperOn(item, c.PaperId));
            return await recording.SaveAsync(ct);
        }
    }

    public sealed record ApprovePaper(int ItemId, int? PaperId) : ICommand<Outcome>;

    public sealed class ApprovePaperHandler(CouncilDb db, Recording recording, TimeProvider clock) : ICommandHandler<ApprovePaper, Outcome>
    {
        public async ValueTask<Outcome> Handle(ApprovePaper c, CancellationToken ct)
        {
            if (await LoadAsync(db, c.ItemId, ct) is not ({ } meeting, { } item)) return Outcome.NotFound;
            meeting.ApprovePaper(PaperOn(item, c.PaperId), DateOnly.FromDateTime(Clerking.Now(clock)));
            return await recording.SaveAsync(ct);
        }
    }

    public sealed record ReturnPaper(int ItemId, int? PaperId) : ICommand<Outcome>;

    public sealed class ReturnPaperHandler(CouncilDb db, Recording recording) : ICommandHandler<ReturnPaper, Outcome>
    {
        public async ValueTask<Outcome> Handle(ReturnPaper c, CancellationToken ct)
        {
            if (await LoadAsync(db, c.ItemId, ct) is not ({ } meeting, { } item)) return Outcome.NotFound;
            meeting.ReturnPaper(PaperOn(item, c.PaperId));
            return await recording.SaveAsync(ct);
        }
    }

    public sealed record SaveMinutes(int ItemId, uint? Version, string? MinuteNumber, string Minutes, string? Preamble, string? PublicSummary) : ICommand<Outcome>;

    public sealed class SaveMinutesHandler(CouncilDb db, Recording recording) : ICommandHandler<SaveMinutes, Outcome>
    {
        public async ValueTask<Outcome> Handle(SaveMinutes c, CancellationToken ct)
        {
            if (await LoadAsync(db, c.ItemId, ct) is not ({ } meeting, { } item)) return Outcome.NotFound;
            meeting.MinuteItem(item, c.MinuteNumber, c.Minutes, c.Preamble, c.PublicSummary);
            Clerking.ExpectVersion(db, item, c.Version);
            return await recording.SaveAsync(ct);
        }
    }

    public sealed record Declare(int ItemId, int? PersonId, InterestKind Kind, string Nature, bool LeftTheRoom, bool Dispensation) : ICommand<Outcome>;

    public sealed class DeclareHandler(CouncilDb db, Recording recording) : ICommandHandler<Declare, Outcome>
    {
        public async ValueTask<Outcome> Handle(Declare c, CancellationToken ct)
        {
            if (await LoadAsync(db, c.ItemId, ct) is not ({ } meeting, { } item)) return Outcome.NotFound;
            if (c.PersonId is not { } person) return Outcome.Refused("Choose the member declaring the interest.", "Input.PersonId");
            meeting.DeclareInterest(item, person, c.Kind, c.Nature, c.LeftTheRoom, c.Dispensation);
            return await recording.SaveAsync(ct);
        }
    }

    /// <param name="Names">Each member's vote, for a recorded vote; else the counts, if a vote was taken.</param>
    public sealed record Resolve(int ItemId, string Text, IReadOnlyList<RecordedVoteLine> Names, int? For, int? Against, int? Abstentions) : ICommand<Outcome>;

    public sealed class ResolveHandler(CouncilDb db, Recording recording) : ICommandHandler<Resolve, Outcome>
    {
        public async ValueTask<Outcome> Handle(Resolve c, CancellationToken ct)
        {
            if (await LoadAsync(db, c.ItemId, ct) is not ({ } meeting, { } item)) return Outcome.NotFound;
            meeting.RecordResolution(item, c.Text, Vote.AsGiven(c.Names, c.For, c.Against, c.Abstentions));
            return await recording.SaveAsync(ct);
        }
    }

    /// <summary>Publishes the decision the meeting took on the item to the decision register, once.</summary>
    public sealed record PublishDecision(int ItemId, string? Reasons, string? Alternatives) : ICommand<Outcome>;

    public sealed class PublishDecisionHandler(CouncilDb db, Recording recording, TimeProvider clock) : ICommandHandler<PublishDecision, Outcome>
    {
        public async ValueTask<Outcome> Handle(PublishDecision c, CancellationToken ct)
        {
            if (await LoadAsync(db, c.ItemId, ct) is not ({ } meeting, { } item)) return Outcome.NotFound;
            if (await db.Decisions.AnyAsync(d => d.AgendaItemId == item.Id, ct))
                return Outcome.Refused("This item's decision is already on the decision register.");
            var body = await db.Committees.SingleAsync(x => x.Id == meeting.CommitteeId, ct);
            db.Decisions.Add(meeting.PublishDecision(body, item, c.Reasons, clock.GetLocalNow().DateTime, c.Alternatives));
            return await recording.SaveAsync(ct);
        }
    }

    public sealed record RemoveDeclaration(int ItemId, int? DeclarationId) : ICommand<Outcome>;

    public sealed class RemoveDeclarationHandler(CouncilDb db, Recording recording) : ICommandHandler<RemoveDeclaration, Outcome>
    {
        public async ValueTask<Outcome> Handle(RemoveDeclaration c, CancellationToken ct)
        {
            if (await LoadAsync(db, c.ItemId, ct) is not ({ } meeting, { } item)) return Outcome.NotFound;
            meeting.RemoveDeclaration(item, c.DeclarationId ?? throw new DomainException("Say which declaration."));
            return await recording.SaveAsync(ct);
        }
    }

    public sealed record RemoveResolution(int ItemId, int? Number) : ICommand<Outcome>;

    public sealed class RemoveResolutionHandler(CouncilDb db, Recording recording) : ICommandHandler<RemoveResolution, Outcome>
    {
        public async ValueTask<Outcome> Handle(RemoveResolution c, CancellationToken ct)
        {
            if (await LoadAsync(db, c.ItemId, ct) is not ({ } meeting, { } item)) return Outcome.NotFound;
            meeting.RemoveResolution(item, c.Number ?? throw new DomainException("Say which resolution."));
            return await recording.SaveAsync(ct);
        }
    }
}
