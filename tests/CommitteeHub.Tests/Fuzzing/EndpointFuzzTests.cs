using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using CommitteeHub.Tests.Support;
using CommitteeHub.Web.Demo;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.Routing.Template;
using Xunit.Abstractions;

namespace CommitteeHub.Tests.Fuzzing;

/// <summary>
/// Every page and endpoint the app's metadata lists (<see cref="Surface"/>), asked as the public, a councillor and a
/// clerk, with addresses holding real ids and bad ones, and with malformed values in every field it binds: control
/// characters, bidirectional overrides, wrong types, numbers too long, a megabyte of text, missing and doubled fields,
/// no content type or the wrong one, with the form's token and without. Whatever is sent, no answer may be a server
/// error, and the app's log must hold no unhandled exception. Requests are bounded per route and role.
/// </summary>
public sealed partial class EndpointFuzzTests(CommitteeHubApp app, ITestOutputHelper output) : AppTest(app)
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Route values to try beside the real ones; already escaped for an address.</summary>
    private static readonly string[] BadRouteValues = ["abc", "-1", "2147483648", "99999999", "%00", "1%01", "%E2%80%AE1"];

    private static readonly (string Label, string Value)[] Malformed =
    [
        ("NUL", "a\0b"), ("control characters", "\u0001\u0008\u001b\u007f"), ("bidi override", "\u202Egnp.exe\u202C"),
        ("wrong type", "abc"), ("negative", "-1"), ("int overflow", "2147483648"), ("over-long number", new string('9', 400)),
        ("empty", ""), ("spaces", "   "), ("impossible date", "2027-02-30"), ("yes", "yes"), ("markup", "<script>alert(1)</script>"),
    ];

    private static readonly string Megabyte = new('x', 1 << 20);

    /// <summary>At most this many requests per route and handler for the clerk's many field-by-field changes; the
    /// whole-form ones are always sent.</summary>
    private const int FieldProbesPerHandler = 80;

    private const int Parallel = 4;

    private enum Role { Public, Councillor, Clerk }

    private readonly ConcurrentDictionary<int, int> _statuses = new();
    private readonly ConcurrentQueue<string> _failures = new();
    private int _requests;

    [Fact]
    public async Task Every_page_and_endpoint_answers_malformed_input_without_a_server_error()
    {
        var started = DateTime.UtcNow;
        App.Log.Clear();
        var routes = await Surface.DiscoverAsync(App.Services);
        Assert.Contains(routes, r => r.Text == "/api/diff");
        Assert.Contains(routes, r => r.Handlers.Any(h => h.Method == "POST" && h.Name is not null)); // a named handler

        var samples = await RealValuesAsync(await App.SignedInAs(DemoCouncil.ClerkEmail), routes);
        foreach (var route in routes)
        {
            if (route.Json) await ProbeJsonAsync(route);
            else
            {
                await ProbeAddressesAsync(route, samples[route]);
                foreach (var handler in route.Handlers.Where(h => h.Method != "GET"))
                    foreach (var role in Enum.GetValues<Role>())
                        await ProbeFormAsync(route, handler, samples[route], role);
            }
        }

        var unhandled = App.Log.Unhandled();
        output.WriteLine($"Routes: {routes.Count} ({routes.Count(r => r.Json)} JSON endpoints), handlers: {routes.Sum(r => r.Handlers.Count)}, " +
            $"fields: {routes.Sum(r => r.Handlers.Sum(h => h.Fields.Count))}");
        output.WriteLine($"Real route values found: {string.Join("; ", routes.Where(r => r.Parameters.Any()).Select(r => $"{r.Text} {samples[r].Count}"))}");
        output.WriteLine($"Requests: {_requests} in {(DateTime.UtcNow - started).TotalSeconds:N0} s");
        output.WriteLine($"By status: {string.Join(", ", _statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}"))}");
        output.WriteLine($"Unhandled exceptions logged: {unhandled.Count}");
        Assert.True(_failures.IsEmpty, $"{_failures.Count} server errors:\n{string.Join("\n", _failures.Distinct().Take(200))}");
        Assert.True(unhandled.Count == 0, $"Unhandled exceptions in the log:\n{string.Join("\n", unhandled.Take(20).Select(e => $"{e.Category}: {e.Message} {e.Exception?.GetType().Name}: {e.Exception?.Message}"))}");
        Assert.True(_requests > 1_000, $"Only {_requests} requests were sent: the fuzzer found too little to try.");
    }

    // ---------- sending and recording ----------

    private sealed record Probe(string Method, string Url, string What, Func<HttpContent?> Body);

    /// <summary>Sends the probes, several at once when they only read. Changes are sent one after another: the same
    /// paper revised by a stream of simultaneous requests is the double-submit problem, tested where it is solved.</summary>
    private async Task SendAllAsync(HttpClient client, Role role, IReadOnlyCollection<Probe> probes) =>
        await System.Threading.Tasks.Parallel.ForEachAsync(probes, new ParallelOptions { MaxDegreeOfParallelism = probes.All(p => p.Method != "POST") ? Parallel : 1 }, async (probe, ct) =>
        {
            using var request = new HttpRequestMessage(new HttpMethod(probe.Method), probe.Url) { Content = probe.Body() };
            Interlocked.Increment(ref _requests);
            try
            {
                using var response = await client.SendAsync(request, ct);
                var status = (int)response.StatusCode;
                _statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
                if (status >= 500) _failures.Enqueue($"{role}: {probe.Method} {Shorten(probe.Url)} [{probe.What}] -> {status}");
            }
            catch (HttpRequestException e)
            {
                _failures.Enqueue($"{role}: {probe.Method} {Shorten(probe.Url)} [{probe.What}] -> no answer ({e.Message})");
            }
        });

    private static string Shorten(string s) => s.Length > 200 ? s[..200] + "…" : s;

    private async Task<HttpClient> ClientAsync(Role role) => role switch
    {
        Role.Clerk => await App.SignedInAs(DemoCouncil.ClerkEmail),
        Role.Councillor => await App.SignedInAs(DemoCouncil.CouncillorEmail),
        _ => App.Anonymous(),
    };

    // ---------- real route values, found by following the site's own links ----------

    [GeneratedRegex("(?:href|action)=\"(/[^\"]*)\"")]
    private static partial Regex Links();

    /// <summary>Follows links from every page without route values, as the clerk (who may see everything), and keeps up
    /// to two real sets of route values for each route.</summary>
    private static async Task<Dictionary<Route, List<RouteValueDictionary>>> RealValuesAsync(HttpClient clerk, IReadOnlyList<Route> routes)
    {
        var matchers = routes.Where(r => !r.Json).Select(r => (Route: r, Matcher: new TemplateMatcher(TemplateParser.Parse(r.Pattern.RawText!.TrimStart('/')), []),
            Specificity: string.Concat(r.Pattern.PathSegments.Select(s => s.IsSimple && s.Parts[0].IsLiteral ? '0' : s.Parts.OfType<RoutePatternParameterPart>().Any(p => p.IsOptional) ? '2' : '1')))).ToList();
        var samples = routes.ToDictionary(r => r, _ => new List<RouteValueDictionary>());
        var queue = new Queue<string>(routes.Where(r => !r.Json && !r.Parameters.Any()).Select(r => r.Text));
        var seen = new HashSet<string>(queue);
        for (var fetched = 0; queue.Count > 0 && fetched < 40; fetched++)
        {
            using var response = await clerk.GetAsync(queue.Dequeue());
            if (response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            foreach (Match link in Links().Matches(await response.Content.ReadAsStringAsync()))
            {
                var path = WebUtility.HtmlDecode(link.Groups[1].Value).Split('?', '#')[0];
                if (path.StartsWith("//") || !seen.Add(path)) continue;
                var best = matchers.Select(m => (m.Route, m.Specificity, Values: new RouteValueDictionary(), m.Matcher))
                    .Where(m => m.Matcher.TryMatch(path, m.Values)).OrderBy(m => m.Specificity, StringComparer.Ordinal).FirstOrDefault();
                if (best.Route is null || !best.Route.Parameters.Any() || samples[best.Route].Count >= 2) continue;
                samples[best.Route].Add(best.Values);
                queue.Enqueue(path);
            }
        }
        // A route no link led to (a motion linked only from one meeting's page, say) is tried with the first small ids.
        foreach (var route in routes.Where(r => !r.Json && samples[r].Count == 0 && r.Parameters.Any() && r.Pattern.Parameters.All(p => !p.IsOptional)))
            for (var id = 1; id <= 20 && samples[route].Count < 2; id++)
            {
                var values = new RouteValueDictionary(route.Parameters.ToDictionary(p => p, _ => (object?)id.ToString()));
                using var response = await clerk.GetAsync(Address(route, route.Parameters.ToDictionary(p => p, _ => (string?)id.ToString())));
                if (response.StatusCode == HttpStatusCode.OK) samples[route].Add(values);
            }
        return samples;
    }

    /// <summary>The route's address with the given values (escaped already); an optional parameter left out is left out.</summary>
    private static string Address(Route route, IReadOnlyDictionary<string, string?> values)
    {
        var segments = route.Pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter => values.GetValueOrDefault(parameter.Name) ?? "",
            _ => "",
        }))).Where(s => s.Length > 0);
        return "/" + string.Join("/", segments);
    }

    /// <summary>The values for a route's parameters: each real sample, then each bad value in one parameter at a time.</summary>
    private static List<(Dictionary<string, string?> Values, string What)> RouteVariants(Route route, List<RouteValueDictionary> real)
    {
        var handlerNames = route.Handlers.Where(h => h.Name is not null).Select(h => h.Name!.ToLowerInvariant()).Distinct().ToList();
        Dictionary<string, string?> Real(RouteValueDictionary? sample) => route.Parameters.ToDictionary(p => p, p =>
            sample?.TryGetValue(p, out var v) == true && v is not null ? Uri.EscapeDataString(v.ToString()!)
            : route.Pattern.GetParameter(p)!.IsOptional ? null : "1");
        var variants = (real.Count == 0 ? [null] : real.Select(s => (RouteValueDictionary?)s)).Select(s => (Real(s), "real ids")).ToList();
        foreach (var p in route.Parameters)
        {
            var tries = BadRouteValues.Concat(p == "handler" ? handlerNames : []).Select(v => (Value: (string?)v, What: $"{p}={v}")).ToList();
            if (route.Pattern.GetParameter(p)!.IsOptional) tries.Add((null, $"{p} left out"));
            foreach (var (value, what) in tries)
                variants.Add((new Dictionary<string, string?>(variants[0].Item1) { [p] = value }, what));
        }
        return variants;
    }

    // ---------- GET (and other methods) on addresses and query strings ----------

    private async Task ProbeAddressesAsync(Route route, List<RouteValueDictionary> real)
    {
        var variants = RouteVariants(route, real);
        var realUrl = Address(route, variants[0].Values);
        foreach (var role in Enum.GetValues<Role>())
        {
            var probes = variants.Select(v => new Probe("GET", Address(route, v.Values), v.What, () => null)).ToList();
            if (role == Role.Public) probes.AddRange(new[] { "PUT", "DELETE", "PATCH", "OPTIONS" }.Select(m => new Probe(m, realUrl, "unusual method", () => null)));
            foreach (var handler in route.Handlers.Where(h => h.Method == "GET"))
            {
                var url = handler.Name is null || route.Parameters.Contains("handler") ? realUrl : $"{realUrl}?handler={handler.Name}";
                var join = url.Contains('?') ? '&' : '?';
                foreach (var field in handler.Fields)
                {
                    probes.AddRange(Malformed.Select(m => new Probe("GET", $"{url}{join}{field.Name}={Uri.EscapeDataString(m.Value)}", $"{field.Name}: {m.Label}", () => null)));
                    probes.Add(new Probe("GET", $"{url}{join}{field.Name}=1&{field.Name}=abc", $"{field.Name}: twice", () => null));
                }
            }
            await SendAllAsync(await ClientAsync(role), role, probes);
        }
    }

    // ---------- forms ----------

    /// <summary>The form as the page shows it: each field's value there (or a plausible one by type), the token, and the
    /// choices of a field set by buttons (the clerk's "step").</summary>
    private sealed record FormView(Dictionary<string, string> Values, Dictionary<string, List<string>> Choices, string? Token);

    private static async Task<FormView> ReadFormAsync(HttpClient client, string url, Handler handler)
    {
        using var response = await client.GetAsync(url);
        var html = response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadAsStringAsync() : await client.GetStringAsync("/account/sign-in");
        var doc = Parser.ParseDocument(html);
        var values = new Dictionary<string, string>();
        foreach (var e in doc.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var name = e.GetAttribute("name")!;
            if (values.ContainsKey(name)) continue;
            values[name] = e switch
            {
                IHtmlInputElement { Type: "checkbox" } => "true",
                IHtmlInputElement input => input.Value,
                IHtmlTextAreaElement area => area.Value,
                IHtmlSelectElement select => select.Value ?? "",
                _ => "",
            };
        }
        var choices = doc.QuerySelectorAll("button[name][value]").GroupBy(b => b.GetAttribute("name")!)
            .ToDictionary(g => g.Key, g => g.Select(b => b.GetAttribute("value")!).Distinct().ToList());
        values.TryGetValue("__RequestVerificationToken", out var token);
        foreach (var field in handler.Fields.Where(f => !f.IsFile && !values.ContainsKey(f.Name)))
            values[field.Name] = Plausible(field.Type);
        return new FormView(values.Where(v => v.Key != "__RequestVerificationToken").ToDictionary(), choices, token);
    }

    private static string Plausible(Type type) =>
        type == typeof(bool) ? "true"
        : type == typeof(DateOnly) ? "2027-01-06"
        : type == typeof(TimeOnly) ? "10:00"
        : type == typeof(DateTime) ? "2027-01-06T10:00"
        : type.IsEnum ? Enum.GetNames(type)[0]
        : type == typeof(string) ? "Fuzz"
        : "1";

    private async Task ProbeFormAsync(Route route, Handler handler, List<RouteValueDictionary> real, Role role)
    {
        var client = await ClientAsync(role);
        var pageUrl = Address(route, RouteVariants(route, real)[0].Values);
        var url = handler.Name is null || route.Parameters.Contains("handler") ? pageUrl : $"{pageUrl}?handler={handler.Name}";
        var form = await ReadFormAsync(client, pageUrl, handler);
        var choiceField = form.Choices.Keys.FirstOrDefault(handler.Fields.Select(f => f.Name).Contains);
        var choices = choiceField is null ? [null] : form.Choices[choiceField].Select(c => (string?)c).ToList();
        var names = handler.Fields.Where(f => !f.IsFile && f.Name != choiceField).Select(f => f.Name).Distinct().ToList();

        List<KeyValuePair<string, string>> Fields(string? choice, bool token = true, Func<string, string?>? valueOf = null)
        {
            var fields = names.Select(n => new KeyValuePair<string, string>(n, valueOf?.Invoke(n) ?? form.Values.GetValueOrDefault(n, ""))).ToList();
            if (choiceField is not null && choice is not null) fields.Add(new(choiceField, choice));
            if (token && form.Token is not null) fields.Add(new("__RequestVerificationToken", form.Token));
            return fields;
        }
        Probe Post(string what, Func<HttpContent?> body) => new(handler.Method, url, what, body);
        Func<HttpContent> Encoded(List<KeyValuePair<string, string>> fields) => () => new FormUrlEncodedContent(fields);

        // Whole forms: as the page would send them, and broken as a whole.
        var probes = choices.Select(c => Post($"as shown, {choiceField}={c}", Encoded(Fields(c)))).ToList();
        probes.Add(Post("no token", Encoded(Fields(choices[0], token: false))));
        probes.Add(Post("no fields", Encoded(Fields(null).Where(f => f.Key == "__RequestVerificationToken").ToList())));
        probes.Add(Post("no content type", () => new ByteArrayContent(Encoding.UTF8.GetBytes(string.Join("&", Fields(choices[0]).Select(f => $"{f.Key}={Uri.EscapeDataString(f.Value)}"))))));
        probes.Add(Post("JSON body", () => new StringContent("{\"step\":\"x\"}", Encoding.UTF8, "application/json")));
        probes.Add(Post("text body", () => new StringContent("\0\0\0", Encoding.UTF8, "text/plain")));
        probes.Add(Post("damaged multipart", () => new StringContent("--x\r\nContent-Disposition: form-data\r\n\r\n\0", Encoding.UTF8, "multipart/form-data")));
        probes.Add(Post("every field twice", Encoded([.. Fields(choices[0]), .. Fields(choices[^1], valueOf: _ => "abc")])));
        probes.Add(Post("a field named with NUL", Encoded([.. Fields(choices[0]), new("In\0put", "x")])));
        probes.Add(Post("multipart with files", () =>
        {
            var multipart = new MultipartFormDataContent();
            foreach (var (key, value) in Fields(choices[0])) multipart.Add(new StringContent(value), key);
            foreach (var file in handler.Fields.Where(f => f.IsFile))
                multipart.Add(new ByteArrayContent(Encoding.UTF8.GetBytes("%PDF-1.7 not really\0")), file.Name, "..\\\u202Efdp.exe\u0001.pdf");
            return multipart;
        }));

        // Every field malformed at once; then, for the clerk, who gets past the door, each choice so, and one field at a
        // time, an even sample of them within the bound.
        probes.AddRange(Malformed.Select(m => Post($"every field {m.Label}, {choiceField}={choices[0]}", Encoded(Fields(choices[0], valueOf: _ => m.Value)))));
        if (role == Role.Clerk)
        {
            var changes = choices.Skip(1).SelectMany(c => Malformed.Select(m => Post($"every field {m.Label}, {choiceField}={c}", Encoded(Fields(c, valueOf: _ => m.Value)))))
                .Concat(names.SelectMany(n => Malformed.Append((Label: "1 MB", Value: Megabyte)).Select((m, i) =>
                {
                    var choice = choices[(n.Length + i) % choices.Count];
                    return Post($"{n}: {m.Label}, {choiceField}={choice}", Encoded(Fields(choice, valueOf: f => f == n ? m.Value : null)));
                })))
                .Concat(choiceField is null ? [] : Malformed.Select(m => Post($"{choiceField}: {m.Label}", Encoded([.. Fields(null), new(choiceField, m.Value)]))))
                .ToList();
            var step = Math.Max(1, (double)changes.Count / FieldProbesPerHandler);
            for (var i = 0.0; i < changes.Count; i += step) probes.Add(changes[(int)i]);
        }
        await SendAllAsync(client, role, probes);
    }

    // ---------- JSON endpoints ----------

    private async Task ProbeJsonAsync(Route route)
    {
        foreach (var handler in route.Handlers)
        {
            var url = Address(route, RouteVariants(route, [])[0].Values);
            var names = handler.Fields.Select(f => f.Name).ToList();
            string Json(Func<string, string> valueOf) => "{" + string.Join(",", names.Select(n => $"\"{n}\":{valueOf(n)}")) + "}";
            static string Quoted(string s) => System.Text.Json.JsonSerializer.Serialize(s);
            Func<HttpContent?> Body(string json, string type = "application/json") => () => new StringContent(json, Encoding.UTF8, type);
            var probes = new List<Probe>
            {
                new(handler.Method, url, "no body", () => null),
                new(handler.Method, url, "empty JSON", Body("")),
                new(handler.Method, url, "not JSON", Body("{\"original\": ")),
                new(handler.Method, url, "null", Body("null")),
                new(handler.Method, url, "array", Body("[1,2,3]")),
                new(handler.Method, url, "deeply nested", Body(new string('[', 10_000) + new string(']', 10_000))),
                new(handler.Method, url, "no content type", () => new ByteArrayContent(Encoding.UTF8.GetBytes(Json(_ => "\"a\"")))),
                new(handler.Method, url, "form content type", Body("original=a&amended=b", "application/x-www-form-urlencoded")),
                new(handler.Method, url, "missing fields", Body("{}")),
                new(handler.Method, url, "fields twice", Body(Json(_ => "\"a\"").TrimEnd('}') + "," + Json(_ => "\"b\"").TrimStart('{'))),
                new(handler.Method, url, "numbers", Body(Json(_ => "1e999"))),
                new(handler.Method, url, "objects", Body(Json(_ => "{\"a\":[]}"))),
                new(handler.Method, url, "nulls", Body(Json(_ => "null"))),
                new(handler.Method, url, "lone surrogate", Body(Json(_ => "\"\\ud800\""))),
                new(handler.Method, url, "1 MB", Body(Json(_ => Quoted(Megabyte)))),
            };
            probes.AddRange(Malformed.Select(m => new Probe(handler.Method, url, $"every field {m.Label}", Body(Json(_ => Quoted(m.Value))))));
            foreach (var name in names)
                probes.AddRange(Malformed.Select(m => new Probe(handler.Method, url, $"{name}: {m.Label}", Body(Json(n => Quoted(n == name ? m.Value : "The council notes the report."))))));
            probes.AddRange(new[] { "GET", "PUT", "DELETE" }.Select(m => new Probe(m, url, "other method", () => null)));
            foreach (var role in new[] { Role.Public, Role.Clerk })
                await SendAllAsync(await ClientAsync(role), role, probes);
        }
    }
}
