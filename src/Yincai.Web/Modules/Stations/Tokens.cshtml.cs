using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Stations.Accreditation;

namespace Yincai.Modules.Stations;

/// <summary>A named station's API keys for <c>/api/v1/station</c> (its events' registrations), made by its operator.</summary>
public sealed class TokensModel(StationAccreditation accreditation, OrganisationTokens tokens, IStringLocalizer<Shared.SharedResource> shared,
    IStringLocalizer<StationsResource> text) : OrganisationTokensPage(tokens, shared)
{
    [BindProperty(SupportsGet = true)] public Guid? Station { get; set; }

    public override string Title => text["Nav_StationTokens"];
    public override string Lead => text["Tokens_Lead"];

    protected override Task<(OrganisationRef?, IActionResult?)> OrganisationAsync() =>
        StationOrganisation.OfAsync(accreditation, Station, this, HttpContext.RequestAborted);
}

/// <summary>The operator's named station a keys or webhooks page works on (<c>?station=</c>, else the newest); an operator without a
/// named station is sent to their applications.</summary>
internal static class StationOrganisation
{
    public static async Task<(OrganisationRef?, IActionResult?)> OfAsync(StationAccreditation accreditation, Guid? id,
        Microsoft.AspNetCore.Mvc.RazorPages.PageModel page, CancellationToken cancellationToken)
    {
        var named = (await accreditation.MineAsync(cancellationToken)).Where(s => s.Status == StationStatus.Named).ToList();
        var station = id is { } chosen ? named.FirstOrDefault(s => s.Id == chosen) : named.FirstOrDefault();
        return station is null
            ? (null, id is null ? page.RedirectToPage("/Stations/Mine") : null)
            : (new OrganisationRef(OrganisationKinds.Station, station.Id.ToString(), station.Name), null);
    }
}
