using System.Collections;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace CommitteeHub.Tests.Fuzzing;

/// <summary>One value a request can carry: a form or query field, a JSON property or an uploaded file.</summary>
public sealed record Field(string Name, Type Type, bool IsFile = false);

/// <summary>One way in: an HTTP method on a route, with a page's named handler (<c>?handler=Preview</c>) and the fields
/// it binds.</summary>
public sealed record Handler(string Method, string? Name, IReadOnlyList<Field> Fields);

/// <summary>A route the app answers, with its handlers. <see cref="Json"/> marks an endpoint that takes a JSON body.</summary>
public sealed record Route(RoutePattern Pattern, IReadOnlyList<Handler> Handlers, bool Json)
{
    public string Text => "/" + Pattern.RawText!.TrimStart('/');
    public IEnumerable<string> Parameters => Pattern.Parameters.Select(p => p.Name);
}

/// <summary>
/// Everything the app answers, read from its own endpoint metadata: each Razor page with its route and its handler
/// methods (named ones too) and the properties and parameters they bind, and each minimal API endpoint with the body
/// it accepts. A new page or endpoint is found here with nothing written for it.
/// </summary>
public static class Surface
{
    public static async Task<IReadOnlyList<Route>> DiscoverAsync(IServiceProvider services)
    {
        var loader = services.GetRequiredService<PageLoader>();
        var routes = new List<Route>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = page as CompiledPageActionDescriptor ?? await loader.LoadAsync(page, endpoint.Metadata);
                routes.Add(new Route(endpoint.RoutePattern, PageHandlers(compiled, endpoint.RoutePattern), Json: false));
            }
            else if (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>() is { HttpMethods.Count: > 0 } methods)
            {
                var accepts = endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
                var fields = accepts is null ? [] : accepts.GetProperties().Select(p => new Field(JsonName(p.Name), p.PropertyType)).ToList();
                routes.Add(new Route(endpoint.RoutePattern, methods.HttpMethods.Select(m => new Handler(m, null, fields)).ToList(), Json: true));
            }
        }
        return routes.GroupBy(r => r.Text).Select(g => g.First()).OrderBy(r => r.Text, StringComparer.Ordinal).ToList();
    }

    private static string JsonName(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static List<Handler> PageHandlers(CompiledPageActionDescriptor page, RoutePattern pattern)
    {
        var routeNames = pattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var handlers = page.HandlerMethods.Select(h => (Method: h.HttpMethod.ToUpperInvariant(), h.Name, Parameters: h.Parameters
                .Where(p => Bindable(p.BindingInfo) && !routeNames.Contains(p.Name))
                .SelectMany(p => Flatten(p.BindingInfo?.BinderModelName ?? p.Name, p.ParameterType, 0))))
            .ToList();
        // A page with no handler methods still answers GET.
        if (handlers.Count == 0) handlers.Add(("GET", null, []));
        return handlers.Select(h => new Handler(h.Method, h.Name,
            h.Parameters.Concat(page.BoundProperties.Where(p => Bindable(p.BindingInfo) && BindsOn(p.BindingInfo, h.Method, page))
                .SelectMany(p => Flatten(p.BindingInfo?.BinderModelName ?? p.Name, p.ParameterType, 0))).DistinctBy(f => f.Name).ToList())).ToList();
    }

    private static bool Bindable(BindingInfo? binding) =>
        binding?.BindingSource is not { } source || !(source.CanAcceptDataFrom(BindingSource.Services) || source == BindingSource.Special);

    /// <summary>[BindProperty] binds on POST, and on GET only with SupportsGet: asked of the property's own rule.</summary>
    private static bool BindsOn(BindingInfo? binding, string method, ActionDescriptor page) =>
        binding?.RequestPredicate is not { } predicate
        || predicate(new ActionContext(new DefaultHttpContext { Request = { Method = method } }, new RouteData(), page));

    private static readonly Type[] Simple = [typeof(string), typeof(decimal), typeof(DateOnly), typeof(TimeOnly), typeof(DateTime), typeof(DateTimeOffset), typeof(Guid), typeof(TimeSpan)];

    private static IEnumerable<Field> Flatten(string name, Type type, int depth)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(CancellationToken)) yield break;
        if (t.IsPrimitive || t.IsEnum || Simple.Contains(t)) { yield return new Field(name, t); yield break; }
        if (typeof(IFormFile).IsAssignableFrom(t) || typeof(IFormFileCollection).IsAssignableFrom(t)) { yield return new Field(name, t, IsFile: true); yield break; }
        var element = t.IsArray ? t.GetElementType() : t.GetInterfaces().Append(t).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
        if (element is not null && typeof(IEnumerable).IsAssignableFrom(t))
        {
            foreach (var f in Flatten(name, element, depth + 1)) yield return f;
            yield break;
        }
        if (depth > 3 || !t.IsClass) yield break;
        foreach (var p in t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.SetMethod!.IsPublic))
            foreach (var f in Flatten($"{name}.{p.Name}", p.PropertyType, depth + 1))
                yield return f;
    }
}
