using System.Net;
using System.Reflection;
using System.Text.Json.Serialization;
using CommitteeHub.Data;
using CommitteeHub.Domain;
using CommitteeHub.Tests.Support;
using CommitteeHub.Web.Demo;
using CommitteeHub.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CommitteeHub.Tests.Pages.ClerkTests;

namespace CommitteeHub.Tests.Pages;

/// <summary>A step saved through <see cref="Recording"/> leaves its events in the outbox and one entry in the audit
/// trail, in the step's own transaction; the consumers hear of them once saved, and the sweep catches any left over.</summary>
public sealed class CouncilEventTests(CommitteeHubApp app) : AppTest(app)
{
    [Fact]
    public async Task A_revised_paper_leaves_one_dispatched_event_in_the_outbox_and_one_entry_in_the_meetings_trail()
    {
        var clerk = await App.SignedInAs(DemoCouncil.ClerkEmail);
        var (meetingId, itemId, paperId) = await SomethingOfEach(clerk);
        long before;
        await using (var db = Db()) before = await db.OutboxMessages.MaxAsync(m => (long?)m.Id) ?? 0;

        var url = $"/clerk/papers/{paperId}";
        var done = await Submit(clerk, url, null, new() { ["Body"] = "## Purpose\n\nTo report progress, corrected." });
        AssertDone(done);

        await using var after = Db();
        var message = await after.OutboxMessages.SingleAsync(m => m.Id > before);
        Assert.Equal((nameof(PaperRevised), nameof(Meeting), meetingId, meetingId), (message.Name, message.Subject, message.SubjectId, message.MeetingId));
        Assert.Contains($"\"paperId\":{paperId}", message.Payload.Replace(" ", ""));
        Assert.Contains($"\"itemId\":{itemId}", message.Payload.Replace(" ", ""));
        Assert.NotNull(message.DispatchedAt);
        var trail = await after.AuditEntries.Where(a => a.MeetingId == meetingId).OrderBy(a => a.Id).Select(a => a.What).ToListAsync();
        Assert.Equal("Revised \"Progress report\" before publication.", trail[^1]);
        Assert.Equal(message.Summary, trail[^1]);
    }

    [Fact]
    public async Task A_step_that_conflicts_with_another_clerks_change_leaves_no_event_and_no_audit_entry()
    {
        var clerk = await App.SignedInAs(DemoCouncil.ClerkEmail);
        var (meetingId, _, paperId) = await SomethingOfEach(clerk);
        var url = $"/clerk/papers/{paperId}";
        var stale = await clerk.GetStringAsync(url);
        AssertDone(await Submit(clerk, url, null, new() { ["Body"] = "## Purpose\n\nThe first change." }));
        int events, entries;
        await using (var db = Db()) (events, entries) = (await db.OutboxMessages.CountAsync(), await db.AuditEntries.CountAsync(a => a.MeetingId == meetingId));

        AssertRefused(await SubmitOn(clerk, url, stale, null, new() { ["Body"] = "## Purpose\n\nThe second change." }), "Someone else changed this");

        await using var after = Db();
        Assert.Equal(events, await after.OutboxMessages.CountAsync());
        Assert.Equal(entries, await after.AuditEntries.CountAsync(a => a.MeetingId == meetingId));
    }

    [Fact]
    public async Task An_event_left_undispatched_is_dispatched_by_the_sweep_which_empties_the_public_page_cache()
    {
        int meetingId;
        await using (var db = Db()) meetingId = await Demo.SelectCommitteeMeetingOf17July2019(db);
        var anonymous = App.Anonymous();
        var url = $"/meetings/{meetingId}";
        Assert.DoesNotContain("Moved by a replay", await anonymous.GetStringAsync(url)); // now cached

        // As if an instance saved a step and stopped before telling anyone: the change and its event, undispatched.
        await using (var db = Db())
        {
            await db.Meetings.Where(m => m.Id == meetingId).ExecuteUpdateAsync(s => s.SetProperty(m => m.Venue, "Moved by a replay"));
            db.OutboxMessages.Add(new OutboxMessage("MeetingMoved", nameof(Meeting), meetingId, meetingId, DateTime.Now, "Moved the meeting.", "{}"));
            await db.SaveChangesAsync();
        }
        Assert.DoesNotContain("Moved by a replay", await anonymous.GetStringAsync(url)); // still the cached page

        await using (var scope = App.Services.CreateAsyncScope())
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<CouncilEventDispatcher>().SweepAsync(TimeSpan.Zero, 100, default));

        Assert.Contains("Moved by a replay", await anonymous.GetStringAsync(url));
        await using var after = Db();
        Assert.False(await after.OutboxMessages.AnyAsync(m => m.DispatchedAt == null));
    }

    [Fact]
    public async Task A_meeting_scheduled_is_recorded_under_its_new_id_in_the_outbox_and_its_trail_in_one_save()
    {
        var clerk = await App.SignedInAs(DemoCouncil.ClerkEmail);
        long before;
        await using (var db = Db()) before = await db.OutboxMessages.MaxAsync(m => (long?)m.Id) ?? 0;

        var meetingId = await ScheduleAsync(clerk, FirstDay);

        await using var after = Db();
        var message = await after.OutboxMessages.SingleAsync(m => m.Id > before);
        Assert.Equal((nameof(MeetingScheduled), nameof(Meeting), meetingId, meetingId), (message.Name, message.Subject, message.SubjectId, message.MeetingId));
        var entry = await after.AuditEntries.SingleAsync(a => a.MeetingId == meetingId);
        Assert.Equal("Scheduled the meeting for Wednesday 9 December 2026, 10am at Council Chamber, County Hall, with the standard items.", entry.What);
        Assert.Equal(message.Summary, entry.What);
    }

    [Fact]
    public async Task Approving_the_previous_minutes_is_recorded_in_each_meetings_trail_from_the_events_each_raised()
    {
        var nextId = await ScheduleAsync(await App.SignedInAs(DemoCouncil.ClerkEmail), NextDay);
        var (clerk, meetingId, itemId) = await HeldMeetingAsync(App);
        AssertDone(await Submit(clerk, $"/clerk/items/{itemId}", "SaveMinutes", new() { ["Input.Minutes"] = "The Director introduced the report." }));
        await MinuteEveryItemAsync(clerk, meetingId);
        AssertDone(await MeetingStep(clerk, meetingId, "NumberMinutes"));
        AssertDone(await MeetingStep(clerk, meetingId, "PublishMinutes"));
        AssertDone(await MeetingStep(clerk, nextId, "Publish"));
        SetClock(NextDay);
        clerk = await App.SignedInAs(DemoCouncil.ClerkEmail);
        AssertDone(await MeetingStep(clerk, nextId, "Held"));
        long before;
        await using (var db = Db()) before = await db.OutboxMessages.MaxAsync(m => (long?)m.Id) ?? 0;

        AssertDone(await MeetingStep(clerk, nextId, "ApprovePrevious", new() { ["Input.SignedBy"] = "Cllr Ann Whitfield" }));

        await using var after = Db();
        var messages = await after.OutboxMessages.Where(m => m.Id > before).OrderBy(m => m.Name).ToListAsync();
        Assert.Equal([(nameof(MinutesApproved), meetingId), (nameof(PreviousMinutesApproved), nextId)], messages.Select(m => (m.Name, m.SubjectId)).ToList());
        Assert.All(messages, m => Assert.NotNull(m.DispatchedAt));
        Assert.Equal("Minutes approved as a correct record at the meeting of Wednesday 6 January 2027 and signed by Cllr Ann Whitfield.",
            await after.AuditEntries.Where(a => a.MeetingId == meetingId).OrderBy(a => a.Id).Select(a => a.What).LastAsync());
        Assert.Equal("Approved the minutes of the meeting of Wednesday 9 December 2026, signed by Cllr Ann Whitfield.",
            await after.AuditEntries.Where(a => a.MeetingId == nextId).OrderBy(a => a.Id).Select(a => a.What).LastAsync());
    }

    [Fact]
    public async Task An_item_taken_off_the_agenda_is_deleted_with_its_removal_recorded()
    {
        var clerk = await App.SignedInAs(DemoCouncil.ClerkEmail);
        var meetingId = await ScheduleAsync(clerk, FirstDay);
        var itemId = await AddItemAsync(clerk, meetingId, "5", "Budget monitoring");
        var page = await clerk.GetStringAsync($"/clerk/meetings/{meetingId}");
        var (address, fields) = FormOn(page, $"/clerk/meetings/{meetingId}", "Remove", new() { ["item"] = itemId.ToString() });
        Assert.Single(fields, f => f.Key == "item"); // posted as the item's own row posts it

        var response = await clerk.PostAsync(address, new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        await using var after = Db();
        Assert.False(await after.AgendaItems.AnyAsync(i => i.Id == itemId));
        Assert.Equal(nameof(ItemRemoved), await after.OutboxMessages.OrderBy(m => m.Id).Select(m => m.Name).LastAsync());
        Assert.Equal("Removed item 5, Budget monitoring.", await after.AuditEntries.Where(a => a.MeetingId == meetingId).OrderBy(a => a.Id).Select(a => a.What).LastAsync());
    }

    /// <summary>Events are kept as JSON and read by consumers that know nothing of the aggregates: each says what happened
    /// in plain values (ids, words, dates), never by holding an aggregate or its parts.</summary>
    [Fact]
    public void Every_council_event_is_made_of_plain_values_and_says_what_happened()
    {
        var events = typeof(CouncilEvent).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(CouncilEvent)) && !t.IsAbstract).ToList();
        Assert.NotEmpty(events);
        foreach (var type in events)
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is null && p.Name != "EqualityContract"))
        {
            var t = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            Assert.True(t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(DateTime) || t == typeof(DateOnly) || t == typeof(TimeOnly),
                $"{type.Name}.{property.Name} is a {property.PropertyType.Name}: an event carries plain values.");
        }
    }
}
