using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Jobs.Conversations;

namespace Yincai.Modules.Jobs.Own;

/// <summary>人才收藏: the talents the employer kept from search and matching, to invite to apply.</summary>
public sealed class ShortlistModel(Shortlists shortlists, IStringLocalizer<JobsResource> text) : PageModel
{
    public IReadOnlyList<ShortlistItem> Items { get; private set; } = [];

    public async Task OnGetAsync() => Items = await shortlists.ListAsync(HttpContext.RequestAborted);

    /// <summary>From a talent's page: keeps them, with an optional note.</summary>
    public async Task<IActionResult> OnPostAddAsync(Guid talentId, string? note)
    {
        var added = await shortlists.AddAsync(talentId, note, HttpContext.RequestAborted);
        TempData["Status"] = added.IsError ? added.Error!.Message : text[added.Value ? "Shortlist_Added" : "Shortlist_AlreadyThere"].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid talentId)
    {
        var removed = await shortlists.RemoveAsync(talentId, HttpContext.RequestAborted);
        TempData["Status"] = removed.IsError ? removed.Error!.Message : text["Shortlist_Removed"].Value;
        return RedirectToPage();
    }
}
