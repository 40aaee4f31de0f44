using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Stations.Accreditation;
using Yincai.Modules.Stations.Operation;
using Yincai.Modules.Stations.Programs;
using Yincai.Platform;

namespace Yincai.Modules.Stations.Evaluation;

/// <summary>A named station's yearly evaluations (STN-14): the program's criteria to score, the station's figures of the year
/// beside them from the platform, the experts' scores, and the officers' conclusion (pass and reward, or revoke).</summary>
public sealed class IndexModel(StationAccreditation accreditation, StationEvaluations evaluations, StationOperation operation, CurrentUser current,
    ChinaClock clock, IStringLocalizer<StationsResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    public Station Station { get; private set; } = null!;
    public StationProgram Program { get; private set; } = null!;
    public IReadOnlyList<StationEvaluation> Evaluations { get; private set; } = [];
    public StationEvaluation? Current { get; private set; }
    public IReadOnlyList<EvaluationScore> Scores { get; private set; } = [];
    public StationFigures Figures { get; private set; } = new(0, 0, 0, 0, 0);
    public bool IsProgramOfficer => accreditation.IsOfficerOf(Program.ProgramPrefix);
    public bool IsExpert => current.IsInRole(Roles.Reviewer);
    public Guid? Me => current.Id;
    public int Experts => StationEvaluations.ExpertsFor(Program.Definition);

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    private async Task<bool> LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        if (await accreditation.ViewAsync(Id, ct) is not { NamedOn: not null } station) return false;
        Station = station;
        Program = (await accreditation.ProgramAsync(station.ProgramId, ct))!;
        Evaluations = await evaluations.OfStationAsync(Id, ct);
        var year = Year ?? Evaluations.FirstOrDefault()?.Year ?? clock.Today.Year;
        Year = year;
        Current = Evaluations.FirstOrDefault(e => e.Year == year);
        Scores = Current is null ? [] : await evaluations.ScoresAsync(Current.Id, ct);
        Figures = await operation.FiguresAsync(Id, year, ct);
        return true;
    }

    public Task<IActionResult> OnPostOpenAsync() =>
        ActAsync(ct => evaluations.OpenAsync(Id, Year ?? clock.Today.Year, ct), "Done_EvaluationOpened");

    public Task<IActionResult> OnPostScoreAsync(Guid evaluation, Dictionary<string, int?> scores, string? comment) =>
        ActAsync(ct => evaluations.ScoreAsync(evaluation, scores, comment, ct), "Done_Scored");

    public Task<IActionResult> OnPostConcludeAsync(Guid evaluation, int version, decimal? reward, string? note) =>
        ActAsync(ct => evaluations.ConcludeAsync(evaluation, version, reward, note, ct), "Done_EvaluationConcluded");

    private async Task<IActionResult> ActAsync(Func<CancellationToken, Task<Result<StationEvaluation>>> action, string done)
    {
        var result = await action(HttpContext.RequestAborted);
        if (result.IsError)
        {
            ModelState.AddModelError(result.Error!.Field ?? "", result.Error.Message);
            return await LoadAsync() ? Page() : NotFound();
        }
        TempData["Status"] = text[done].Value;
        return RedirectToPage(new { id = Id, year = result.Value!.Year });
    }
}
