using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Yincai.Modules.Accounts.Contracts;

/// <summary>The organisation a keys or webhooks page works on: its kind, code (what tokens and subscriptions are kept under) and name.</summary>
public sealed record OrganisationRef(string Kind, string Code, string Name);

/// <summary>
/// An organisation's API keys page (a university's, an employer's, a station's): made here, shown once, revoked here. The module's
/// page says which organisation the signed-in account acts for (<see cref="OrganisationAsync"/>); the form and list are
/// <c>_ApiTokens</c>. A key acts for the organisation, not for the person who made it, and keeps working when that person leaves.
/// </summary>
public abstract class OrganisationTokensPage(OrganisationTokens tokens, IStringLocalizer<Shared.SharedResource> text) : PageModel
{
    [BindProperty] public TokenInput Input { get; set; } = new();
    public OrganisationRef Organisation { get; private set; } = null!;
    public IReadOnlyList<TokenSummary> Tokens { get; private set; } = [];

    /// <summary>The key just made, shown on this response only.</summary>
    public IssuedToken? Issued { get; private set; }

    /// <summary>The scopes this kind of organisation may give.</summary>
    public IReadOnlyList<string> Scopes => TokenScopes.For(Organisation.Kind);

    /// <summary>The page's title and lead (what the keys are for), from the module's resources.</summary>
    public abstract string Title { get; }
    public abstract string Lead { get; }

    public sealed class TokenInput
    {
        [Required(ErrorMessage = "Required"), StringLength(50, ErrorMessage = "MaxLength"), Display(Name = "Field_TokenName")]
        public string? Name { get; set; }
        [Display(Name = "Field_TokenScopes")] public List<string> Scopes { get; set; } = [];
        [Range(1, OrganisationTokens.MaxDays, ErrorMessage = "Range"), Display(Name = "Field_TokenDays")] public int Days { get; set; } = 180;
    }

    /// <summary>The organisation the signed-in account acts for, or where to send it when none.</summary>
    protected abstract Task<(OrganisationRef? Organisation, IActionResult? Away)> OrganisationAsync();

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadOrganisationAsync() is { } away) return away;
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadOrganisationAsync() is { } away) return away;
        if (ModelState.IsValid)
        {
            var issued = await tokens.IssueAsync(Organisation.Kind, Organisation.Code, Input.Name, Input.Scopes, Input.Days, HttpContext.RequestAborted);
            if (!issued.IsError)
            {
                // Not a redirect: the key must not travel in a cookie or reach another page.
                Issued = issued.Value;
                Response.Headers.CacheControl = "no-store";
                Input = new TokenInput();
                ModelState.Clear();
            }
            else ModelState.AddModelError("Input." + (issued.Error!.Field ?? ""), issued.Error.Message);
        }
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid tokenId)
    {
        if (await LoadOrganisationAsync() is { } away) return away;
        if (!await tokens.RevokeAsync(Organisation.Kind, Organisation.Code, tokenId, HttpContext.RequestAborted)) return NotFound();
        TempData["Status"] = text["Done_TokenRevoked"].Value;
        return Redirect(Request.Path + Request.QueryString);
    }

    private async Task<IActionResult?> LoadOrganisationAsync()
    {
        var (organisation, away) = await OrganisationAsync();
        if (organisation is null) return away ?? NotFound();
        Organisation = organisation;
        if (Input.Scopes.Count == 0 && HttpMethods.IsGet(Request.Method)) Input.Scopes = [Scopes[0]];
        return null;
    }

    private async Task LoadAsync() => Tokens = await tokens.ListAsync(Organisation.Kind, Organisation.Code, HttpContext.RequestAborted);
}
