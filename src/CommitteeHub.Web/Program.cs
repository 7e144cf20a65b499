using CommitteeHub.Data;
using CommitteeHub.Domain;
using CommitteeHub.Web.Api;
using CommitteeHub.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSingleton<TimeProvider>(new CouncilClock());
builder.Services.Configure<CouncilOptions>(builder.Configuration.GetSection("CommitteeHub:Council"));
builder.Services.Configure<CommitteeHub.Documents.Papers.UploadLimits>(builder.Configuration.GetSection("CommitteeHub:Uploads"));
builder.Services.AddSingleton<DatabaseEndpoint>();
builder.Services.AddDbContextPool<CouncilDb>((services, options) => options.UseNpgsql(
    services.GetRequiredService<DatabaseEndpoint>().ConnectionString,
    npgsql => npgsql.MigrationsAssembly(CouncilDb.MigrationsAssembly)));

builder.Services.AddIdentity<StaffUser, IdentityRole>(o =>
    {
        o.Password.RequiredLength = 12;
        o.Lockout.MaxFailedAccessAttempts = 10;
        o.User.RequireUniqueEmail = true;
    })
    .AddEntityFrameworkStores<CouncilDb>()
    .AddClaimsPrincipalFactory<StaffClaimsFactory>()
    .AddDefaultTokenProviders();
builder.Services.ConfigureApplicationCookie(o =>
{
    o.LoginPath = "/account/sign-in";
    o.LogoutPath = "/account/sign-out";
    o.AccessDeniedPath = "/account/access-denied";
    o.Cookie.Name = "committeehub";
    o.Cookie.SameSite = SameSiteMode.Lax;
});

builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<Reader>();
builder.Services.AddScoped<CommitteeHub.Web.Pages.Papers.PaperSources>();
builder.Services.AddScoped<CommitteeHub.Web.Pages.Papers.PaperArchive>();
builder.Services.AddMediator((MediatorOptions o) =>
{
    o.ServiceLifetime = ServiceLifetime.Scoped;
    o.PipelineBehaviors = [typeof(PublicPageEviction<,>)];
});
builder.Services.AddSingleton(builder.Configuration.GetSection("CommitteeHub:Procedure").Get<ProcedureRules>() ?? new ProcedureRules());
builder.Services.AddSingleton(builder.Configuration.GetSection("CommitteeHub:Executive").Get<ExecutiveRules>() ?? new ExecutiveRules());
builder.Services.AddSingleton(CouncilTemplates.Load(builder.Configuration, builder.Environment));
builder.Services.AddSingleton(new WorkingCalendar(builder.Configuration.GetSection("CommitteeHub:ExtraBankHolidays").Get<DateOnly[]>()));
builder.Services.AddRazorPages(o =>
    {
        o.Conventions.ConfigureFilter(new BadInputFilter());
    })
    .AddMvcOptions(o =>
    {
        o.ModelBindingMessageProvider.SetAttemptedValueIsInvalidAccessor((value, field) => $"\"{value}\" is not a valid {field}.");
        o.ModelBindingMessageProvider.SetNonPropertyAttemptedValueIsInvalidAccessor(value =>
            $"\"{value}\" is not a valid reference here: this part of the address must be a whole number, such as 12.");
    });
builder.Services.AddRouting(o => o.LowercaseUrls = true);
// Public pages are cached for the public (never for a signed-in reader, who may see exempt papers) and evicted
// whenever a command changes anything; the minute's expiry covers what time itself changes ("forthcoming").
builder.Services.AddOutputCache(o =>
{
    o.AddBasePolicy(p => p.Expire(TimeSpan.FromMinutes(1)).Tag(PublicPageCache.Tag));
    o.AddBasePolicy(new PublicPageCache.GenerationCheck());
});

builder.Services.Configure<DiffOptions>(builder.Configuration.GetSection("CommitteeHub:Diff"));
builder.Services.AddRateLimiter(o =>
{
    o.AddPolicy<string, DiffRateLimit>(DiffRateLimit.Policy);
});

var app = builder.Build();

await app.PrepareDatabaseAsync();

app.UseExceptionHandler("/error");
app.UseStatusCodePagesWithReExecute("/error/{0}");
app.UseSecurityHeaders();
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
// After authentication, so that a policy can tell a signed-in reader from the public.
app.UseRateLimiter();
if (app.Configuration.GetValue("CommitteeHub:CachePublicPages", true)) app.UseOutputCache();
app.MapRazorPages();
app.MapDiffApi();

app.Run();

/// <summary>The entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
