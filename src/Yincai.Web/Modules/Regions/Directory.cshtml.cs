using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;
using Microsoft.AspNetCore.OutputCaching;
using Yincai.Platform.PageCache;

namespace Yincai.Modules.Regions;

/// <summary>
/// The public directory of employment and talent service offices (公共就业人才服务机构): where graduates and employers
/// go in person, by city and keyword. Public facts, so every region's, whoever asks.
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPagePolicy.Name, Tags = [nameof(Office)])]
public sealed class DirectoryModel(YincaiDb db) : PageModel
{
    public const int PageSize = 30;

    [BindProperty(SupportsGet = true)] public string? City { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public PagedList<OfficeListing> Offices { get; private set; } = new([], 1, PageSize, 0);
    public IReadOnlyList<(string Code, string Name)> Cities { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Cities = (await db.Regions.AsNoTracking().Where(r => r.Level == RegionLevel.Prefecture).OrderBy(r => r.Code)
            .Select(r => new { r.Code, r.Name }).ToListAsync(ct)).Select(r => (r.Code, r.Name)).ToList();
        var offices = db.Offices.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking();
        if (RegionScope.IsRegionCode(City))
        {
            var prefix = RegionScope.PrefixOf(City!);
            offices = offices.Where(o => o.RegionCode.StartsWith(prefix));
        }
        Offices = await OfficeListing.Query(offices, db, SearchTerms.Parse(Q)).ToCappedPagedListAsync(q => q, PageNumber, PageSize, ct);
    }
}
