using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Jobs.Conversations;

namespace Yincai.Modules.Jobs.Messages;

/// <summary>招聘沟通: the signed-in talent's or employer's conversations, latest first, unread ones marked.</summary>
[Authorize(Roles = Roles.Talent + "," + Roles.EmployerUser)]
public sealed class IndexModel(Conversations.Conversations conversations) : PageModel
{
    public IReadOnlyList<Conversation> Items { get; private set; } = [];
    public bool AsTalent { get; private set; }

    public async Task OnGetAsync()
    {
        AsTalent = User.IsInRole(Roles.Talent);
        Items = await conversations.ListAsync(HttpContext.RequestAborted);
    }

    /// <summary>From an application (either side): its conversation, opened on first use.</summary>
    public async Task<IActionResult> OnGetApplicationAsync(Guid applicationId)
    {
        var opened = await conversations.OfApplicationAsync(applicationId, HttpContext.RequestAborted);
        return opened.IsError ? NotFound() : Redirect("/Jobs/Messages/View?id=" + opened.Value!.Id);
    }
}
