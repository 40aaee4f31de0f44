using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Talents.Deletions;

/// <summary>Deletion requests of talents whose household region is in the officer's scope (YincaiDb's filter),
/// pending ones first and oldest first: PIPL answers are due within a set time.</summary>
public sealed class IndexModel(YincaiDb db, RegionDirectory regions) : PageModel
{
    [BindProperty(SupportsGet = true)] public DeletionStatus Status { get; set; } = DeletionStatus.Pending;
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;
    public PagedList<DeletionRow> Requests { get; private set; } = new([], 1, 1, 0);
    public IReadOnlyDictionary<string, string> RegionNames { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync()
    {
        var query = from r in db.DeletionRequests.AsNoTracking()
                    join t in db.Talents.AsNoTracking() on r.TalentId equals t.Id
                    where r.Status == Status
                    select new { r, t.FullName, t.IdNumberMasked };
        Requests = await query.ToCappedPagedListAsync(q => (Status == DeletionStatus.Pending
                ? q.OrderBy(x => x.r.RequestedAtUtc)
                : q.OrderByDescending(x => x.r.HandledAtUtc))
            .Select(x => new DeletionRow(x.r.Id, x.FullName, x.IdNumberMasked, x.r.RegionCode, x.r.Reason, x.r.RequestedAtUtc, x.r.Status)),
            PageNumber, 30, HttpContext.RequestAborted);
        RegionNames = await regions.NamesAsync(Requests.Items.Select(r => r.RegionCode).Distinct().ToList(), HttpContext.RequestAborted);
    }
}
