using System.Security.Claims;

namespace Yincai.Platform;

/// <summary>Who is acting in this request, read from the authenticated principal.</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor)
{
    public const string ScopeClaim = "yincai:scope";
    public const string KindClaim = "yincai:kind";

    // Set only for background work done on a staff member's behalf (see ActAs); requests use their own principal.
    private ClaimsPrincipal? _actingAs;

    private ClaimsPrincipal? Principal => _actingAs ?? accessor.HttpContext?.User;

    /// <summary>
    /// Makes this DI scope's user the given staff member, with their region scope and roles, for background work
    /// started on their behalf (an import): the region filter and the audit trail then treat it as their own work.
    /// Refused inside a request, whose user is the one who signed in.
    /// </summary>
    public void ActAs(Guid userId, string userName, string scopeRegionCode, IEnumerable<string> roles) =>
        Act(userId, userName, StaffKind, roles, new Claim(ScopeClaim, scopeRegionCode));

    /// <summary>Background work done as a talent or an employer's member (a step of theirs in the demo data): their id and role,
    /// no region scope, as when they sign in. <paramref name="kind"/> is their account kind ("Talent", "Employer").</summary>
    public void ActAsMember(Guid userId, string userName, string kind, string role) => Act(userId, userName, kind, [role]);

    private void Act(Guid userId, string userName, string kind, IEnumerable<string> roles, params Claim[] more)
    {
        if (accessor.HttpContext is not null)
            throw new InvalidOperationException("Only background work acts on someone's behalf.");
        _actingAs = new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, userId.ToString()),
            new Claim(ClaimTypes.Name, userName),
            new Claim(KindClaim, kind),
            .. more,
            .. roles.Select(r => new Claim(ClaimTypes.Role, r)),
        ], authenticationType: "Background"));
    }

    /// <summary>Background work done as no one (an anonymous visitor's step in the demo data): unrestricted, not signed in.</summary>
    public void ActAsAnonymous()
    {
        if (accessor.HttpContext is not null)
            throw new InvalidOperationException("Only background work acts on someone's behalf.");
        _actingAs = new ClaimsPrincipal(new ClaimsIdentity());
    }

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public Guid? Id => Guid.TryParse(Principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string? UserName => IsAuthenticated ? Principal?.Identity?.Name : null;

    public string? IpAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();

    public bool IsInRole(string role) => Principal?.IsInRole(role) == true;

    public const string StaffKind = "Staff";

    /// <summary>The region a member of staff works for (the code of their scope); null for everyone else.</summary>
    public string? ScopeRegionCode => Principal?.FindFirstValue(ScopeClaim) is { } code && RegionScope.IsRegionCode(code) ? code : null;

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
