using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace Yincai.Platform.PageCache;

/// <summary>
/// Compresses (Brotli or gzip, as the browser accepts) only what the page cache may keep: a public page for nobody in
/// particular. Compressed once when cached, a page is a fifth of its size on a phone's connection. Nothing personal is
/// compressed, so no secret (a session, an antiforgery token) sits beside text an attacker reflects into it (BREACH).
/// </summary>
public sealed class PublicPageCompression(IServiceProvider services, IOptions<ResponseCompressionOptions> options)
    : ResponseCompressionProvider(services, options)
{
    public override bool ShouldCompressResponse(HttpContext context) =>
        context.Features.Get<Microsoft.AspNetCore.OutputCaching.IOutputCacheFeature>()?.Context is { AllowCacheStorage: true }
        && PublicPagePolicy.IsStorable(context) && base.ShouldCompressResponse(context);
}
