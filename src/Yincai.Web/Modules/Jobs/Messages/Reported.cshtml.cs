using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Jobs.Conversations;

namespace Yincai.Modules.Jobs.Messages;

/// <summary>The conversations talents reported in the officer's region, newest report first, with their latest messages.</summary>
[Authorize(Policy = AccessPolicies.Officer)]
public sealed class ReportedModel(Conversations.Conversations conversations) : PageModel
{
    public IReadOnlyList<ConversationView> Items { get; private set; } = [];

    public async Task OnGetAsync() => Items = await conversations.ReportedAsync(HttpContext.RequestAborted);
}
