using CommitteeHub.Web.Infrastructure;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommitteeHub.Web.Pages;

/// <summary>Every error a person can meet, in plain words: 400 with the reasons, 404, 403, and for a fault of ours a
/// 500 that shows no internals (they go to the log).</summary>
/// <remarks>The page is shown again for the request that failed, with that request's method (POST, PUT, anything)
/// and body, which may be the very form that could not be read. So it has no handler methods and binds nothing: it
/// reads only the code in its address, and answers every method alike.</remarks>
[IgnoreAntiforgeryToken]
public sealed class Error(ILogger<Error> logger) : PageModel
{
    public int Code { get; private set; }
    public IReadOnlyList<string> Reasons { get; private set; } = [];

    [NonHandler] // not a handler for a method named "PageHandlerExecuting": Razor Pages takes any public On... method for one
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        var failure = HttpContext.Features.Get<IExceptionHandlerFeature>();
        if (failure is not null) logger.LogError(failure.Error, "Unhandled error on {Path}", failure.Path);
        // The database out of reach (stopped, restarting, the network down) is not a fault in the page: it is the
        // service briefly unavailable, and the reader may try again shortly.
        if (failure is not null && DatabaseUnavailable(failure.Error)) Response.Headers.RetryAfter = "30";
        // Only an error that happened has a page: /error/500 or /error/abc asked for directly is a page not found.
        Code = failure is not null ? (DatabaseUnavailable(failure.Error) ? 503 : 500)
            : HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is { OriginalStatusCode: >= 400 and < 600 and var code } ? code
            : 404;
        Reasons = HttpContext.Items[BadInputFilter.ReasonsKey] as IReadOnlyList<string> ?? [];
        Response.StatusCode = Code;
    }

    private static bool DatabaseUnavailable(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is Npgsql.NpgsqlException { IsTransient: true }) return true;
        return false;
    }
}
