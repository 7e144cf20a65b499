using CommitteeHub.Data;
using CommitteeHub.Domain;
using CommitteeHub.Web.Api;
using CommitteeHub.Web.Infrastructure;
using CommitteeHub.Web.Pages.Site;
using Mediator;
using Microsoft.EntityFrameworkCore;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSingleton<TimeProvider>(new CouncilClock());
builder.Services.Configure<CouncilOptions>(builder.Configuration.GetSection("CommitteeHub:Council"));
builder.Services.Configure<CommitteeHub.Documents.Papers.UploadLimits>(builder.Configuration.GetSection("CommitteeHub:Uploads"));
builder.Services.AddSingleton<DatabaseEndpoint>();
// A query that joins several collections in one (a motion's amendments and their votes) multiplies its rows: it must
// say AsSplitQuery, or project. With CommitteeHub:StrictQueries (the tests set it) one that does not fails, rather than
// slowing a page at a county's size; a running council's site only logs it, and never answers a reader with an error for it.
var strictQueries = builder.Configuration.GetValue("CommitteeHub:StrictQueries", false);
builder.Services.AddDbContextPool<CouncilDb>((services, options) => options.UseNpgsql(
    services.GetRequiredService<DatabaseEndpoint>().ConnectionString,
    npgsql => npgsql.MigrationsAssembly(CouncilDb.MigrationsAssembly))
    .ConfigureWarnings(w =>
    {
        if (strictQueries) w.Throw(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.MultipleCollectionIncludeWarning);
    }));

builder.Services.AddCouncilAccounts(builder.Configuration);
builder.Services.AddTrustedProxies(builder.Configuration);
// Throttles, each a named policy partitioned by client address (or account); add another here with o.AddPolicy.
builder.Services.AddRateLimiter(o =>
{
    o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
    o.AddPolicy<string, SignInThrottle>(Throttles.SignIn);
    o.AddPolicy<string, DiffRateLimit>(DiffRateLimit.Policy);
});
builder.Services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));

builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<Reader>();
builder.Services.AddScoped<CommitteeHub.Web.Pages.Papers.PaperSources>();
builder.Services.AddScoped<CommitteeHub.Web.Pages.Papers.PaperArchive>();
builder.Services.AddMediator((MediatorOptions o) =>
{
    o.ServiceLifetime = ServiceLifetime.Scoped;
    // Outermost first: a repeated form waits for and gets the first answer; a command refused by a unique constraint is
    // run again (re-recording its form's token); a step the rules refuse is answered with the rule's message.
    o.PipelineBehaviors = [typeof(OncePerForm<,>), typeof(RetryAfterUniqueViolation<,>), typeof(RefusalsAsOutcomes<,>)];
});
// Steps are saved by Recording, which writes their events to the outbox; the consumers hear of them once saved.
builder.Services.AddScoped<Recording>();
builder.Services.AddScoped<CouncilEventDispatcher>();
builder.Services.AddScoped<ICouncilEventConsumer, PublicPageEviction>();
builder.Services.AddHostedService<OutboxSweep>();
builder.Services.AddSingleton(builder.Configuration.GetSection("CommitteeHub:Procedure").Get<ProcedureRules>() ?? new ProcedureRules());
builder.Services.AddSingleton(builder.Configuration.GetSection("CommitteeHub:Executive").Get<ExecutiveRules>() ?? new ExecutiveRules());
builder.Services.AddSingleton(services => CouncilTemplates.Load(builder.Configuration, builder.Environment, services.GetRequiredService<ILogger<CouncilTemplates>>()));
builder.Services.AddSingleton(new WorkingCalendar(builder.Configuration.GetSection("CommitteeHub:ExtraBankHolidays").Get<DateOnly[]>()));
builder.Services.AddRazorPages(o =>
    {
        // "/meetings" is the meetings of this month, as the calendar lists them.
        o.Conventions.AddPageRoute("/Meetings/Calendar", "meetings");
        o.Conventions.ConfigureFilter(new BadInputFilter());
        o.Conventions.ConfigureFilter(new FormReading());
    })
    .AddMvcOptions(o =>
    {
        o.ModelBinderProviders.Insert(0, new FieldBinderProvider());
        o.ModelBindingMessageProvider.SetAttemptedValueIsInvalidAccessor((value, field) => $"\"{value}\" is not a valid {field}.");
        o.ModelBindingMessageProvider.SetNonPropertyAttemptedValueIsInvalidAccessor(value =>
            $"\"{value}\" is not a valid reference here: this part of the address must be a whole number, such as 12.");
    });
builder.Services.AddRouting(o => o.LowercaseUrls = true);
builder.Services.AddResponseCompression(o =>
{
    // Also over HTTPS; but never a signed-in reader's pages, which carry their session's secrets beside text a third
    // party could put there (BREACH): the public's pages and the static files are what is worth compressing.
    o.EnableForHttps = true;
    o.Providers.Add<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProvider>();
    o.Providers.Add<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProvider>();
    o.MimeTypes = Microsoft.AspNetCore.ResponseCompression.ResponseCompressionDefaults.MimeTypes.Concat(["image/svg+xml"]);
});
builder.Services.AddSingleton<Microsoft.AspNetCore.ResponseCompression.IResponseCompressionProvider, PublicResponseCompression>();
builder.Services.Configure<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
builder.Services.Configure<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
// Pages are cached: one copy for the public, and a signed-in reader's own copy of the reading pages (never shared,
// since their seats may open exempt papers to them); all evicted whenever a command changes anything. The minute's
// expiry covers what time itself changes ("forthcoming").
builder.Services.AddOutputCache(o =>
{
    o.AddBasePolicy(p => p.Expire(TimeSpan.FromMinutes(1)).Tag(PublicPageCache.Tag));
    o.AddBasePolicy(new ReaderCopies());
    o.AddBasePolicy(new PublicPageCache.GenerationCheck());
});

builder.Services.Configure<DiffOptions>(builder.Configuration.GetSection("CommitteeHub:Diff"));

var app = builder.Build();

try
{
    await app.PrepareDatabaseAsync();
}
catch (DataFolderInUseException e)
{
    // Not a fault to trace: a second ./run.sh on the folder of one already running. Say so, and leave the first alone.
    Console.Error.WriteLine(e.Message);
    return 1;
}

app.UseForwardedHeaders();
app.UseExceptionHandler("/error");
app.UseStatusCodePagesWithReExecute("/error/{0}");
app.UseHsts(); // only on HTTPS requests, and never for localhost; after the error handler, so error pages carry it too
app.UseSecurityHeaders();
app.UseResponseCompression();
app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = StaticFileCaching.Apply });
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
// After authentication, so that a policy can tell a signed-in reader from the public.
app.UseRateLimiter();
if (app.Configuration.GetValue("CommitteeHub:CachePublicPages", true))
{
    app.UseOutputCache();
    // Inside the cache too, so a page is kept compressed, as sent, and a copy served is not compressed again (the
    // outer compression then leaves it be, seeing it encoded); the copies vary by encoding (ReaderCopies).
    app.UseResponseCompression();
}
app.MapRazorPages();
app.MapDiffApi();
app.MapSiteFiles();

app.Run();
return 0;

/// <summary>The entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
