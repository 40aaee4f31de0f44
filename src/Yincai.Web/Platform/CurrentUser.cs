using System.Security.Claims;

namespace Yincai.Platform;

/// <summary>Who is acting in this request, read from the authenticated principal.</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor)
{
    public const string ScopeClaim = "yincai:scope";
    public const string KindClaim = "yincai:kind";

    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public Guid? Id => Guid.TryParse(Principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string? UserName => IsAuthenticated ? Principal?.Identity?.Name : null;

    public string? IpAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();

    public bool IsInRole(string role) => Principal?.IsInRole(role) == true;

    public const string StaffKind = "Staff";

    /// <summary>Staff carry a scope claim; everyone else is unrestricted by region. Staff without a valid
    /// scope see nothing rather than everything.</summary>
    public RegionScope Scope
    {
        get
        {
            var code = Principal?.FindFirstValue(ScopeClaim);
            if (RegionScope.IsRegionCode(code)) return RegionScope.ForRegion(code!);
            var isStaff = code is not null || Principal?.FindFirstValue(KindClaim) == StaffKind;
            return isStaff ? RegionScope.Nothing : RegionScope.Unrestricted;
        }
    }
}
