using Microsoft.Playwright;
using Yincai.EndToEndTests.Infrastructure;

namespace Yincai.EndToEndTests.Pages;

/// <summary>工作人员账号: the system admin's list of staff accounts (Modules/Accounts/Admin/Index.cshtml).</summary>
public sealed class StaffAccountsPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Accounts/Admin";

    protected override string ScreenshotName => "staff-accounts";

    /// <summary>The account's user name in the list, a link to its details.</summary>
    public ILocator Account(string userName) => Main.GetByRole(AriaRole.Table).GetByRole(AriaRole.Link, new() { Name = userName, Exact = true });

    /// <summary>The row of an account, to read its display name, scope, roles and status.</summary>
    public ILocator Row(string userName) =>
        Main.GetByRole(AriaRole.Row).Filter(new() { Has = Page.GetByRole(AriaRole.Link, new() { Name = userName, Exact = true }) });
}
