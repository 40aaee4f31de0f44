using Yincai.Modules.Audit.Contracts;
using Yincai.Modules.Accounts.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Audit;
using Yincai.Platform;

namespace Yincai.Modules.Accounts;

[AllowAnonymous]
public sealed class LogoutModel(SignInManager<AppUser> signIn, AccountSessions sessions, YincaiDb db, CurrentUser current) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        if (current.IsAuthenticated)
        {
            db.Audit(new AuditRecord(AuditActions.SignOut, AuditOutcome.Success, current.Id, current.UserName, IpAddress: current.IpAddress));
            await db.SaveChangesAsync(HttpContext.RequestAborted);
            // Ends the session on the server: a copy of the cookie is worthless from now on.
            await sessions.EndAsync(User, HttpContext.RequestAborted);
        }
        await signIn.SignOutAsync();
        return Redirect("/");
    }
}
