using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Stations.Programs;
using Yincai.Platform;

namespace Yincai.Modules.Stations.Accreditation;

/// <summary>
/// One application as its reviewers see it: the answers against the program's conditions with their files, the record of
/// steps, the experts' scores and the objections; and what the viewer may do at its stage: record the site visit, pass,
/// return or reject (the stage's officers), score (experts), answer objections and name it after the notice (the program's).
/// </summary>
public sealed class ApplicationModel(StationAccreditation accreditation, RegionDirectory regions, IndustryCatalog industries, CurrentUser current,
    ChinaClock clock, IStringLocalizer<StationsResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }

    public Station Station { get; private set; } = null!;
    public StationProgram Program { get; private set; } = null!;
    public ProgramDefinition Definition => Program.Definition;
    public string RegionName { get; private set; } = "";
    public IReadOnlyList<StationStep> Steps { get; private set; } = [];
    public IReadOnlyList<ExpertScore> Scores { get; private set; } = [];
    public IReadOnlyList<Objection> Objections { get; private set; } = [];
    public IReadOnlyList<EvidenceItem> Evidence { get; private set; } = [];
    public IReadOnlyList<Error> Unmet { get; private set; } = [];
    public ReviewStage? Stage => Station.Status == StationStatus.InReview ? Definition.Stages[Station.StageIndex] : null;
    public bool MayActAtStage { get; private set; }
    public bool MayScore => current.IsInRole(Roles.Reviewer) && Stage is { Experts: > 0 };
    public bool MayDecide => Station.Status == StationStatus.PublicNotice && accreditation.IsOfficerOf(Program.ProgramPrefix);
    public bool NoticeOver => Station.NoticeUntil is { } until && clock.Today > until;
    public DateOnly Today => clock.Today;
    public Guid? Me => current.Id;

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    private async Task<bool> LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        if (await accreditation.ViewAsync(Id, ct) is not { } station || station.Status == StationStatus.Draft) return false;
        Station = station;
        Program = (await accreditation.ProgramAsync(station.ProgramId, ct))!;
        RegionName = (await regions.FullNamesAsync([station.RegionCode], ct)).GetValueOrDefault(station.RegionCode) ?? station.RegionCode;
        Steps = await accreditation.StepsAsync(Id, ct);
        Scores = await accreditation.ScoresAsync(Id, ct);
        Objections = await accreditation.ObjectionsAsync(Id, ct);
        Evidence = await accreditation.EvidenceListAsync(Id, ct);
        Unmet = await accreditation.UnmetAsync(station, ct);
        MayActAtStage = accreditation.MayActAtStage(Program, station);
        return true;
    }

    public Task<IActionResult> OnPostVisitAsync(int version, DateOnly? visitedOn, string? findings) =>
        ActAsync(ct => accreditation.RecordSiteVisitAsync(Id, version, visitedOn, findings, ct), "Done_Visited");

    public Task<IActionResult> OnPostPassAsync(int version, string? note) => ActAsync(ct => accreditation.PassAsync(Id, version, note, ct), "Done_Passed");

    public Task<IActionResult> OnPostReturnAsync(int version, string? reason) => ActAsync(ct => accreditation.ReturnAsync(Id, version, reason, ct), "Done_Returned");

    public Task<IActionResult> OnPostRejectAsync(int version, string? reason) => ActAsync(ct => accreditation.RejectAsync(Id, version, reason, ct), "Done_Rejected");

    public Task<IActionResult> OnPostScoreAsync(int? score, bool recommend, string? comment) =>
        ActAsync(ct => accreditation.ScoreAsync(Id, score, recommend, comment, ct), "Done_Scored");

    public Task<IActionResult> OnPostAnswerAsync(Guid objection, string? answer) =>
        ActAsync(ct => accreditation.AnswerObjectionAsync(Id, objection, answer, ct), "Done_Answered");

    public Task<IActionResult> OnPostNameAsync(int version) => ActAsync(ct => accreditation.NameAsync(Id, version, ct), "Done_Named");

    public async Task<IActionResult> OnGetEvidenceAsync(Guid evidence)
    {
        var file = await accreditation.EvidenceAsync(Id, evidence, HttpContext.RequestAborted);
        return file is null ? NotFound() : File(file.Content, file.ContentType, file.FileName);
    }

    public async Task<IActionResult> OnGetCertificateAsync()
    {
        var pdf = await accreditation.CertificateAsync(Id, $"{Request.Scheme}://{Request.Host}", HttpContext.RequestAborted);
        return pdf is null ? NotFound() : File(pdf, "application/pdf", "certificate.pdf");
    }

    private async Task<IActionResult> ActAsync(Func<CancellationToken, Task<Result<Station>>> action, string done)
    {
        var result = await action(HttpContext.RequestAborted);
        if (result.IsError)
        {
            ModelState.AddModelError(result.Error!.Field ?? "", result.Error.Message);
            return await LoadAsync() ? Page() : NotFound();
        }
        TempData["Status"] = text[done].Value;
        return RedirectToPage(new { id = Id });
    }

    public string TypeName => Definition.Types.FirstOrDefault(t => t.Key == Station.TypeKey)?.ToString() ?? Station.TypeKey;

    public string IndustryName(string? code) => industries.Find(code)?.Name ?? code ?? "";
}
