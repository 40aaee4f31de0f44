using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Reporting;

/// <summary>The wall screen (大屏): every target's actual in large type and the employment rate by region, refreshed in place every
/// minute from <c>?handler=Figures</c> without reloading the page.</summary>
public sealed class WallModel(Dashboards dashboards, IStringLocalizer<ReportingResource> text,
    ChinaClock clock) : ReportPageModel(dashboards, text)
{
    public const int DefaultRefreshSeconds = 60;

    /// <summary>How often the screen asks for new figures: a minute unless the screen's address says otherwise (5 s to 10 min).</summary>
    [BindProperty(SupportsGet = true)] public int? Refresh { get; set; }

    public int RefreshSeconds => Math.Clamp(Refresh ?? DefaultRefreshSeconds, 5, 600);

    public sealed record Tile(string Rule, string Title, string Actual, string Target, bool? Met);

    public sealed record Figures(string UpdatedAt, IReadOnlyList<Tile> Tiles, ReportChart? Chart);

    public Figures Now { get; private set; } = null!;

    public async Task OnGetAsync() => Now = await FiguresAsync();

    public async Task<IActionResult> OnGetFiguresAsync() => new JsonResult(await FiguresAsync());

    private async Task<Figures> FiguresAsync()
    {
        var ct = HttpContext.RequestAborted;
        await PrepareAsync(ct);
        Indicators = await Dashboards.AllAsync(Period, ct);
        return new Figures(Display.Time(clock.UtcNow), Indicators.Select(i => new Tile(i.Rule, i.Title, i.Actual, i.Target, i.Met)).ToList(),
            Indicators.FirstOrDefault(i => i.Rule == "GRD-15")?.Chart);
    }
}
