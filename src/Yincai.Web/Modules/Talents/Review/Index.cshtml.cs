using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;
using Yincai.Platform.Validation;

namespace Yincai.Modules.Talents.Review;

/// <summary>
/// Talents whose household region lies in the officer's scope (YincaiDb's filter). A search term that looks like
/// an ID number is matched exactly through the blind index; anything else matches names.
/// </summary>
public sealed class IndexModel(YincaiDb db, TalentProfiles profiles, RegionDirectory regions, TimeProvider clock,
    IStringLocalizer<TalentsResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;
    public PagedList<TalentRow> Talents { get; private set; } = new([], 1, 1, 0);
    public IReadOnlyDictionary<string, string> RegionNames { get; private set; } = new Dictionary<string, string>();
    public string? SearchError { get; private set; }

    public async Task OnGetAsync()
    {
        var query = db.Talents.AsNoTracking();
        var term = Q?.Trim();
        if (!string.IsNullOrEmpty(term))
        {
            if (term.Length >= 15 && term.Any(char.IsDigit))
            {
                var id = ResidentIdNumber.Validate(term, text["Field_IdNumber"], DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
                if (id.IsError) SearchError = id.Error!.Message;
                query = id.IsError ? query.Where(_ => false) : profiles.ByIdNumber(id.Value!).AsNoTracking();
            }
            else
            {
                query = query.Where(t => t.FullName.Contains(term));
            }
        }
        Talents = await query.OrderBy(t => t.RegionCode).ThenBy(t => t.FullName)
            .Select(t => new TalentRow(t.Id, t.FullName, t.IdNumberMasked, t.Gender, t.BirthDate, t.RegionCode))
            .ToPagedListAsync(PageNumber, 30, HttpContext.RequestAborted);
        RegionNames = await regions.NamesAsync(Talents.Items.Select(t => t.RegionCode).Distinct().ToList(), HttpContext.RequestAborted);
    }
}
