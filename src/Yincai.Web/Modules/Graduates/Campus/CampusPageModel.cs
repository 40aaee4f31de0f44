using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Yincai.Modules.Graduates.Campus;

/// <summary>A page of a university's own: it works on the campus the signed-in account was confirmed for, or sends the account to
/// ask for one.</summary>
public abstract class CampusPageModel(CampusOffice office) : PageModel
{
    protected CampusOffice Office => office;

    public Campus Campus { get; private set; } = null!;

    /// <summary>The account's campus, or the redirect to the request page when it has none yet.</summary>
    protected async Task<IActionResult?> LoadCampusAsync()
    {
        if (await office.MineAsync(HttpContext.RequestAborted) is not { } campus) return RedirectToPage("/Graduates/Campus/Join");
        Campus = campus;
        return null;
    }

    protected IActionResult Done(string message)
    {
        TempData["Status"] = message;
        return RedirectToPage();
    }
}
