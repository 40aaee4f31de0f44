using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Matching;

/// <summary>"千名博士进企业" (ENT-07): the officer's PhDs and the enterprises' jobs that fit them, less developed areas first.</summary>
[Authorize(Policy = AccessPolicies.Officer)]
public sealed class PhdsModel(Matches matches) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;
    public PagedList<PhdMatches> Found { get; private set; } = new([], 1, 10, 0);
    public bool Preparing { get; private set; }

    public async Task OnGetAsync()
    {
        if (!await matches.ReadyAsync(HttpContext.RequestAborted)) { Preparing = true; return; }
        Found = await matches.PhdsAsync(Math.Max(1, PageNumber), HttpContext.RequestAborted);
    }
}
