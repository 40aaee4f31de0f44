using Yincai.Modules.Accounts.Contracts;
using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Accounts;

/// <summary>A line of the staff-account lists, loaded in three queries whatever the page size.</summary>
public sealed record StaffAccountRow(Guid Id, string UserName, string DisplayName, string? ScopeRegionCode, string? ScopeName,
    IReadOnlyList<string> Roles, bool IsDisabled, bool IsLockedOut, bool TwoFactorEnabled, bool IsPendingActivation)
{
    /// <summary>The admin role of the account, if it holds one (alone).</summary>
    public string? AdminRole => Roles.FirstOrDefault(Contracts.Roles.IsAdmin);

    /// <summary>The resource key of the account's state, as the lists show it.</summary>
    public string StatusKey => IsDisabled ? "Admin_Disabled" : IsPendingActivation ? "Admin_PendingActivation" : IsLockedOut ? "Admin_Locked" : "Admin_Active";

    public const int PageSize = 30;

    public static async Task<PagedList<StaffAccountRow>> QueryAsync(StaffAccounts accounts, YincaiDb db, RegionDirectory regions, TimeProvider clock,
        string? search, string? role, int page, CancellationToken cancellationToken)
    {
        var query = accounts.Visible();
        if (!string.IsNullOrWhiteSpace(search))
            query = query.Where(u => u.UserName!.Contains(search) || u.DisplayName.Contains(search));
        if (!string.IsNullOrWhiteSpace(role))
            query = query.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));

        var users = await query.ToCappedPagedListAsync(q => q.OrderBy(u => u.ScopeRegionCode).ThenBy(u => u.UserName), page, PageSize, cancellationToken);
        var ids = users.Items.Select(u => u.Id).ToList();
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id
                           where ids.Contains(ur.UserId) select new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        var codes = users.Items.Select(u => u.ScopeRegionCode).OfType<string>().Distinct().ToList();
        var names = await regions.NamesAsync(codes, cancellationToken);
        var now = clock.GetUtcNow();
        var rows = users.Items.Select(u => new StaffAccountRow(u.Id, u.UserName!, u.DisplayName, u.ScopeRegionCode,
            u.ScopeRegionCode is { } c && names.TryGetValue(c, out var n) ? n : null,
            roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order().ToList(),
            u.IsDisabled, u.LockoutEnd > now, u.TwoFactorEnabled, u.PasswordHash == null)).ToList();
        return new PagedList<StaffAccountRow>(rows, users.Page, users.PageSize, users.Total, users.TotalIsCapped);
    }
}
