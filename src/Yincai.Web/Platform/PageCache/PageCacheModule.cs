using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace Yincai.Platform.PageCache;

/// <summary>
/// Public pages served from this copy's memory (ASP.NET Core output caching), across copies kept in step by the change
/// feed. A page opts in with <c>[OutputCache(PolicyName = PublicPagePolicy.Name, Tags = [...])]</c> on its page model,
/// its tags being the <see cref="ChangeFeedEntry.Kind"/>s of the records it shows; every such record must feed changes
/// (<see cref="IFeedsChanges"/>), or the page shows it up to <see cref="PageCacheOptions.MaxAgeSeconds"/> late.
/// </summary>
public static class PageCacheModule
{
    public static IServiceCollection AddPageCache(this IServiceCollection services)
    {
        services.AddOptions<PageCacheOptions>().BindConfiguration("PageCache").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PublicPagePolicy>();
        services.AddSingleton<SecondRequests>();
        services.AddSingleton<SixFindsRows>();
        services.AddSingleton<PageCacheEviction>();
        services.AddHostedService<PageCacheSync>();
        services.AddOutputCache();
        services.AddSingleton<IResponseCompressionProvider, PublicPageCompression>(); // before AddResponseCompression's default
        services.AddResponseCompression(o =>
        {
            // Over HTTPS too: PublicPageCompression compresses public pages only, which hold no secret.
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Optimal);
        services.AddOptions<OutputCacheOptions>().Configure<PublicPagePolicy, IOptions<PageCacheOptions>>((o, policy, settings) =>
        {
            o.SizeLimit = settings.Value.SizeLimitMegabytes * 1024L * 1024;
            o.AddPolicy(PublicPagePolicy.Name, policy);
        });
        return services;
    }
}
