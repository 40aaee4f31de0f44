using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Yincai.Modules.Accounts;

/// <summary>The privacy policy, public: read before registering and linked from every page's footer.</summary>
[AllowAnonymous]
public sealed class PrivacyModel : PageModel
{
    public void OnGet() { }
}
