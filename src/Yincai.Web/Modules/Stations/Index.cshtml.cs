using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Stations.Accreditation;
using Yincai.Modules.Stations.Programs;
using Yincai.Platform;

namespace Yincai.Modules.Stations;

/// <summary>The public list of named talent stations and returnee homes (STN-06, RET-09), and those in public notice, to
/// which anyone may object.</summary>
public sealed class IndexModel(StationPages pages, StationAccreditation accreditation, RegionDirectory regions) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Program { get; set; }
    [BindProperty(SupportsGet = true)] public string? Type { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    /// <summary>A city or county (the reports' drill-down).</summary>
    [BindProperty(SupportsGet = true)] public string? Region { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public PagedList<Station> Stations { get; private set; } = new([], 1, StationPages.PageSize, 0);
    public IReadOnlyList<Station> InNotice { get; private set; } = [];
    public IReadOnlyDictionary<Guid, StationProgram> Programs { get; private set; } = new Dictionary<Guid, StationProgram>();
    public IReadOnlyDictionary<string, string> RegionNames { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Programs = (await accreditation.ProgramsAsync(ct)).ToDictionary(p => p.Id);
        if (Program is { } p && !Programs.ContainsKey(p)) Program = null;
        if (Program is null || Programs[Program.Value].Definition.Types.All(t => t.Key != Type)) Type = null;
        Stations = await pages.PublicAsync(Program, Type, RegionScope.FilterPrefix(Region), SearchTerms.Parse(Q), PageNumber, ct);
        InNotice = await pages.InNoticeAsync(ct);
        RegionNames = await regions.FullNamesAsync(Stations.Items.Concat(InNotice).Select(s => s.RegionCode).Distinct().ToList(), ct);
    }

    public string TypeName(Station s) => Programs[s.ProgramId].Definition.Types.FirstOrDefault(t => t.Key == s.TypeKey)?.ToString() ?? s.TypeKey;
}
