using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;

namespace CommitteeHub.Web.Infrastructure;

/// <summary>
/// A form that cannot be read (a field over the length limit, too many fields, a body over the size limit, a broken
/// multipart body) is the sender's mistake: it is answered 400, or 413 for a body too large, with the reason. The form
/// is read here, before the antiforgery check, which would otherwise meet the same failure and answer 400 with no
/// reason. A refused antiforgery check is given its reason too: no form sent at all, or a form that has expired.
/// </summary>
public sealed class FormReading : IAsyncAuthorizationFilter, IAlwaysRunResultFilter, IOrderedFilter
{
    /// <summary>Before the antiforgery check, whose order for pages is 1000.</summary>
    public int Order => -1000;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (ErrorPages.IsShowingError(http) || !http.Request.HasFormContentType) return;
        try
        {
            await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (InvalidDataException e)
        {
            // The framework's form reader refuses control characters in an encoded form (a multipart one reaches the
            // page, where FieldBinderProvider refuses them field by field), and anything over its limits.
            context.Result = BadInputFilter.BadInput(http, [e.Message.Contains("invalid characters", StringComparison.Ordinal)
                ? "The form could not be read: it holds a control character (such as NUL) that cannot be kept. Remove it and send the form again."
                : e.Message.Contains("limit", StringComparison.Ordinal)
                ? "The form could not be read: a field is longer than the site accepts, or there are too many fields. Go back and shorten what was entered."
                : "The form could not be read: it is damaged. Go back and send it again."]);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            context.Result = BadInputFilter.BadInput(http, ["What was sent is larger than the site accepts. A file to upload must be within its size limit."], e.StatusCode);
        }
        catch (BadHttpRequestException)
        {
            context.Result = BadInputFilter.BadInput(http, ["The form could not be read: it arrived incomplete or damaged. Go back and send it again."]);
        }
    }

    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is not IAntiforgeryValidationFailedResult) return;
        var http = context.HttpContext;
        BadInputFilter.BadInput(http, [http.Request.HasFormContentType
            ? "The form has expired or did not come from this site. Go back, reload the page and send it again."
            : "Nothing was sent as a form: use the form on the page (the details go as application/x-www-form-urlencoded or multipart/form-data)."]);
    }

    public void OnResultExecuted(ResultExecutedContext context) { }
}

public static class ErrorPages
{
    /// <summary>True while the error page is being shown for an earlier failure (a status code or an exception): the
    /// request is the one that failed, re-run, and must not be judged again.</summary>
    public static bool IsShowingError(HttpContext http) =>
        http.Features.Get<IStatusCodeReExecuteFeature>() is not null || http.Features.Get<IExceptionHandlerFeature>() is not null;
}
