using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using AngleSharp.Html.Parser;
using Xunit.Abstractions;

namespace CommitteeHub.Tests.Security;

/// <summary>Something a role was served that it may not read.</summary>
public sealed record Leak(Role Role, string Url, int Status, Forbidden What);

/// <summary>
/// Asks the app for every address it serves, filled with every id there is, as each role, and reads everything it
/// answers (HTML, PDF, files) for the sentences that role may not read. Pages' links are followed too (same site only,
/// a bounded number), so an address no route names is not missed. Kept papers are read last, so that those the crawl
/// had printed are read back as every role.
/// </summary>
public sealed partial class Crawler(IReadOnlyList<Route> routes, Oracle oracle, IReadOnlyList<(Role Role, HttpClient Client)> readers, ITestOutputHelper output)
{
    /// <summary>Links followed beyond the addresses built from routes, per role: enough to reach what pages link to.</summary>
    public int MaxFollowedLinks { get; init; } = 300;

    private static readonly HtmlParser Parser = new();
    private readonly ConcurrentDictionary<string, HashSet<string>> _fileWindows = new();
    private readonly ConcurrentDictionary<(string Role, string Url, string Sentence), Leak> _leaks = new();
    private readonly ConcurrentDictionary<(string Role, string Watched), ConcurrentBag<string>> _seen = new();
    private readonly Dictionary<string, string> _watchWindows = [];
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, int>> _statuses = new();
    private readonly ConcurrentDictionary<string, int> _requests = new();
    private readonly ConcurrentBag<string> _unreadable = [];
    private readonly ConcurrentBag<string> _serverErrors = [];
    private readonly ConcurrentDictionary<string, (int Count, double Seconds)> _timeByShape = new();
    private int _pdfsRead;

    public IReadOnlyCollection<Leak> Leaks => _leaks.Values.ToList();
    /// <summary>Addresses the crawler could not build because it knows no ids for one of their parameters.</summary>
    public HashSet<string> Unfillable { get; } = [];
    /// <summary>Query parameters read by a handler that the crawler leaves at their default.</summary>
    public HashSet<string> QueryLeftAtDefault { get; } = [];
    public IReadOnlyCollection<string> Unreadable => _unreadable;

    /// <summary>Records where each role was shown this sentence: the positive controls, so a blind crawler fails.</summary>
    public void Watch(string sentence)
    {
        foreach (var w in Sentences.Windows(sentence)) _watchWindows.TryAdd(w, sentence);
    }

    /// <summary>The addresses at which the role was shown the watched sentence.</summary>
    public IReadOnlyCollection<string> WhereSeen(Role role, string sentence) =>
        _seen.TryGetValue((role.Name, sentence), out var urls) ? urls.Distinct().ToList() : [];

    public async Task RunAsync(Ids ids, Func<Task<long>> keptPapers)
    {
        var clock = Stopwatch.StartNew();
        var forbidden = readers.ToDictionary(r => r.Role.Name, r => oracle.ForbiddenFor(r.Role));
        var addresses = routes.Where(r => !KeptPaper(r)).SelectMany(r => Addresses(r, ids)).Distinct().ToList();
        var visited = readers.ToDictionary(r => r.Role.Name, _ => new HashSet<string>());
        await Task.WhenAll(readers.Select(async r =>
        {
            var links = new Queue<string>();
            foreach (var url in addresses) await VisitAsync(r.Role, r.Client, url, forbidden[r.Role.Name].Windows, visited[r.Role.Name], links);
            for (var followed = 0; followed < MaxFollowedLinks && links.TryDequeue(out var link); followed++)
                await VisitAsync(r.Role, r.Client, link, forbidden[r.Role.Name].Windows, visited[r.Role.Name], links);
        }));
        var withKept = ids.WithKeptPapers(await keptPapers());
        var kept = routes.Where(KeptPaper).SelectMany(r => Addresses(r, withKept)).ToList();
        await Task.WhenAll(readers.Select(async r =>
        {
            foreach (var url in kept) await VisitAsync(r.Role, r.Client, url, forbidden[r.Role.Name].Windows, visited[r.Role.Name], new Queue<string>());
        }));

        output.WriteLine($"Leak crawl in {clock.Elapsed.TotalSeconds:0.0} s");
        output.WriteLine($"Routes ({routes.Count}): {string.Join(", ", routes.Select(r => r.Template))}");
        output.WriteLine($"Ids: {withKept.Figures}");
        output.WriteLine($"Addresses built from routes: {addresses.Count + kept.Count} ({kept.Count} kept papers)");
        foreach (var (role, _) in readers)
            output.WriteLine($"  {role}: {_requests.GetValueOrDefault(role.Name)} requests; statuses " +
                string.Join(", ", _statuses.GetValueOrDefault(role.Name, new()).OrderBy(s => s.Key).Select(s => $"{s.Key} × {s.Value}")) +
                $"; forbidden sentences {forbidden[role.Name].Sentences} ({forbidden[role.Name].Windows.Count} windows of {Sentences.WindowSize} words)");
        output.WriteLine($"PDFs and files read: {_pdfsRead} distinct");
        output.WriteLine("Slowest kinds of address (requests, seconds fetching and reading, all roles): " + string.Join("; ",
            _timeByShape.OrderByDescending(t => t.Value.Seconds).Take(8).Select(t => $"{t.Key} {t.Value.Count} {t.Value.Seconds:0.0}")));
        foreach (var error in _serverErrors.Order()) output.WriteLine($"  Server error (not a leak; for the robustness work): {error}");
        if (QueryLeftAtDefault.Count > 0) output.WriteLine($"Query parameters left at their default: {string.Join(", ", QueryLeftAtDefault.Order())}");
        output.WriteLine($"Leaks: {_leaks.Count}");
        foreach (var leak in Leaks.OrderBy(l => l.Role.Name).ThenBy(l => l.Url)) output.WriteLine("  " + Describe(leak));
    }

    public static string Describe(Leak l) =>
        $"LEAK to {l.Role}: {l.Url} ({l.Status}) shows \"{l.What.Sentence}\" from {l.What.Source}, which {l.Role} may not read: {l.What.Why}.";

    private static bool KeptPaper(Route r) =>
        r.Pattern.Parameters.Any(p => Routes.NounsBefore(r.Pattern, p.Name).Noun == "papers" && Routes.NounsBefore(r.Pattern, p.Name).TwoNouns == "papers");

    /// <summary>Every address of a route: each parameter filled with every value there is, then each GET handler's
    /// query parameters with each of theirs.</summary>
    private IEnumerable<string> Addresses(Route route, Ids ids)
    {
        List<Dictionary<string, string?>> bindings = [new()];
        foreach (var p in route.Pattern.Parameters)
        {
            if (p.Name == "month") continue; // filled with its year
            IEnumerable<Dictionary<string, string?>> Values(Dictionary<string, string?> b)
            {
                IEnumerable<Dictionary<string, string?>> With(IEnumerable<string?> values) =>
                    (p.IsOptional ? values.Prepend(null).Distinct() : values).Select(v => new Dictionary<string, string?>(b) { [p.Name] = v });
                switch (p.Name)
                {
                    case "handler": return With(route.QueryByHandler.Keys.Where(k => k != "").Cast<string?>());
                    case "paper": return With(Ids.Papers);
                    case "code": return With(["404"]);
                    case "year":
                        var months = ids.Months.Select(m => new Dictionary<string, string?>(b) { ["year"] = m.Year.ToString(), ["month"] = m.Month.ToString() });
                        return p.IsOptional ? months.Prepend(new Dictionary<string, string?>(b) { ["year"] = null, ["month"] = null }) : months;
                    default:
                        var (noun, twoNouns) = Routes.NounsBefore(route.Pattern, p.Name);
                        if (ids.ForNoun(noun, twoNouns, route.IsPdf) is { } known) return With(known);
                        lock (Unfillable) Unfillable.Add($"{route.Template}: {{{p.Name}}} after \"{noun}\"");
                        return [];
                }
            }
            bindings = bindings.SelectMany(Values).ToList();
        }
        foreach (var b in bindings)
        {
            var path = Routes.Address(route.Pattern, b);
            yield return path;
            var handler = b.GetValueOrDefault("handler") ?? "";
            foreach (var q in route.QueryByHandler.GetValueOrDefault(handler, []))
            {
                IEnumerable<string>? values = q switch
                {
                    "edition" => Ids.Editions,
                    "number" when int.TryParse(b.GetValueOrDefault("id"), out var document) => ids.Revisions.GetValueOrDefault(document, []).Select(v => v.ToString()),
                    "number" => [],
                    // A search is asked for the watched sentences' rarest words, so that it is tempted to give them away.
                    "q" or "query" or "search" or "term" => _watchWindows.Values.Distinct()
                        .Select(w => string.Join(' ', Sentences.Words(w).OrderByDescending(x => x.Length).Take(3))),
                    _ => null,
                };
                if (values is null) lock (QueryLeftAtDefault) QueryLeftAtDefault.Add($"{route.Template}?{q}");
                foreach (var v in values ?? []) yield return $"{path}?{q}={Uri.EscapeDataString(v)}";
            }
        }
    }

    private async Task VisitAsync(Role role, HttpClient client, string url, IReadOnlyDictionary<string, Forbidden> forbidden, HashSet<string> visited, Queue<string> links)
    {
        if (!visited.Add(url)) return;
        _requests.AddOrUpdate(role.Name, 1, (_, n) => n + 1);
        var started = Stopwatch.GetTimestamp();
        using var response = await client.GetAsync(url);
        var status = (int)response.StatusCode;
        if (status >= 500) _serverErrors.Add($"{role}: {url} answered {status}");
        _statuses.GetOrAdd(role.Name, _ => new()).AddOrUpdate(status.ToString(), 1, (_, n) => n + 1);
        var content = await response.Content.ReadAsByteArrayAsync();
        var kind = Extract.KindOf(response.Content.Headers.ContentType?.MediaType, response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        if (content.Length == 0 || kind == Extract.Kind.Binary) return;

        HashSet<string> windows;
        if (kind == Extract.Kind.Html)
        {
            var page = Parser.ParseDocument(System.Text.Encoding.UTF8.GetString(content));
            windows = Sentences.Windows(Extract.Html(page)).ToHashSet();
            foreach (var link in Links(page, client.BaseAddress!)) if (!visited.Contains(link)) links.Enqueue(link);
        }
        else
        {
            // The same paper is often served to several roles: read it once.
            var hash = Convert.ToHexString(SHA256.HashData(content));
            try
            {
                windows = _fileWindows.GetOrAdd(hash, _ =>
                {
                    Interlocked.Increment(ref _pdfsRead);
                    return Sentences.Windows(Extract.Of(content, kind)).ToHashSet();
                });
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                _unreadable.Add($"{role}: {url} ({status}, {kind}) could not be read: {e.Message}");
                return;
            }
        }
        _timeByShape.AddOrUpdate(Digits().Replace(url, "{n}"), (1, Stopwatch.GetElapsedTime(started).TotalSeconds),
            (_, t) => (t.Count + 1, t.Seconds + Stopwatch.GetElapsedTime(started).TotalSeconds));
        foreach (var w in windows)
        {
            if (forbidden.TryGetValue(w, out var what)) _leaks.TryAdd((role.Name, url, what.Sentence), new Leak(role, url, status, what));
            if (_watchWindows.TryGetValue(w, out var watched)) _seen.GetOrAdd((role.Name, watched), _ => []).Add(url);
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\d+")]
    private static partial System.Text.RegularExpressions.Regex Digits();

    /// <summary>Same-site links of a page, without their fragment; never the sign-out, which would end the role's session.</summary>
    private static IEnumerable<string> Links(AngleSharp.Dom.IDocument page, Uri site)
    {
        foreach (var a in page.QuerySelectorAll("a[href]"))
        {
            if (!Uri.TryCreate(site, a.GetAttribute("href"), out var target) || target.Authority != site.Authority || target.Scheme != site.Scheme) continue;
            var local = target.PathAndQuery;
            if (local.StartsWith("/account/", StringComparison.OrdinalIgnoreCase)) continue;
            yield return local;
        }
    }
}
