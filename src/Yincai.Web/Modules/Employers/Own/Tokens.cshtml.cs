using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Employers.Own;

/// <summary>The employer's API keys for <c>/api/v1/employer</c> (its jobs, posting them, reading applications), made by any of its members.</summary>
public sealed class TokensModel(EmployerRegistration registration, CurrentUser current, OrganisationTokens tokens,
    IStringLocalizer<Shared.SharedResource> shared, IStringLocalizer<EmployersResource> text) : OrganisationTokensPage(tokens, shared)
{
    public override string Title => text["Nav_EmployerTokens"];
    public override string Lead => text["Tokens_Lead"];

    protected override Task<(OrganisationRef?, IActionResult?)> OrganisationAsync() => EmployerOrganisation.OfAsync(registration, current, this,
        HttpContext.RequestAborted);
}

/// <summary>The employer a member's keys and webhooks pages work on; a member without one is sent to register it.</summary>
internal static class EmployerOrganisation
{
    public static async Task<(OrganisationRef?, IActionResult?)> OfAsync(EmployerRegistration registration, CurrentUser current,
        Microsoft.AspNetCore.Mvc.RazorPages.PageModel page, CancellationToken cancellationToken) =>
        current.Id is { } userId && await registration.MineAsync(userId, cancellationToken) is { } employer
            ? (new OrganisationRef(OrganisationKinds.Employer, employer.Id.ToString(), employer.Name), null)
            : (null, page.RedirectToPage("/Employers/Own/Index"));
}
