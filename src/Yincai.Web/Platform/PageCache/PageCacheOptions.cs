using System.ComponentModel.DataAnnotations;

namespace Yincai.Platform.PageCache;

/// <summary>The "PageCache" section: how long a public page is kept, and how often this copy reads the change feed.</summary>
public sealed class PageCacheOptions
{
    /// <summary>Off: every public page is rendered for every request.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The longest a page is served from cache; bounds what no record's change announces (a job past its last
    /// day at midnight, an event that started, a renamed region).</summary>
    [Range(1, 3600)]
    public int MaxAgeSeconds { get; set; } = 30;

    /// <summary>How often this copy reads the change feed to evict pages another copy changed: the bound on what
    /// visitors of this copy see late.</summary>
    [Range(100, 60_000)]
    public int PollMilliseconds { get; set; } = 1000;

    /// <summary>Cookies that do not make a request personal, besides the language and antiforgery cookies (a load
    /// balancer's affinity cookie, say). A request with any other cookie is rendered, never served from cache.</summary>
    public string[] AllowedCookies { get; set; } = [];

    /// <summary>Memory for cached pages in this copy, in megabytes; the least used go first.</summary>
    [Range(1, 4096)]
    public int SizeLimitMegabytes { get; set; } = 64;
}
