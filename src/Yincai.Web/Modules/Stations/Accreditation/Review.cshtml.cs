using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Stations.Programs;
using Yincai.Platform;

namespace Yincai.Modules.Stations.Accreditation;

/// <summary>The applications and stations in the reviewer's scope: first those waiting for them (their stage, a score to
/// give, a notice over to decide), then all by status.</summary>
public sealed class ReviewModel(StationPages pages, StationAccreditation accreditation, RegionDirectory regions) : PageModel
{
    [BindProperty(SupportsGet = true)] public StationStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Program { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Station> Waiting { get; private set; } = [];
    public PagedList<Station> Stations { get; private set; } = new([], 1, StationPages.PageSize, 0);
    public IReadOnlyDictionary<Guid, StationProgram> Programs { get; private set; } = new Dictionary<Guid, StationProgram>();
    public IReadOnlyDictionary<string, string> RegionNames { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Programs = (await accreditation.ProgramsAsync(ct)).ToDictionary(p => p.Id);
        Waiting = await pages.WaitingAsync(ct);
        Stations = await pages.ReviewAsync(Status, Program, PageNumber, ct);
        RegionNames = await regions.FullNamesAsync(Waiting.Concat(Stations.Items).Select(s => s.RegionCode).Distinct().ToList(), ct);
    }

    public string Where(Station s) => s.Status switch
    {
        StationStatus.InReview => Programs[s.ProgramId].Definition.Stages[s.StageIndex].Name.ToString(),
        StationStatus.PublicNotice => Display.Date(s.NoticeUntil!.Value),
        StationStatus.Named => s.CertificateNumber ?? "",
        _ => "",
    };
}
