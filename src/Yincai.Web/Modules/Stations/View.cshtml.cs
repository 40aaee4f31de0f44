using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Events.Contracts;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Stations.Operation;
using Yincai.Modules.Stations.Accreditation;
using Yincai.Modules.Stations.Programs;
using Yincai.Platform;

namespace Yincai.Modules.Stations;

/// <summary>
/// A named station's or home's own page (RET-09: the online home within the platform): who runs it, where, what it offers,
/// its published rules, the one-stop six finds (STN-12) and its certificate. During its public notice the page takes
/// objections from anyone.
/// </summary>
public sealed class ViewModel(StationPages pages, StationAccreditation accreditation, RegionDirectory regions, ChinaClock clock,
    StationEvents events, HomeNetwork network, CurrentUser current, IStringLocalizer<StationsResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }

    public Station Station { get; private set; } = null!;
    public ProgramDefinition Program { get; private set; } = null!;
    public string RegionName { get; private set; } = "";
    public bool TakesObjections { get; private set; }
    public string? Status { get; private set; }
    public IReadOnlyList<StationEventRow> Events { get; private set; } = [];
    public IReadOnlyList<NetworkMember> Members { get; private set; } = [];
    public int MemberCount { get; private set; }
    public bool IsTalent => current.IsInRole(Roles.Talent);
    public bool SignedIn => current.IsAuthenticated;
    public NetworkMember? Mine => Members.FirstOrDefault(m => m.TalentUserId == current.Id);

    /// <summary>The three platforms of a returnee home (RET-08): its services are public services, matching and networking.</summary>
    public bool HasPlatforms => Station.Services.Contains(StationServices.Networking) || Station.Services.Contains(StationServices.Matching)
        || Station.Services.Contains(StationServices.Public);

    /// <summary>The city whose demands, projects and jobs the matching platform shows.</summary>
    public string City => Station.RegionCode[..4] + "00";

    /// <summary>The industry the station serves (a talent station's action plan), to narrow the matching links.</summary>
    public string? Industry => Program.Conditions.Where(c => c.Industry).Select(c => Station.Content.Answer(c.Key).Industry).FirstOrDefault(i => i is not null);

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    private async Task<bool> LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        if (await pages.PublicViewAsync(Id, ct) is not { } station) return false;
        Station = station;
        Program = (await accreditation.ProgramAsync(station.ProgramId, ct))!.Definition;
        RegionName = (await regions.FullNamesAsync([station.RegionCode], ct)).GetValueOrDefault(station.RegionCode) ?? station.RegionCode;
        TakesObjections = station.TakesObjectionsOn(clock.Today);
        if (station.Status == StationStatus.Named)
        {
            Events = await events.UpcomingAsync(station.Id, clock.UtcNow, 10, ct);
            MemberCount = await network.CountAsync(station.Id, ct);
            if (current.IsAuthenticated) Members = await network.MembersAsync(station.Id, ct);
        }
        return true;
    }

    public async Task<IActionResult> OnPostObjectAsync(string? filedBy, string? contact, string? objection)
    {
        var result = await accreditation.ObjectAsync(Id, filedBy, contact, objection, HttpContext.RequestAborted);
        if (result.IsError)
        {
            Status = result.Error!.Message;
            ModelState.AddModelError("objection", result.Error.Message);
            return await LoadAsync() ? Page() : NotFound();
        }
        TempData["Status"] = text["Done_Objected"].Value;
        return RedirectToPage(new { id = Id });
    }

    public async Task<IActionResult> OnPostJoinAsync(string? field, string? projects)
    {
        var joined = await network.JoinAsync(Id, field, projects, HttpContext.RequestAborted);
        if (joined.IsError)
        {
            ModelState.AddModelError("field", joined.Error!.Message);
            return await LoadAsync() ? Page() : NotFound();
        }
        TempData["Status"] = text["Done_Joined"].Value;
        return RedirectToPage(new { id = Id });
    }

    public async Task<IActionResult> OnPostLeaveAsync()
    {
        await network.LeaveAsync(Id, HttpContext.RequestAborted);
        TempData["Status"] = text["Done_Left"].Value;
        return RedirectToPage(new { id = Id });
    }

    public string? ErrorFor(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)) : null;

    public string TypeName => Program.Types.FirstOrDefault(t => t.Key == Station.TypeKey)?.ToString() ?? Station.TypeKey;

    /// <summary>What the home publishes to those it serves (RET-05) and its lodging offer (STN-03).</summary>
    public IEnumerable<(StationCondition Condition, string Text)> Published =>
        Program.Conditions.Where(c => c.Public).Select(c => (c, Station.Content.Answer(c.Key).Text ?? "")).Where(p => p.Item2.Length > 0);
}
