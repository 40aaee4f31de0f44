using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Accounts.Contracts;

namespace Yincai.Modules.Graduates.Campus;

/// <summary>The university's API keys for <c>/api/v1</c> (pushing graduates, reading their status).</summary>
public sealed class TokensModel(CampusOffice office, OrganisationTokens tokens, IStringLocalizer<Shared.SharedResource> shared,
    IStringLocalizer<GraduatesResource> text) : OrganisationTokensPage(tokens, shared)
{
    public override string Title => text["Nav_CampusTokens"];
    public override string Lead => text["Tokens_Lead"];

    protected override async Task<(OrganisationRef?, IActionResult?)> OrganisationAsync() =>
        await office.MineAsync(HttpContext.RequestAborted) is { } campus
            ? (new OrganisationRef(OrganisationKinds.University, campus.UniversityCode, campus.Name), null)
            : (null, RedirectToPage("/Graduates/Campus/Join"));
}
