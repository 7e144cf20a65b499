using CommitteeHub.Web.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;

namespace CommitteeHub.Tests.Pages;

/// <summary>A public page rendered while a change was being saved is not kept in the cache. In the app's collection, so
/// that no other test saves a change while these run.</summary>
[Collection(Support.AppCollection.Name)]
public sealed class CacheGenerationTests
{
    private static async Task<bool> Stored(Action duringRendering)
    {
        var policy = new PublicPageCache.GenerationCheck();
        var context = new OutputCacheContext { HttpContext = new DefaultHttpContext(), AllowCacheStorage = true };
        await policy.CacheRequestAsync(context, default);
        duringRendering();
        await policy.ServeResponseAsync(context, default);
        return context.AllowCacheStorage;
    }

    [Fact]
    public async Task A_page_rendered_across_a_change_is_not_stored() => Assert.False(await Stored(PublicPageCache.Changed));

    [Fact]
    public async Task A_page_rendered_with_no_change_in_between_is_stored() => Assert.True(await Stored(() => { }));
}
