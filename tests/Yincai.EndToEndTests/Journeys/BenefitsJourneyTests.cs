using Yincai.EndToEndTests.Infrastructure;
using Yincai.EndToEndTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace Yincai.EndToEndTests.Journeys;

/// <summary>
/// Policy finds people on a phone (375 × 812): Qingdao's officer runs the check; a master's graduate on 青岛大学's list, hired in
/// 市南区 on the platform, is told of Qingdao's housing subsidy in the inbox, opens the claim filled in from the records with every
/// condition verified and nothing to upload, and submits it; the officer approves it; the graduate sees the amount and the facts it
/// was computed from.
/// </summary>
[Collection(PhoneJourneys.Name)]
public sealed class BenefitsJourneyTests(YincaiE2EFixture app)
{
    private const string Housing = "青岛市高校毕业生住房补贴（演示）";

    [Fact]
    [Trait("Rule", "ENT-05")]
    [Trait("Rule", "ENT-06")]
    [Trait("Rule", "GRD-12")]
    public async Task Graduate_IsToldOfHousingSubsidy_ClaimsWithNothingToUpload_OfficerApproves_AmountAndInputsShown()
    {
        const string test = nameof(Graduate_IsToldOfHousingSubsidy_ClaimsWithNothingToUpload_OfficerApproves_AmountAndInputsShown);
        var cancellationToken = TestContext.Current.CancellationToken;
        var graduate = await EligibleGraduate.CreateAsync(app, cancellationToken);

        // 1. Qingdao's officer runs policy finds people and sees the graduate among those found.
        await using var officer = await app.OpenSessionAsync(test + "-officer", BrowserSession.Phone, phone: true);
        var officerLogin = new LoginPage(officer);
        await officerLogin.GotoAsync();
        await officerLogin.SignInAsync(DemoAccounts.QingdaoOfficer, DemoAccounts.Password);
        var officerWorkspace = new WorkspacePage(officer);
        await officerWorkspace.AssertShownAsync();
        await officerWorkspace.Header.OpenFromMenuAsync("政策找人");
        var runs = new BenefitRunsPage(officer);
        await runs.AssertShownAsync();
        await runs.AssertFitsPhoneAsync();
        // A scheduled run may be under way: press again until a run has found the graduate.
        for (var attempt = 0; attempt < 30 && await runs.Finding(graduate.FullName).CountAsync() == 0; attempt++)
        {
            if (attempt % 5 == 0) await runs.IncrementalButton.ClickAsync();
            else await officer.Page.ReloadAsync();
            await runs.AssertShownAsync("waiting");
            if (await runs.Finding(graduate.FullName).CountAsync() == 0) await Task.Delay(1000, cancellationToken);
        }
        await Expect(runs.Finding(graduate.FullName)).ToContainTextAsync(Housing);
        await Expect(runs.Finding(graduate.FullName)).ToContainTextAsync("12,000.00 元");
        await runs.AssertShownAsync("found");
        await runs.AssertFitsPhoneAsync();

        // 2. The graduate is told in the inbox and opens the claim, filled in and verified from the records.
        await using var phone = await app.OpenSessionAsync(test + "-graduate", BrowserSession.Phone, phone: true);
        var login = new LoginPage(phone);
        await login.GotoAsync();
        await login.SignInAsync(graduate.Mobile, graduate.Password);
        var workspace = new WorkspacePage(phone);
        await workspace.AssertShownAsync();
        await workspace.Header.ExpandMenuAsync();
        await workspace.Header.InboxLink().ClickAsync();
        var inbox = new InboxPage(phone);
        await inbox.AssertShownAsync();
        var told = inbox.Message("您可能符合“" + Housing + "”的申领条件");
        await Expect(told).ToHaveCountAsync(1);
        await Expect(told).ToContainTextAsync("预计金额 12,000.00 元");
        await told.GetByRole(Microsoft.Playwright.AriaRole.Link).ClickAsync();

        var claim = new BenefitClaimPage(phone);
        await claim.AssertShownAsync("filled");
        await claim.AssertFitsPhoneAsync();
        await Expect(claim.Heading).ToContainTextAsync(Housing);
        await Expect(claim.Conditions).ToHaveCountAsync(3);
        await Expect(claim.Verified).ToHaveCountAsync(3);
        await Expect(claim.EvidenceInputs).ToHaveCountAsync(0);
        await Expect(claim.Amount).ToHaveTextAsync("12,000.00 元");
        await Expect(claim.Input("最高学历")).ToContainTextAsync("硕士研究生");
        await Expect(claim.Input("最高学历")).ToContainTextAsync("高校毕业生名单");
        await claim.SubmitButton.ClickAsync();
        await claim.AssertShownAsync("submitted");
        await Expect(claim.Status).ToHaveTextAsync("待审核");

        // 3. The officer finds it in the queue and approves it.
        await runs.Header.OpenFromMenuAsync("补贴审核");
        var queue = new BenefitApplicationsPage(officer);
        await queue.AssertShownAsync();
        await queue.AssertFitsPhoneAsync();
        await Expect(queue.Row(graduate.FullName)).ToContainTextAsync("全部已核验");
        await queue.Link(graduate.FullName).ClickAsync();
        var review = new BenefitClaimPage(officer);
        await review.AssertShownAsync("review");
        await review.AssertFitsPhoneAsync();
        await review.ApproveButton.ClickAsync();
        await Expect(review.Status).ToHaveTextAsync("已通过待拨付");
        await review.AssertShownAsync("approved");

        // Its payment goes into a batch for the finance system; the officer's rules page fits the phone too.
        await review.Header.OpenFromMenuAsync("补贴拨付");
        var batches = new BenefitBatchesPage(officer);
        await batches.AssertShownAsync();
        await batches.CreateButton.ClickAsync();
        await batches.AssertShownAsync("made");
        await Expect(batches.Batches.First).ToContainTextAsync("ZF-370200-");
        await batches.AssertFitsPhoneAsync();
        await batches.Header.OpenFromMenuAsync("补贴项目与规则");
        var manage = new BenefitManagePage(officer);
        await manage.AssertShownAsync();
        await manage.Benefit(Housing).GetByRole(Microsoft.Playwright.AriaRole.Link).ClickAsync();
        await manage.AssertShownAsync("rules");
        await Expect(manage.RulesForm).ToBeVisibleAsync();
        await manage.AssertFitsPhoneAsync();

        // 4. The graduate sees the decision with the amount and its inputs.
        await phone.Page.GotoAsync("/Workspace/Home");
        await workspace.AssertShownAsync("after");
        await workspace.Tile("我的补贴").ClickAsync();
        var mine = new MyBenefitsPage(phone);
        await mine.AssertShownAsync();
        await mine.AssertFitsPhoneAsync();
        await Expect(mine.ClaimStatus(Housing)).ToHaveTextAsync("已通过待拨付");
        await Expect(mine.Option(Housing)).ToContainTextAsync("您已享受过本期该补贴");
        await mine.ClaimLink(Housing).ClickAsync();
        await claim.AssertShownAsync("approved");
        await Expect(claim.Amount).ToHaveTextAsync("12,000.00 元");
        await Expect(claim.Input("最高学历")).ToContainTextAsync("硕士研究生");
        await Expect(claim.Conditions.Filter(new() { HasText = "在青岛就业" })).ToContainTextAsync("平台录用记录");
        await claim.AssertFitsPhoneAsync();

        officer.AssertNoBrowserErrors();
        phone.AssertNoBrowserErrors();
    }
}
