using Yincai.Modules.Accounts.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Accounts.Admin;

/// <summary>Staff accounts within the administrator's scope; the security admin's page shows the same list.</summary>
public sealed class IndexModel(StaffAccounts accounts, Approvals.AdminApprovals approvals, YincaiDb db, RegionDirectory regions, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Role { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;
    public PagedList<StaffAccountRow> Accounts { get; private set; } = new([], 1, 1, 0);

    public int PendingApprovals { get; private set; }

    public async Task OnGetAsync()
    {
        Accounts = await StaffAccountRow.QueryAsync(accounts, db, regions, clock, Q, Role, PageNumber, HttpContext.RequestAborted);
        PendingApprovals = await NavigationMenu.CappedCountAsync(approvals.Pending(), HttpContext.RequestAborted);
    }
}
