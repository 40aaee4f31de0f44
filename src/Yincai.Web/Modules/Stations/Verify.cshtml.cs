using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Stations.Accreditation;
using Yincai.Modules.Stations.Programs;

namespace Yincai.Modules.Stations;

/// <summary>The public check of a station's certificate, by the code in its QR link or by its number: valid while the station
/// stands, revoked after 撤站摘牌 (STN-14). Only public facts are shown.</summary>
public sealed class VerifyModel(StationPages pages, StationAccreditation accreditation, RegionDirectory regions) : PageModel
{
    public Station? Found { get; private set; }
    public ProgramDefinition? Program { get; private set; }
    public string RegionName { get; private set; } = "";
    public bool Searched { get; private set; }

    public async Task OnGetAsync(string? code, string? number)
    {
        if (string.IsNullOrWhiteSpace(code) && string.IsNullOrWhiteSpace(number)) return;
        Searched = true;
        var ct = HttpContext.RequestAborted;
        var station = await pages.VerifyAsync(code, number, ct);
        if (station is not { CertificateNumber: not null }) return;
        Found = station;
        Program = (await accreditation.ProgramAsync(station.ProgramId, ct))!.Definition;
        RegionName = (await regions.FullNamesAsync([station.RegionCode], ct)).GetValueOrDefault(station.RegionCode) ?? station.RegionCode;
    }

    public bool IsValid => Found?.Status == StationStatus.Named;
}
