using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Graduates;

/// <summary>GRD-02: the service standard of the officer's own region: the notice's default, the national "1131" package, or a
/// number of targeted services of any kind. Regions below without their own follow it; the shortfall lists follow at once.</summary>
public sealed class StandardModel(YincaiDb db, ServiceStandards standards, RegionDirectory regions, IOptions<GraduatesOptions> options,
    IStringLocalizer<GraduatesResource> text) : PageModel
{
    public string? Region { get; private set; }
    public string? RegionName { get; private set; }
    public IReadOnlyList<ServiceRequirement> Requirements { get; private set; } = [];
    public string? SetBy { get; private set; }
    public IReadOnlyDictionary<string, string> RegionNames { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync(string? preset, int? count)
    {
        await LoadAsync();
        if (Region is null) return Forbid();
        IReadOnlyList<ServiceRequirement>? requirements = preset switch
        {
            "1131" => ServiceStandard.Package1131,
            "default" => ServiceStandard.Default(options.Value.TargetedServices),
            "count" when count is >= 1 and <= 20 => ServiceStandard.Default(count.Value),
            _ => null,
        };
        if (requirements is null)
        {
            ModelState.AddModelError("count", text["Error_StandardCount"]);
            return Page();
        }
        var judged = await standards.SetAsync(Region, requirements, HttpContext.RequestAborted);
        TempData["Status"] = text["Done_Standard", judged].Value;
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        Region = db.Scope.Prefix is { } prefix ? prefix.PadRight(6, '0') : null;
        if (Region is null) return;
        (Requirements, SetBy) = await standards.ForAsync(Region, ct);
        var names = await regions.NamesAsync(new[] { Region, SetBy }.OfType<string>().Distinct().ToList(), ct);
        (RegionName, RegionNames) = (names.GetValueOrDefault(Region), names);
    }

    public string Describe(IReadOnlyList<ServiceRequirement> requirements) => Describe(requirements, text);

    /// <summary>"政策咨询 1 次；职业指导 1 次；…" in the reader's language.</summary>
    public static string Describe(IReadOnlyList<ServiceRequirement> requirements, IStringLocalizer text) =>
        string.Join(text["ListSeparator"], requirements.Select(r => text["Requirement", r.Kinds.Count > 3 ? text["AnyTargeted"].Value
            : string.Join(text["Or"], r.Kinds.Select(k => text["Kind_" + k].Value)), r.Count].Value));
}
