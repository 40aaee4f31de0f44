using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Stations.Programs;
using Yincai.Platform;

namespace Yincai.Modules.Stations.Accreditation;

/// <summary>
/// An operator's application (STN-01..05, RET-01..06): the profile, the answers to the program's conditions with their files,
/// the staff list. Saved as a draft as often as needed; submitted when every condition is met, which the page lists as it
/// goes. A returned application is fixed here and resubmitted.
/// </summary>
[UploadLimit(StationAccreditation.MaxEvidenceBytes)]
public sealed class ApplyModel(StationAccreditation accreditation, RegionDirectory regions, IndustryCatalog industries, CurrentUser current,
    IStringLocalizer<StationsResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Program { get; set; }
    [BindProperty] public int Version { get; set; }
    [BindProperty] public StationForm Form { get; set; } = new();

    public IReadOnlyList<StationProgram> Programs { get; private set; } = [];
    public StationProgram? Chosen { get; private set; }
    public Station? Station { get; private set; }
    public IReadOnlyList<RegionSummary> Regions { get; private set; } = [];
    public IReadOnlyList<Industry> Industries => industries.Divisions.ToList();
    public IReadOnlyList<EvidenceItem> Evidence { get; private set; } = [];
    public IReadOnlyList<Error> Unmet { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync()) return NotFound();
        if (Station is not null) (Form, Version) = (StationForm.From(Station), Station.Version);
        else if (Chosen is not null) Form.ProgramId = Chosen.Id;
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        var scope = current.Scope;
        // The programs whose region holds the operator's: Qingdao's for a Qingdao district, Jiangsu's for a Jiangsu city.
        Programs = (await accreditation.ProgramsAsync(ct)).Where(p => scope.Prefix is { } prefix && prefix.StartsWith(p.ProgramPrefix, StringComparison.Ordinal)).ToList();
        if (Id is { } id)
        {
            Station = await accreditation.ViewAsync(id, ct);
            if (Station is null) return false;
            Program = Station.ProgramId;
            Evidence = await accreditation.EvidenceListAsync(id, ct);
            Unmet = await accreditation.UnmetAsync(Station, ct);
        }
        Chosen = Programs.FirstOrDefault(p => p.Id == (Program ?? Form.ProgramId));
        if (Chosen is not null)
            Regions = (await regions.WithinAsync(scope, ct))
                .Where(r => r.Code.StartsWith(Chosen.ProgramPrefix, StringComparison.Ordinal) && RegionScope.PrefixOf(r.Code).Length > Chosen.ProgramPrefix.Length).ToList();
        return true;
    }

    public Task<IActionResult> OnPostSaveAsync() => SaveAsync(submit: false);

    public Task<IActionResult> OnPostSubmitAsync() => SaveAsync(submit: true);

    private async Task<IActionResult> SaveAsync(bool submit)
    {
        var ct = HttpContext.RequestAborted;
        if (!ModelState.IsValid) return await LoadAsync() ? Page() : NotFound();
        var uploads = new List<StationUpload>();
        foreach (var file in Request.Form.Files.Where(f => f.Name.StartsWith("evidence_", StringComparison.Ordinal) && f.Length > 0))
            uploads.Add(new StationUpload(file.Name["evidence_".Length..], file.FileName, await EvidenceFile.ReadAsync(file, StationAccreditation.MaxEvidenceBytes, ct)));
        var saved = Id is { } id ? await accreditation.EditAsync(id, Version, Form, uploads, ct) : await accreditation.CreateAsync(Form, uploads, ct);
        if (saved.IsError) return await ShowAsync(saved.Error!);
        var station = saved.Value!;
        (Id, Version) = (station.Id, station.Version);
        if (submit)
        {
            var submitted = await accreditation.SubmitAsync(station.Id, station.Version, ct);
            if (submitted.IsError)
            {
                // The draft is saved: the page shows what is still missing.
                TempData["Status"] = text["Done_SavedNotSubmitted"].Value + " " + submitted.Error!.Message;
                return RedirectToPage(new { id = station.Id });
            }
            TempData["Status"] = text["Done_Submitted"].Value;
            return RedirectToPage("/Stations/Mine");
        }
        TempData["Status"] = text["Done_Saved"].Value;
        return RedirectToPage(new { id = station.Id });
    }

    private async Task<IActionResult> ShowAsync(Error error)
    {
        ModelState.AddModelError(error.Field ?? "", error.Message);
        return await LoadAsync() ? Page() : NotFound();
    }

    public string? ErrorFor(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)) : null;

    public StationForm.AnswerInput AnswerOf(string key) => Form.Answers.GetValueOrDefault(key) ?? new StationForm.AnswerInput();
}
