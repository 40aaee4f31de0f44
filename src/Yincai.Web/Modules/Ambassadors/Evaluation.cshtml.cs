using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Ambassadors.Work;

namespace Yincai.Modules.Ambassadors;

/// <summary>AMB-10: the year's scoring by the weights on file, and the ranking of the scope's ambassadors.</summary>
public sealed class EvaluationModel(AmbassadorWork work, AmbassadorRegistry registry, IStringLocalizer<AmbassadorsResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    public IReadOnlyList<RankedAmbassador> Ranking { get; private set; } = [];
    public int ShownYear => Year is >= 2023 and <= 2100 ? Year.Value : registry.Today.Year;

    public async Task OnGetAsync() => Ranking = await work.RankingAsync(ShownYear, HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostScoreAsync()
    {
        var count = await work.ScoreYearAsync(ShownYear, HttpContext.RequestAborted);
        TempData["Status"] = text["Done_Scored", count].Value;
        return Redirect("/Ambassadors/Evaluation?year=" + ShownYear);
    }
}
