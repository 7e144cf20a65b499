using CommitteeHub.Domain;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommitteeHub.Web.Infrastructure;

public enum OutcomeKind { Done, Refused, NotFound, Conflict }

/// <summary>
/// What a command did, the same for every step of every page: done (with what was done, as the page confirms it),
/// refused by a rule (with the rule's message, and the field it is about if there is one), not found, or a conflict
/// with another person's change. One flat record, so that a repeated form's stored answer reads back as it was sent.
/// </summary>
public sealed record Outcome(OutcomeKind Kind, string Message, string? Field = null)
{
    public const string ConflictMessage = "Someone else changed this while you were working on it, so your change was not saved. The page now shows their change: check it and make yours again.";

    public static Outcome Done(string message) => new(OutcomeKind.Done, message);
    public static Outcome Refused(string message, string? field = null) => new(OutcomeKind.Refused, message, field);
    public static readonly Outcome NotFound = new(OutcomeKind.NotFound, "There is no such record.");
    public static readonly Outcome Conflict = new(OutcomeKind.Conflict, ConflictMessage);

    public bool IsDone => Kind == OutcomeKind.Done;

    /// <summary>The id of the record the step created, for a page that goes on to it (a meeting just scheduled).</summary>
    public int? Created { get; init; }
}

/// <summary>A step the rules refuse throws a <see cref="DomainException"/>; for every command that answers with an
/// <see cref="Outcome"/> that becomes a refusal with the rule's message, here, so no handler catches it itself.</summary>
public sealed class RefusalsAsOutcomes<TMessage, TResponse> : IPipelineBehavior<TMessage, TResponse>
    where TMessage : ICommand<TResponse>
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (typeof(TResponse) != typeof(Outcome)) return await next(message, cancellationToken);
        try
        {
            return await next(message, cancellationToken);
        }
        catch (DomainException e)
        {
            return (TResponse)(object)Outcome.Refused(e.Message);
        }
    }
}

/// <summary>How every page answers a command's outcome: done, back to the page's address with the confirmation;
/// refused, the form again with the message (beside its field) and what was typed kept; not found, 404; a conflict,
/// the form again showing the other person's change, with the message.</summary>
public static class OutcomePages
{
    /// <param name="show">Shows the page again; given true after a conflict, when it must show the record as saved
    /// (and its new version) rather than what was typed, or every further save would conflict too.</param>
    public static async Task<IActionResult> AnswerAsync(this PageModel page, Outcome outcome, string doneAddress, Func<bool, Task<IActionResult>> show)
    {
        switch (outcome.Kind)
        {
            case OutcomeKind.Done:
                page.TempData["Done"] = outcome.Message;
                return new RedirectResult(doneAddress);
            case OutcomeKind.NotFound:
                return new NotFoundResult();
            case OutcomeKind.Conflict:
                page.ModelState.Clear();
                page.ModelState.AddModelError(string.Empty, outcome.Message);
                return await show(true);
            default:
                page.ModelState.AddModelError(outcome.Field ?? string.Empty, outcome.Message);
                return await show(false);
        }
    }
}
