using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Yincai.Modules.Reporting;

/// <summary>What every report page shares: the period from the query string and the name of the viewer's scope.</summary>
public abstract class ReportPageModel(Dashboards dashboards, IStringLocalizer<ReportingResource> text)
    : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public int? Cohort { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? At { get; set; }

    public ReportPeriod Period { get; private set; } = null!;
    public string ScopeName { get; private set; } = "";
    public IReadOnlyList<Indicator> Indicators { get; protected set; } = [];
    protected Dashboards Dashboards => dashboards;
    protected IStringLocalizer<ReportingResource> Text => text;

    protected async Task PrepareAsync(CancellationToken cancellationToken)
    {
        Period = ReportPeriod.Of(Year, Cohort, At, dashboards.Today);
        ScopeName = await dashboards.ScopeNameAsync(cancellationToken) ?? text["Scope_All"].Value;
    }

    /// <summary>This page's query string with another handler, for the export link.</summary>
    public string PeriodQuery => $"year={Period.Year}&cohort={Period.Cohort}&at={Period.At:yyyy-MM-dd}";
}
