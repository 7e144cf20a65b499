using CommitteeHub.Domain;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CommitteeHub.Web.Infrastructure;

public sealed class CouncilOptions
{
    public string Name { get; set; } = "Demo County Council";
    public string? Address { get; set; }
    public string? Email { get; set; }
    public string? Telephone { get; set; }
}

/// <summary>
/// Malformed input in a page's address (a meeting id of "abc", month 13) is answered with 400 and the reason, on the
/// site's own error page, never with a 404 that hides the mistake or a 500.
/// </summary>
public sealed class BadInputFilter : IPageFilter
{
    public const string ReasonsKey = "committeehub:bad-input";

    public void OnPageHandlerSelected(PageHandlerSelectedContext context) { }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        var method = context.HttpContext.Request.Method;
        if (ErrorPages.IsShowingError(context.HttpContext)) return;
        // A step the page does not take (?handler=Nonsense) is a mistake in the request, said plainly; on a page of
        // named steps Razor would otherwise hand it to the page's unnamed handler, as if no step had been named.
        if ((context.HandlerMethod is null || context.HandlerMethod.Name is null && context.ActionDescriptor.HandlerMethods.Any(h => h.Name is not null))
            && (context.RouteData.Values["handler"] ?? context.HttpContext.Request.Query["handler"].FirstOrDefault()) is { } asked
            && asked.ToString() is { Length: > 0 } step)
        {
            context.Result = BadInput(context.HttpContext, [$"\"{FileNames.ForDisplay(step)}\" is not a step this page takes."]);
            return;
        }
        // A page that only reads answers anything else with 405, not by rendering with no data.
        if (context.HandlerMethod is null && !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method))
        {
            context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
            return;
        }
        if (!HttpMethods.IsGet(method) || context.ModelState.IsValid) return;
        context.Result = BadInput(context.HttpContext,
            context.ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).Distinct());
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context) { }

    /// <summary>Answers with the status (400 unless another is given) and the reasons, shown on the site's error page.</summary>
    public static IActionResult BadInput(HttpContext http, IEnumerable<string> reasons, int status = StatusCodes.Status400BadRequest)
    {
        http.Items[ReasonsKey] = reasons.Where(r => !string.IsNullOrWhiteSpace(r)).ToList();
        return new StatusCodeResult(status);
    }
}

public static class SecurityHeaders
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'";
        await next();
    });
}

/// <summary>How the council writes dates and times: "Friday 7 June 2019", "10am", "10.30am".</summary>
public static class Format
{
    public static string Day(DateTime d) => CouncilDates.Day(d);
    public static string Day(DateOnly d) => CouncilDates.Day(d);
    public static string ShortDay(DateTime d) => d.ToString("d MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
    public static string Time(DateTime d) => CouncilDates.Time(d);
    public static string When(DateTime d) => CouncilDates.When(d);
    public static string Iso(DateTime d) => d.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"a, b and c": a list as a sentence reads.</summary>
    public static string List(IReadOnlyList<string> parts, string separator = ", ") =>
        parts.Count <= 1 ? string.Concat(parts) : string.Join(separator, parts.Take(parts.Count - 1)) + " and " + parts[^1];
}

/// <summary>The council's clock: the real time, read in the UK's time zone whatever the server's own is.</summary>
public sealed class CouncilClock : TimeProvider
{
    private static readonly TimeZoneInfo Uk = FindUk();

    public override TimeZoneInfo LocalTimeZone => Uk;

    private static TimeZoneInfo FindUk()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Europe/London"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.Utc; }
    }
}

/// <summary>The page cache. Every command that changes the council's records evicts it, so no reader ever sees a page
/// older than the change. The public share one copy of each page; a signed-in reader has copies of their own, of the
/// reading pages only (<see cref="ReadingPageAttribute"/>).</summary>
public static class PublicPageCache
{
    public const string Tag = "public-pages";

    private static long _generation;

    /// <summary>Counts the changes to the record; a page rendered across a change is not kept.</summary>
    public static long Generation => Interlocked.Read(ref _generation);

    /// <summary>Called after a change is saved and before the cache is emptied.</summary>
    public static void Changed() => Interlocked.Increment(ref _generation);

    /// <summary>
    /// A page whose rendering began before a change was saved may show the record as it was; if it were stored after
    /// the cache was emptied, the public would see the old page (an item made exempt, say) until it expired. So a
    /// response is kept only if no change was saved while it was being made. One instance only: several instances
    /// behind a load balancer would need the count and the cache in a shared store.
    /// </summary>
    public sealed class GenerationCheck : IOutputCachePolicy
    {
        private const string Started = "committeehub:cache-generation";

        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            context.HttpContext.Items[Started] = Generation;
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            if (context.HttpContext.Items[Started] is not long started || started != Generation) context.AllowCacheStorage = false;
            return ValueTask.CompletedTask;
        }
    }
}

/// <summary>
/// A page of the record (committees, meetings, items, papers, decisions, councillors), which a signed-in reader reads
/// as the public do, with what their seats open to them. Such a page carries no form with a token of its own (the
/// header's "Sign out" is a link, to a page that is not kept), so a copy can be kept for each signed-in reader and
/// served to that reader alone until the next change to the record. Workflow pages (the clerk's, tabling,
/// signing in and out) are never kept for anyone.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ReadingPageAttribute : Attribute;

/// <summary>
/// Keeps a signed-in reader's own copy of a reading page: the cache key names the reader (their account), so one
/// reader's copy, with what their seats open to them, is never served to another or to the public. A response
/// marked not to be stored (the antiforgery system marks any page that issues a form token so) is not kept, whatever
/// the page says of itself.
/// </summary>
public sealed class ReaderCopies : IOutputCachePolicy
{
    private const string Reader = "reader";
    private const string Encoding = "encoding";
    private const string Kept = "committeehub:reader-copy";

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        if (http.User.Identity?.IsAuthenticated != true)
        {
            context.CacheVaryByRules.VaryByValues[Reader] = "public";
            // The public's copies are kept as sent, compressed (Program.cs), so a copy served costs no compressing:
            // one copy for each encoding the compression would answer in, never one client's to another that cannot read it.
            var compression = http.RequestServices.GetRequiredService<Microsoft.AspNetCore.ResponseCompression.IResponseCompressionProvider>();
            context.CacheVaryByRules.VaryByValues[Encoding] = compression.CheckRequestAcceptsCompression(http)
                ? compression.GetCompressionProvider(http)?.EncodingName ?? "identity"
                : "identity";
            return ValueTask.CompletedTask;
        }
        var account = http.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
        if (account is null || http.GetEndpoint()?.Metadata.GetMetadata<ReadingPageAttribute>() is null
            || !(HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))) return ValueTask.CompletedTask;
        context.EnableOutputCaching = context.AllowCacheLookup = context.AllowCacheStorage = context.AllowLocking = true;
        context.CacheVaryByRules.VaryByValues[Reader] = "account:" + account;
        http.Items[Kept] = true;
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.Headers.CacheControl.ToString().Contains("no-store", StringComparison.OrdinalIgnoreCase))
            context.AllowCacheStorage = false;
        // The framework's default refuses every signed-in response; a reader's copy of a reading page is kept on the
        // default's own terms otherwise: a whole page (200) that sets no cookie.
        else if (context.HttpContext.Items.ContainsKey(Kept))
            context.AllowCacheStorage = response.StatusCode == StatusCodes.Status200OK && Microsoft.Extensions.Primitives.StringValues.IsNullOrEmpty(response.Headers.SetCookie);
        return ValueTask.CompletedTask;
    }
}

/// <summary>Static files: one whose address carries its content's version (<c>site.css?v=...</c>, from
/// asp-append-version) never changes at that address, so it is kept a year; the rest (the favicon) a day.</summary>
public static class StaticFileCaching
{
    public static void Apply(Microsoft.AspNetCore.StaticFiles.StaticFileResponseContext context) =>
        context.Context.Response.Headers.CacheControl = context.Context.Request.Query.ContainsKey("v")
            ? "public, max-age=31536000, immutable"
            : "public, max-age=86400";
}

/// <summary>Compresses the public's responses and static files, never a signed-in reader's (see Program.cs).</summary>
public sealed class PublicResponseCompression(IServiceProvider services, Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.ResponseCompression.ResponseCompressionOptions> options)
    : Microsoft.AspNetCore.ResponseCompression.ResponseCompressionProvider(services, options)
{
    public override bool ShouldCompressResponse(HttpContext context) =>
        context.User.Identity?.IsAuthenticated != true && !context.Request.Path.StartsWithSegments("/account") && base.ShouldCompressResponse(context);
}
