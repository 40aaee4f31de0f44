using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Platform;

namespace Yincai.Modules.Talents.Profile;

/// <summary>The person's data rights in one place: download everything (JSON or Excel), and ask for deletion, which
/// the officers of the household region handle (one request open at a time).</summary>
public sealed class DataModel(YincaiDb db, TalentProfiles profiles, PersonalDataExport export, CurrentUser current,
    TimeProvider clock, IStringLocalizer<TalentsResource> text) : PageModel
{
    [BindProperty, StringLength(500, ErrorMessage = "MaxLength"), Display(Name = "Field_DeletionReason")]
    public string? Reason { get; set; }
    public IReadOnlyList<DeletionRequest> Requests { get; private set; } = [];
    public bool HasPending => Requests.Any(r => r.Status == DeletionStatus.Pending);

    public async Task<IActionResult> OnGetAsync()
    {
        if (await MineAsync() is not { } talent) return PersonalFirst();
        await LoadAsync(talent);
        return Page();
    }

    public async Task<IActionResult> OnPostJsonAsync()
    {
        if (await MineAsync() is not { } talent) return PersonalFirst();
        var content = await export.JsonAsync(talent, HttpContext.RequestAborted);
        return File(content, "application/json", FileName("json"));
    }

    public async Task<IActionResult> OnPostExcelAsync()
    {
        if (await MineAsync() is not { } talent) return PersonalFirst();
        var content = await export.ExcelAsync(talent, HttpContext.RequestAborted);
        return File(content, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileName("xlsx"));
    }

    public async Task<IActionResult> OnPostDeleteAsync()
    {
        if (await MineAsync() is not { } talent) return PersonalFirst();
        await LoadAsync(talent);
        if (HasPending) ModelState.AddModelError("", text["Error_DeletionPending"]);
        if (!ModelState.IsValid) return Page();
        var reason = string.IsNullOrWhiteSpace(Reason) ? null : Reason.Trim();
        db.DeletionRequests.Add(new DeletionRequest(talent.Id, talent.RegionCode, reason, clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        TempData["Status"] = text["Deletion_Requested"].Value;
        return RedirectToPage();
    }

    private string FileName(string extension) =>
        $"yincai-my-data-{clock.GetUtcNow().UtcDateTime:yyyyMMdd}.{extension}";

    private async Task LoadAsync(Talent talent) =>
        Requests = await db.DeletionRequests.AsNoTracking().Where(r => r.TalentId == talent.Id).OrderByDescending(r => r.RequestedAtUtc)
            .ToListAsync(HttpContext.RequestAborted);

    private async Task<Talent?> MineAsync() =>
        current.Id is { } userId ? await profiles.MineAsync(userId, HttpContext.RequestAborted) : null;

    private RedirectResult PersonalFirst()
    {
        TempData["Status"] = text["Profile_PersonalFirst"].Value;
        return Redirect("/Talents/Profile");
    }
}
