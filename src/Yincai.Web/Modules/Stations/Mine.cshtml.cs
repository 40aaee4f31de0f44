using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Stations.Accreditation;
using Yincai.Modules.Stations.Programs;

namespace Yincai.Modules.Stations;

/// <summary>An operator's applications and stations: where each stands, its record of steps with reasons, and the
/// certificate of a named one.</summary>
public sealed class MineModel(StationAccreditation accreditation) : PageModel
{
    public sealed record Entry(Station Station, ProgramDefinition Program, IReadOnlyList<StationStep> Steps);

    public IReadOnlyList<Entry> Entries { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var programs = (await accreditation.ProgramsAsync(ct)).ToDictionary(p => p.Id);
        var entries = new List<Entry>();
        foreach (var station in await accreditation.MineAsync(ct))
            entries.Add(new Entry(station, programs[station.ProgramId].Definition, await accreditation.StepsAsync(station.Id, ct)));
        Entries = entries;
    }

    public async Task<IActionResult> OnGetCertificateAsync(Guid id)
    {
        var pdf = await accreditation.CertificateAsync(id, $"{Request.Scheme}://{Request.Host}", HttpContext.RequestAborted);
        return pdf is null ? NotFound() : File(pdf, "application/pdf", "certificate.pdf");
    }

    public async Task<IActionResult> OnGetEvidenceAsync(Guid id, Guid evidence)
    {
        var file = await accreditation.EvidenceAsync(id, evidence, HttpContext.RequestAborted);
        return file is null ? NotFound() : File(file.Content, file.ContentType, file.FileName);
    }
}
