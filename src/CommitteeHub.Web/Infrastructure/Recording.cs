using System.Text.Json;
using CommitteeHub.Data;
using CommitteeHub.Domain;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace CommitteeHub.Web.Infrastructure;

/// <summary>
/// The one path by which a step taken on the council's record is saved. In one transaction: the step itself; the
/// events its aggregates raised, into the outbox; and one audit-trail entry per record it changed (who, when, and the
/// events' summaries). After the commit the events go to their consumers. A change the rules refused never gets here
/// (<see cref="RefusalsAsOutcomes{TMessage,TResponse}"/>); another person's change in between is a conflict, and
/// nothing is saved.
/// </summary>
public sealed class Recording(CouncilDb db, Reader reader, TimeProvider clock, CouncilEventDispatcher dispatcher)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<Outcome> SaveAsync(CancellationToken ct)
    {
        var raised = db.ChangeTracker.Entries<AggregateRoot>().Where(e => e.Entity.Events.Count > 0).ToList();
        if (raised.Count == 0 && db.ChangeTracker.HasChanges())
            throw new InvalidOperationException("A step changed the record without raising an event: it would go unaudited, and the public pages would not be refreshed. Raise an event in the aggregate's method.");

        var now = clock.GetLocalNow().DateTime;
        var messages = new List<OutboxMessage>();
        try
        {
            await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
            // First the step, so that the ids the database gives new records are known to the events that name them.
            await db.SaveChangesAsync(ct);
            foreach (var root in raised)
            {
                var subject = root.Metadata.ClrType.Name;
                var subjectId = (int)root.Property("Id").CurrentValue!;
                var events = root.Entity.Events;
                foreach (var e in events)
                    messages.Add(new OutboxMessage(e.GetType().Name, subject, subjectId, MeetingOf(e, root.Entity, subjectId), now, e.Summary,
                        JsonSerializer.Serialize(e, e.GetType(), Json)));
                foreach (var trail in events.GroupBy(e => MeetingOf(e, root.Entity, subjectId)))
                    db.AuditEntries.Add(new AuditEntry(subject, subjectId, trail.Key, reader.Name, now, string.Join(" ", trail.Select(e => e.Summary))));
            }
            db.OutboxMessages.AddRange(messages);
            await db.SaveChangesAsync(ct);
            if (transaction is not null) await transaction.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome.Conflict;
        }
        var summary = string.Join(" ", raised.SelectMany(r => r.Entity.Events).Select(e => e.Summary));
        foreach (var root in raised) root.Entity.ClearEvents();
        // Saved: the consumers are told even if the reader has gone, so none is cancelled with the request.
        await dispatcher.DispatchAsync(messages, CancellationToken.None);
        return Outcome.Done(summary.Length > 0 ? summary : "Nothing needed changing.");
    }

    private static int? MeetingOf(CouncilEvent e, AggregateRoot root, int rootId) =>
        e.MeetingId ?? (root is Meeting ? rootId : null);
}

/// <summary>Something that must know of the council's events once they are saved. Told at least once: a consumer
/// must bear being told twice (after a crash between telling it and marking the event dispatched).</summary>
public interface ICouncilEventConsumer
{
    Task ConsumeAsync(IReadOnlyList<OutboxMessage> events, CancellationToken ct);
}

/// <summary>Hands saved events to every consumer, then marks them dispatched. A consumer that fails leaves them for
/// <see cref="OutboxSweep"/>, which also picks up what an instance saved but stopped before dispatching.</summary>
public sealed class CouncilEventDispatcher(CouncilDb db, IEnumerable<ICouncilEventConsumer> consumers, ILogger<CouncilEventDispatcher> log)
{
    public async Task DispatchAsync(IReadOnlyList<OutboxMessage> events, CancellationToken ct)
    {
        if (events.Count == 0) return;
        try
        {
            foreach (var consumer in consumers) await consumer.ConsumeAsync(events, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "A consumer failed on events {First} to {Last}; the outbox sweep will try them again", events[0].Id, events[^1].Id);
            return;
        }
        var ids = events.Select(e => e.Id).ToList();
        var at = DateTime.UtcNow;
        await db.OutboxMessages.Where(m => ids.Contains(m.Id)).ExecuteUpdateAsync(s => s.SetProperty(m => m.DispatchedAt, at), ct);
    }

    /// <summary>Dispatches events saved at least <paramref name="age"/> ago and not yet dispatched, oldest first; each
    /// instance takes rows no other is taking (SKIP LOCKED). Answers how many it dispatched.</summary>
    public async Task<int> SweepAsync(TimeSpan age, int batch, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var due = await db.OutboxMessages
            .FromSql($"SELECT * FROM outbox_messages WHERE \"DispatchedAt\" IS NULL AND \"SavedAt\" < now() - {age} ORDER BY \"Id\" LIMIT {batch} FOR UPDATE SKIP LOCKED")
            .AsNoTracking().ToListAsync(ct);
        await DispatchAsync(due, ct);
        await transaction.CommitAsync(ct);
        return due.Count;
    }
}

/// <summary>Every little while, dispatches the events a failed consumer or a stopped instance left behind.</summary>
public sealed class OutboxSweep(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<OutboxSweep> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var every = TimeSpan.FromSeconds(configuration.GetValue("CommitteeHub:Outbox:SweepSeconds", 30));
        using var timer = new PeriodicTimer(every);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var swept = await scope.ServiceProvider.GetRequiredService<CouncilEventDispatcher>().SweepAsync(every, 100, stoppingToken);
                if (swept > 0) log.LogWarning("Dispatched {Count} council events left undispatched", swept);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "The outbox sweep could not run; it will try again");
            }
        }
    }
}

/// <summary>A change to the record must reach the public at once, and an item made exempt must vanish from public
/// pages at once: on any event, the public page cache is emptied.</summary>
public sealed class PublicPageEviction(IOutputCacheStore cache) : ICouncilEventConsumer
{
    public async Task ConsumeAsync(IReadOnlyList<OutboxMessage> events, CancellationToken ct)
    {
        // In this order: a page begun before the change is refused storage, then what is stored is emptied.
        PublicPageCache.Changed();
        await cache.EvictByTagAsync(PublicPageCache.Tag, ct);
    }
}
