using CommitteeHub.Data;
using Mediator;
using Npgsql;

namespace CommitteeHub.Web.Infrastructure;

/// <summary>
/// Two clerks doing the same thing at once (each adding item 8 to the same agenda) both pass the command's own check,
/// and the database's unique constraint refuses the second when it saves, or for a deferred constraint when it commits.
/// Rather than a server error, the refused command is run again from the start on a fresh view of the records: its own
/// check now sees the first clerk's change and answers with its usual message ("This agenda already has an item 8").
/// So every command gets the message its pre-check gives, in one place, with no message written per constraint.
/// </summary>
public sealed class RetryAfterUniqueViolation<TMessage, TResponse>(CouncilDb db) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : ICommand<TResponse>
{
    /// <summary>Each run sees everything committed before it, so a clash on every run means either more clerks at once
    /// than this or a command that breaks the constraint by itself: that fault of ours is left to surface.</summary>
    private const int Runs = 5;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        for (var run = 1; ; run++)
        {
            try
            {
                return await next(message, cancellationToken);
            }
            catch (Exception e) when (run < Runs && IsUniqueViolation(e))
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>A unique violation raised by a statement (wrapped by EF Core) or at commit by a deferred constraint
    /// (not wrapped).</summary>
    public static bool IsUniqueViolation(Exception e) =>
        (e as PostgresException ?? e.InnerException as PostgresException) is { SqlState: PostgresErrorCodes.UniqueViolation };
}
