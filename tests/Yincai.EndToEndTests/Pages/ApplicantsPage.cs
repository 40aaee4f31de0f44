using Microsoft.Playwright;
using Yincai.EndToEndTests.Infrastructure;

namespace Yincai.EndToEndTests.Pages;

/// <summary>应聘人员: the applicants for one job, each with its next steps (Modules/Jobs/Own/Applicants.cshtml).</summary>
public sealed class ApplicantsPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Jobs/Own/Applicants";

    protected override string ScreenshotName => "applicants";

    public ILocator Applicant(string talentName) => Main.GetByRole(AriaRole.Listitem).Filter(new() { HasText = talentName });

    /// <summary>The badge with the application's status, such as 已投递 or 已录用.</summary>
    public ILocator Status(string talentName) => Applicant(talentName).GetByTestId("application-status");

    /// <summary>邀请面试: the link to the invitation form.</summary>
    public ILocator InviteLink(string talentName) => Applicant(talentName).GetByTestId("invite-interview");

    /// <summary>The latest invitation's time, place and answer.</summary>
    public ILocator Interview(string talentName) => Applicant(talentName).GetByTestId("applicant-interview");

    /// <summary>A next step, such as 标为已查看, 发录用通知 or 确认录用.</summary>
    public ILocator MoveButton(string talentName, string step) =>
        Applicant(talentName).GetByRole(AriaRole.Button, new() { Name = step, Exact = true });

    public ILocator Errors => Main.GetByRole(AriaRole.Alert);
}
