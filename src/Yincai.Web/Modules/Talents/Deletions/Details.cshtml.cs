using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Shared;
using Yincai.Platform;

namespace Yincai.Modules.Talents.Deletions;

/// <summary>One deletion request for an officer of the talent's household region: what would go and what stays, and
/// the two answers. A request outside the officer's scope is a 404 (and an audited denial).</summary>
public sealed class DetailsModel(YincaiDb db, TalentErasure erasure, RegionDirectory regions, IStringLocalizer<TalentsResource> text,
    IStringLocalizer<SharedResource> shared) : PageModel
{
    public DeletionRequest Deletion { get; private set; } = null!;
    public Talent? Talent { get; private set; }
    public string? RegionName { get; private set; }
    public (int Educations, int Resumes, int EmploymentChanges, int Consents) Counts { get; private set; }
    [BindProperty] public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await db.FindInScopeAsync<DeletionRequest>(id, HttpContext.RequestAborted, tracked: false) is not { } request) return NotFound();
        await LoadAsync(request);
        return Page();
    }

    public Task<IActionResult> OnPostCompleteAsync(Guid id, int version) =>
        ActAsync(id, version, request => erasure.CompleteAsync(request, HttpContext.RequestAborted), "Deletion_CompletedDone");

    public Task<IActionResult> OnPostDeclineAsync(Guid id, int version) =>
        ActAsync(id, version, request => erasure.DeclineAsync(request, Note, HttpContext.RequestAborted), "Deletion_DeclinedDone");

    private async Task<IActionResult> ActAsync(Guid id, int version, Func<DeletionRequest, Task<Result>> action, string doneKey)
    {
        if (await db.FindInScopeAsync<DeletionRequest>(id, HttpContext.RequestAborted) is not { } request) return NotFound();
        db.Entry(request).Property(r => r.Version).OriginalValue = version;
        try
        {
            var result = await action(request);
            if (!result.IsError)
            {
                TempData["Status"] = text[doneKey].Value;
                return Redirect("/Talents/Deletions");
            }
            ModelState.AddModelError(result.Error!.Field ?? "", result.Error.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", shared["ConcurrencyConflict"]);
        }
        db.ChangeTracker.Clear();
        if (await db.FindInScopeAsync<DeletionRequest>(id, HttpContext.RequestAborted, tracked: false) is not { } fresh) return NotFound();
        await LoadAsync(fresh);
        return Page();
    }

    private async Task LoadAsync(DeletionRequest request)
    {
        var ct = HttpContext.RequestAborted;
        Deletion = request;
        Talent = await db.Talents.AsNoTracking().FirstOrDefaultAsync(t => t.Id == request.TalentId, ct);
        RegionName = (await regions.NamesAsync([request.RegionCode], ct)).GetValueOrDefault(request.RegionCode);
        var talentId = request.TalentId;
        Counts = (await db.Educations.CountAsync(e => e.TalentId == talentId, ct), await db.Resumes.CountAsync(r => r.TalentId == talentId, ct),
            await db.EmploymentChanges.CountAsync(e => e.TalentId == talentId, ct), await db.Consents.CountAsync(c => c.TalentId == talentId, ct));
    }
}
