using CommitteeHub.Web.Infrastructure;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommitteeHub.Web.Pages;

/// <summary>Every error a person can meet, in plain words: 400 with the reasons, 404, 403, and for a fault of ours a
/// 500 that shows no internals (they go to the log).</summary>
[IgnoreAntiforgeryToken]
public sealed class Error(ILogger<Error> logger) : PageModel
{
    public int Code { get; private set; }
    public IReadOnlyList<string> Reasons { get; private set; } = [];

    public void OnGet(int? code) => Show(code);
    public void OnPost(int? code) => Show(code);

    private void Show(int? code)
    {
        var failure = HttpContext.Features.Get<IExceptionHandlerFeature>();
        if (failure is not null) logger.LogError(failure.Error, "Unhandled error on {Path}", failure.Path);
        Code = failure is not null ? 500 : code is >= 400 and < 600 ? code.Value : 500;
        Reasons = HttpContext.Items[BadInputFilter.ReasonsKey] as IReadOnlyList<string> ?? [];
        Response.StatusCode = Code;
    }
}
