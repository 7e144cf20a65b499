using Mediator;
using Microsoft.AspNetCore.OutputCaching;

namespace CommitteeHub.Web.Infrastructure;

/// <summary>TEMPORARY, while the pages move to Recording (issue 10): after any command, the public page cache is emptied: a change to the record must reach the public at once,
/// and an item made exempt must vanish from public pages at once.</summary>
public sealed class EvictAfterEveryCommand<TMessage, TResponse>(IOutputCacheStore cache) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : ICommand<TResponse>
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var response = await next(message, cancellationToken);
        // In this order: a page begun before the change is refused storage, then what is stored is emptied.
        PublicPageCache.Changed();
        await cache.EvictByTagAsync(PublicPageCache.Tag, cancellationToken);
        return response;
    }
}
