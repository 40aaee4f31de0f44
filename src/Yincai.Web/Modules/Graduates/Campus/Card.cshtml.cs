using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Yincai.Modules.Graduates.Campus;

/// <summary>GRD-06's employment service contact card (就业服务联系卡): public, for graduates to keep on their phones; the station,
/// its hours and services, and its specialists with their office telephones.</summary>
[AllowAnonymous]
public sealed class CardModel(CampusOffice office) : PageModel
{
    public Campus Campus { get; private set; } = null!;
    public IReadOnlyList<CampusStaffMember> Specialists { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? code)
    {
        var ct = HttpContext.RequestAborted;
        if (string.IsNullOrWhiteSpace(code) || await office.PublicAsync(code.Trim(), ct) is not { HasStation: true } campus) return NotFound();
        Campus = campus;
        Specialists = (await office.StaffAsync(campus.Id, includeLeft: false, ct)).Where(s => s.Role == CampusStaffRole.ServiceSpecialist).ToList();
        return Page();
    }
}
