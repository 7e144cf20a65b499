namespace CommitteeHub.Domain.Tests;

/// <summary>Builds a meeting of the Planning Committee and walks it to any status by the domain's own steps.</summary>
internal static class AMeeting
{
    public static readonly DateTime Start = new(2025, 3, 12, 19, 0, 0);

    public static Meeting Scheduled(bool withItem = true)
    {
        var meeting = new Meeting(committeeId: 1, Start, "Council Chamber, Town Hall");
        if (withItem) meeting.AddItem("1", "Apologies for absence");
        return meeting;
    }

    /// <summary>A meeting whose agenda carries the item with the given id, as the database would have numbered it,
    /// for a motion placed on that item.</summary>
    public static Meeting Carrying(int itemId, bool budgetDecision = false)
    {
        var meeting = Scheduled(withItem: false);
        var item = meeting.AddItem("7", "Notice of motion");
        typeof(AgendaItem).GetProperty(nameof(AgendaItem.Id))!.SetValue(item, itemId);
        if (budgetDecision) item.MarkAsBudgetDecision();
        return meeting;
    }

    public static Meeting In(MeetingStatus status) => Walk(Scheduled(), status);

    /// <summary>Walks a scheduled meeting (with its item 1) to the status.</summary>
    public static Meeting Walk(Meeting meeting, MeetingStatus status)
    {
        switch (status)
        {
            case MeetingStatus.Scheduled:
                break;
            case MeetingStatus.Cancelled:
                meeting.Cancel("Insufficient business.");
                break;
            case MeetingStatus.Postponed:
                meeting.Postpone("The chamber is unavailable.");
                break;
            default:
                meeting.PublishAgenda(Start.AddDays(-14));
                if (status == MeetingStatus.AgendaPublished) break;
                meeting.RecordHeld(Start.AddHours(2));
                meeting.Item("1").RecordMinutes("13", "Apologies were received from Cllr Smith.");
                if (status == MeetingStatus.Held) break;
                meeting.PublishDraftMinutes(Start.AddDays(3));
                if (status == MeetingStatus.DraftMinutesPublished) break;
                meeting.ApproveMinutes(DateOnly.FromDateTime(Start.AddDays(30)));
                break;
        }
        Assert.Equal(status, meeting.Status);
        return meeting;
    }
}
