using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Accounts.Contracts;

namespace Yincai.Modules.Graduates.Campus;

/// <summary>The university's API keys for <c>/api/v1</c> (pushing graduates, reading their status): made here, shown once, revoked
/// here. The key acts for the university, not for the person who made it, and keeps working when that person leaves.</summary>
public sealed class TokensModel(CampusOffice office, OrganisationTokens tokens, IStringLocalizer<GraduatesResource> text) : CampusPageModel(office)
{
    [BindProperty] public TokenInput Input { get; set; } = new();
    public IReadOnlyList<TokenSummary> Tokens { get; private set; } = [];

    /// <summary>The key just made, shown on this response only.</summary>
    public IssuedToken? Issued { get; private set; }

    public sealed class TokenInput
    {
        [Required(ErrorMessage = "Required"), StringLength(50, ErrorMessage = "MaxLength"), Display(Name = "Field_TokenName")]
        public string? Name { get; set; }
        [Display(Name = "Field_TokenScopes")] public List<string> Scopes { get; set; } = [TokenScopes.GraduatesRead];
        [Range(1, OrganisationTokens.MaxDays, ErrorMessage = "Range"), Display(Name = "Field_TokenDays")] public int Days { get; set; } = 180;
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadCampusAsync() is { } away) return away;
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadCampusAsync() is { } away) return away;
        if (ModelState.IsValid)
        {
            var issued = await tokens.IssueAsync(OrganisationKinds.University, Campus.UniversityCode, Input.Name, Input.Scopes, Input.Days,
                HttpContext.RequestAborted);
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
        if (await LoadCampusAsync() is { } away) return away;
        var revoked = await tokens.RevokeAsync(OrganisationKinds.University, Campus.UniversityCode, tokenId, HttpContext.RequestAborted);
        return revoked ? Done(text["Done_TokenRevoked"]) : NotFound();
    }

    private async Task LoadAsync() =>
        Tokens = await tokens.ListAsync(OrganisationKinds.University, Campus.UniversityCode, HttpContext.RequestAborted);
}
