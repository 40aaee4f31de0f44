using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Graduates;

/// <summary>GRD-08: the internships of the officer's scope (ongoing first, by end date), ending them as kept on, not kept on or left
/// early, and each host's retention per intake, which the internship subsidy's 50 % threshold reads (GRD-09).</summary>
public sealed class InternshipsModel(YincaiDb db, Internships internships, TalentDirectory talents, ChinaClock clock,
    IStringLocalizer<GraduatesResource> text) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public PagedList<InternshipPlacement> Placements { get; private set; } = new([], 1, 1, 0);
    public IReadOnlyDictionary<Guid, GraduateCard> People { get; private set; } = new Dictionary<Guid, GraduateCard>();
    public IReadOnlyList<Internships.Retention> Retention { get; private set; } = [];
    public DateOnly Today => clock.Today;

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Placements = await db.Internships.AsNoTracking().ToCappedPagedListAsync(
            q => q.OrderBy(p => p.Outcome != InternshipOutcome.Ongoing).ThenBy(p => p.EndOn).ThenBy(p => p.Id), PageNumber, 30, ct);
        People = await talents.CardsAsync(Placements.Items.Select(p => p.TalentId).Distinct().ToList(), ct);
        Retention = await internships.RetentionAsync(ct);
    }

    public async Task<IActionResult> OnPostEndAsync(Guid placementId, int version, InternshipOutcome outcome, DateOnly? endedOn)
    {
        var ct = HttpContext.RequestAborted;
        if (await db.FindInScopeAsync<InternshipPlacement>(placementId, ct) is not { } placement) return NotFound();
        if (placement.Version != version)
        {
            TempData["Status"] = GraduateErrors.Stale.Message;
            return RedirectToPage();
        }
        var ended = placement.End(outcome, endedOn ?? Today, Today);
        if (ended.IsError)
        {
            TempData["Status"] = ended.Error!.Message;
            return RedirectToPage();
        }
        await db.SaveChangesAsync(ct);
        TempData["Status"] = text["Done_InternshipEnded"].Value;
        return RedirectToPage();
    }
}
