using System.Text.Json;
using CommitteeHub.Data;
using Mediator;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace CommitteeHub.Web.Infrastructure;

/// <summary>
/// Every command sent from a form is acted on once per showing of the form. Each form carries a token made when it
/// was shown (<see cref="SubmissionTokenTagHelper"/>); the first request with that token runs the command and records
/// the token and the answer in the command's own transaction; a repeat (a double click, a retry, a second tab) waits
/// for the first to finish and gets the same answer, so the page redirects to the same place and nothing is created
/// twice. A form sent without a token (or with one that is not a token) is acted on as before: every form the app
/// shows carries one, so only hand-made requests lack it, and refusing them would gain nothing.
/// </summary>
public sealed class OncePerForm<TMessage, TResponse>(IHttpContextAccessor http, CouncilDb db, TimeProvider clock)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : ICommand<TResponse>
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (await SubmissionToken.ReadAsync(http.HttpContext, cancellationToken) is not { } token) return await next(message, cancellationToken);
        var command = $"{typeof(TMessage).FullName}:{SubmissionToken.Step(http.HttpContext!)}";

        // Requests with one token take turns, across every instance of the app: a transaction-scoped advisory lock on
        // a connection of its own, released when the transaction ends, however the request ends. (A clone keeps the
        // password, which an opened connection's string no longer shows.)
        var own = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var gate = own.CloneWith(own.ConnectionString);
        await gate.OpenAsync(cancellationToken);
        await using var turn = await gate.BeginTransactionAsync(cancellationToken);
        await using (var wait = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", gate, turn))
        {
            wait.Parameters.AddWithValue("key", BitConverter.ToInt64(token.ToByteArray()));
            await wait.ExecuteNonQueryAsync(cancellationToken);
        }

        var earlier = await db.Submissions.AsNoTracking().FirstOrDefaultAsync(s => s.Token == token && s.Command == command, cancellationToken);
        if (earlier is { Answer: { } answer }) return JsonSerializer.Deserialize<TResponse>(answer)!;
        // Saved but not answered means the first request died between its two writes: act as if there were no token.
        if (earlier is not null) return await next(message, cancellationToken);

        // The token is saved by the command's own SaveChanges, in its transaction; a command that saves nothing (it
        // refused) leaves the token unused, so the corrected form can be sent again.
        var now = clock.GetLocalNow().DateTime;
        // A token is kept a week, far longer than any retry or forgotten tab, so the table stays small.
        await db.Submissions.Where(s => s.At < now.AddDays(-7)).ExecuteDeleteAsync(cancellationToken);
        var submission = new Submission(token, command, now);
        void Record(object? sender, SavingChangesEventArgs e)
        {
            if (db.Entry(submission).State == EntityState.Detached) db.Submissions.Add(submission);
        }
        db.SavingChanges += Record;
        TResponse response;
        try
        {
            response = await next(message, cancellationToken);
        }
        finally
        {
            db.SavingChanges -= Record;
        }
        var entry = db.Entry(submission);
        if (entry.State == EntityState.Unchanged)
            await db.Submissions.Where(s => s.Token == token && s.Command == command).ExecuteUpdateAsync(s => s
                .SetProperty(x => x.Answer, JsonSerializer.Serialize(response)), cancellationToken);
        else if (entry.State == EntityState.Added) entry.State = EntityState.Detached; // its save failed: not sent yet
        return response;
    }
}

public static class SubmissionToken
{
    public const string Field = "SubmissionId";

    public static async Task<Guid?> ReadAsync(HttpContext? context, CancellationToken ct)
    {
        if (context?.Request is not { HasFormContentType: true } request) return null;
        try
        {
            var form = await request.ReadFormAsync(ct);
            return Guid.TryParse(form[Field].ToString(), out var token) && token != Guid.Empty ? token : null;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            return null;
        }
    }

    /// <summary>The step the form's button asked for (a page's named handler, or a "step" field): one form may offer
    /// several, each acted on once.</summary>
    public static string Step(HttpContext context)
    {
        var step = context.GetRouteValue("handler")?.ToString() ?? context.Request.Query["handler"].ToString();
        if (step.Length == 0 && context.Request.HasFormContentType) step = context.Request.Form["step"].ToString();
        if (step.Length == 0) step = context.Request.Query["step"].ToString();
        // Steps are words; whatever else a hand-made request sends (a NUL, say) must not reach the database.
        return new string(step.Where(char.IsAsciiLetterOrDigit).Take(60).ToArray());
    }
}

/// <summary>Puts a fresh token into every form that posts, as the antiforgery token is put in: no page can forget it.</summary>
[HtmlTargetElement("form", Attributes = "method")]
public sealed class SubmissionTokenTagHelper : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (!string.Equals(context.AllAttributes["method"]?.Value?.ToString(), "post", StringComparison.OrdinalIgnoreCase)) return;
        output.PostContent.AppendHtml($"<input type=\"hidden\" name=\"{SubmissionToken.Field}\" value=\"{Guid.NewGuid()}\">");
    }
}
