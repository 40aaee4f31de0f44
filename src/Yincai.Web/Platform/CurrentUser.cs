using System.Security.Claims;

namespace Yincai.Platform;

/// <summary>Who is acting in this request, read from the authenticated principal.</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor)
{
    public const string ScopeClaim = "yincai:scope";

    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public Guid? Id => Guid.TryParse(Principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string? UserName => IsAuthenticated ? Principal?.Identity?.Name : null;

    public string? IpAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();

    public bool IsInRole(string role) => Principal?.IsInRole(role) == true;

    /// <summary>Staff carry a scope claim; everyone else is unrestricted by region.</summary>
    public RegionScope Scope =>
        Principal?.FindFirstValue(ScopeClaim) is { Length: 6 } code ? RegionScope.ForRegion(code) : RegionScope.Unrestricted;
}
