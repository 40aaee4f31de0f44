using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Regions;

/// <summary>The minimum wage standards of the officer's province, newest first, with each city's and county's tier; a province
/// officer enters a new one from its notice (amounts by tier, the tier of every city, the counties that differ).</summary>
public sealed class MinimumWagesModel(YincaiDb db, MinimumWageBook book, CurrentUser current, IStringLocalizer<RegionsResource> text) : PageModel
{
    public string ProvinceCode { get; private set; } = "";
    public IReadOnlyList<MinimumWageStandard> Standards { get; private set; } = [];
    public IReadOnlyList<(string Code, string Name, IReadOnlyList<(string Code, string Name)> Counties)> Cities { get; private set; } = [];
    public bool MayEnter { get; private set; }
    private Dictionary<string, string> _placeNames = [];

    [BindProperty] public string? DocumentNo { get; set; }
    [BindProperty] public DateOnly? EffectiveOn { get; set; }
    [BindProperty] public List<decimal?> Monthly { get; set; } = [];
    [BindProperty] public List<decimal?> Hourly { get; set; } = [];
    [BindProperty] public Dictionary<string, int> CityTiers { get; set; } = [];
    [BindProperty] public Dictionary<string, int> CountyTiers { get; set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (!ModelState.IsValid) return Page();
        var tiers = Enumerable.Range(0, MinimumWageBook.MaxTiers)
            .Select(i => (Monthly.ElementAtOrDefault(i), Hourly.ElementAtOrDefault(i))).ToList();
        var added = await book.AddAsync(new MinimumWageInput(ProvinceCode, DocumentNo, EffectiveOn, tiers, CityTiers, CountyTiers), HttpContext.RequestAborted);
        if (added.IsError)
        {
            ModelState.AddModelError(added.Error!.Field ?? "", added.Error.Message);
            return Page();
        }
        TempData["Status"] = text["Wage_Added", added.Value!.DocumentNo, Display.Date(added.Value.EffectiveOn)].Value;
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        var scope = current.Scope;
        ProvinceCode = scope.Prefix is { Length: >= 2 } prefix ? prefix[..2] + "0000" : "370000";
        MayEnter = book.MayEnter(ProvinceCode);
        Standards = await book.OfProvinceAsync(ProvinceCode, ct);
        var places = await db.Regions.AsNoTracking().Where(r => r.ProvinceCode == ProvinceCode && r.Level != RegionLevel.Province)
            .OrderBy(r => r.Code).Select(r => new { r.Code, r.Name, r.Level, r.ParentCode }).ToListAsync(ct);
        Cities = places.Where(p => p.Level == RegionLevel.Prefecture)
            .Select(c => (c.Code, c.Name, (IReadOnlyList<(string, string)>)places.Where(p => p.Level == RegionLevel.County && p.Code[..4] == c.Code[..4])
                .Select(p => (p.Code, p.Name)).ToList())).ToList();
        _placeNames = places.ToDictionary(p => p.Code, p => p.Name);
    }

    /// <summary>The names of the places of a tier in a standard (cities, then counties that differ from their city).</summary>
    public string PlacesOf(MinimumWageStandard standard, int tier) =>
        string.Join("、", standard.Areas.Where(a => a.Value == tier).Select(a => _placeNames.GetValueOrDefault(a.Key) ?? a.Key));
}
