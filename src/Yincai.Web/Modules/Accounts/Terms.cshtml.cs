using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Yincai.Modules.Accounts;

/// <summary>The user agreement, public: read before registering and linked from every page's footer.</summary>
[AllowAnonymous]
public sealed class TermsModel : PageModel
{
    public void OnGet() { }
}
