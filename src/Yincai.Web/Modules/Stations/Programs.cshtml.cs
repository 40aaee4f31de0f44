using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Stations.Accreditation;
using Yincai.Modules.Stations.Programs;
using Yincai.Platform;

namespace Yincai.Modules.Stations;

/// <summary>
/// The programs as configured from their notices: conditions, review stages, public notice, targets and evaluation, with
/// the stations of each against its targets (STN-08); the program's own officers set the window for applications (STN-07).
/// </summary>
public sealed class ProgramsModel(StationAccreditation accreditation, Operation.StationOperation operation, YincaiDb db, ChinaClock clock,
    IStringLocalizer<StationsResource> text) : PageModel
{
    public sealed record Figures(int Named, int InReview, int InNotice, int Revoked);

    public IReadOnlyList<StationProgram> Programs { get; private set; } = [];
    public IReadOnlyDictionary<Guid, Figures> Counts { get; private set; } = new Dictionary<Guid, Figures>();
    public IReadOnlyDictionary<Guid, Operation.StationFigures> Year { get; private set; } = new Dictionary<Guid, Operation.StationFigures>();

    public async Task OnGetAsync() => await LoadAsync();

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        Programs = await accreditation.ProgramsAsync(ct);
        // Counted across regions: a program's targets are the whole program's, whichever district the officer keeps.
        var counts = await db.Stations.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().GroupBy(s => new { s.ProgramId, s.Status })
            .Select(g => new { g.Key.ProgramId, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        Counts = Programs.ToDictionary(p => p.Id, p =>
        {
            int Of(StationStatus status) => counts.Where(c => c.ProgramId == p.Id && c.Status == status).Sum(c => c.Count);
            return new Figures(Of(StationStatus.Named), Of(StationStatus.InReview), Of(StationStatus.PublicNotice), Of(StationStatus.Revoked));
        });
        var named = await db.Stations.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().Where(s => s.Status == StationStatus.Named)
            .Select(s => new { s.Id, s.ProgramId }).ToListAsync(ct);
        var year = new Dictionary<Guid, Operation.StationFigures>();
        foreach (var p in Programs)
            year[p.Id] = await operation.ProgramFiguresAsync(named.Where(s => s.ProgramId == p.Id).Select(s => s.Id).ToList(), clock.Today.Year, ct);
        Year = year;
    }

    public bool MaySetWindow(StationProgram program) => accreditation.IsOfficerOf(program.ProgramPrefix);

    public async Task<IActionResult> OnPostWindowAsync(Guid program, int version, DateOnly? from, DateOnly? until)
    {
        var set = await accreditation.SetWindowAsync(program, version, from, until, HttpContext.RequestAborted);
        if (set.IsError)
        {
            ModelState.AddModelError("", set.Error!.Message);
            await LoadAsync();
            return Page();
        }
        TempData["Status"] = text["Done_WindowSet"].Value;
        return RedirectToPage();
    }
}
