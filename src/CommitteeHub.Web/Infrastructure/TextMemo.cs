using Microsoft.Extensions.Caching.Memory;

namespace CommitteeHub.Web.Infrastructure;

/// <summary>
/// What is worked out from authored text alone (a report's HTML, a motion's numbered lines, an amendment's marking)
/// is kept, found again by the text itself: the same words always give the same result, so a kept copy is never
/// stale, and it reaches only a reader who has already been given the words it is made from (the page looked them up
/// under the access rule first). Rendering a meeting's reports and minutes afresh on every view was a large share of
/// the page's cost. Bounded by size, counted in characters; when full, the least recently used go first.
/// </summary>
public static class TextMemo
{
    /// <summary>About 32 million characters of inputs and results together (some 64 MB).</summary>
    private const long Capacity = 32L * 1024 * 1024;

    private static readonly MemoryCache Kept = new(new MemoryCacheOptions { SizeLimit = Capacity });

    /// <summary>The kept result for <paramref name="key"/> (the texts it is made from, and what is made of them), or
    /// <paramref name="make"/>'s, kept with its <paramref name="size"/> in characters.</summary>
    public static TResult Get<TKey, TResult>(TKey key, Func<TKey, TResult> make, Func<TResult, long> size)
        where TKey : notnull
    {
        if (Kept.TryGetValue(key, out var kept) && kept is TResult found) return found;
        var made = make(key);
        Kept.Set(key, made, new MemoryCacheEntryOptions { Size = Math.Max(1, size(made)) });
        return made;
    }
}

/// <summary>An amendment's marking against the motion it was moved to (tracked changes as HTML, and the order-paper
/// instructions), made once per pair of texts: the motion page shows every amendment, to every reader.</summary>
public sealed record Marking(string Html, IReadOnlyList<string> Instructions)
{
    public static Marking Of(string original, string amended) => TextMemo.Get(new Texts(original, amended), texts =>
        {
            var tree = Amendments.TrackedChanges.Compare(texts.Original, texts.Amended);
            return new Marking(Amendments.ChangeRenderers.Html(tree), Amendments.ChangeRenderers.Instructions(tree));
        },
        marking => original.Length + amended.Length + marking.Html.Length + marking.Instructions.Sum(i => (long)i.Length));

    private sealed record Texts(string Original, string Amended);
}
