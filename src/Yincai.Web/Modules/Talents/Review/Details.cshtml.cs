using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Audit.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;
using Yincai.Platform.Protection;

namespace Yincai.Modules.Talents.Review;

/// <summary>One talent for an officer. The ID number shows masked; showing it in clear is a separate post with a
/// purpose, written to the audit trail before the number is sent (SECURITY.md §2).</summary>
public sealed class DetailsModel(YincaiDb db, FieldProtection protection, SensitiveDataViews views, RegionDirectory regions) : PageModel
{
    public static readonly IReadOnlyList<string> Purposes = ["identity_check", "service", "subsidy", "complaint"];

    public Talent Talent { get; private set; } = null!;
    public string? RegionName { get; private set; }
    public string? ClearIdNumber { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRevealAsync(Guid id, string? purpose)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (purpose is null || !Purposes.Contains(purpose)) return BadRequest();
        await views.RecordAsync(nameof(Talent), Talent.Id.ToString(), ["IdNumber"], purpose, Talent.RegionCode, HttpContext.RequestAborted);
        ClearIdNumber = protection.Decrypt(Talent.IdNumberCipher);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        if (await db.FindInScopeAsync<Talent>(id, HttpContext.RequestAborted, tracked: false) is not { } talent) return false;
        Talent = talent;
        RegionName = (await regions.NamesAsync([talent.RegionCode], HttpContext.RequestAborted)).GetValueOrDefault(talent.RegionCode);
        return true;
    }
}
