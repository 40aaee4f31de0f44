using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yincai.EndToEndTests.Infrastructure;
using Yincai.EndToEndTests.Pages;
using Yincai.Platform;
using Yincai.Platform.Protection;
using static Microsoft.Playwright.Assertions;

namespace Yincai.EndToEndTests.Journeys;

/// <summary>
/// Rights complaints on a phone (375 × 812, GRD-14): an anonymous graduate proves a mobile number with an SMS code and files a
/// complaint about unpaid trial work in 市南区; the county's officer gets the reminder e-mail (read from the local SMTP server),
/// sees who filed only on asking, accepts, handles and resolves it; the filer follows it by its tracking number and rates it.
/// </summary>
[Collection(PhoneJourneys.Name)]
public sealed partial class ComplaintJourneyTests(YincaiE2EFixture app)
{
    private const string CountyOfficer = "officer.qd.sn";
    private const string Shinan = "370202";

    [Fact]
    [Trait("Rule", "GRD-14")]
    public async Task AnonymousFiler_FilesOnPhone_CountyOfficerIsRemindedByEmailAndResolves_FilerFollowsAndRates()
    {
        const string test = nameof(AnonymousFiler_FilesOnPhone_CountyOfficerIsRemindedByEmailAndResolves_FilerFollowsAndRates);
        var cancellationToken = TestContext.Current.CancellationToken;
        var mobile = TestIdentities.NewMobile();
        var against = "青岛某某餐饮店" + Random.Shared.Next(1000, 9999) + "（测试）";
        string number;

        // 1. An anonymous filer on a phone: the code by SMS, then the complaint.
        await using (var filer = await app.OpenSessionAsync(test + "-1-filer", BrowserSession.Phone, phone: true))
        {
            var form = new ComplaintFormPage(filer);
            await form.GotoAsync();
            await form.AssertFitsPhoneAsync();
            await form.Mobile.FillAsync(mobile);
            await form.SendCode.ClickAsync();
            await Expect(form.Flash).ToContainTextAsync("验证码已发送");
            var code = await DevelopmentSms.CodeAsync(app, mobile, cancellationToken);

            await form.Code.FillAsync(code);
            await form.Kind.SelectOptionAsync(new Microsoft.Playwright.SelectOptionValue { Label = "无薪试工、滥用试用期" });
            await form.TargetNamed.CheckAsync();
            await form.AgainstName.FillAsync(against);
            await form.Region.SelectOptionAsync(Shinan);
            await form.Description.FillAsync("应聘服务员时被要求无偿试工三天，结束后被告知不录用，试工期间没有任何报酬。");
            await form.AssertShownAsync("filled");
            await form.Submit.ClickAsync();

            var track = new ComplaintTrackPage(filer);
            await track.AssertShownAsync("filed");
            await track.AssertFitsPhoneAsync();
            await Expect(track.Flash).ToContainTextAsync("投诉已提交");
            await Expect(track.Status).ToHaveTextAsync("已收到");
            number = (await track.Number.TextContentAsync())!.Trim();
            Assert.Matches(TrackingNumber(), number);
            // The tracking page never shows who filed.
            await Expect(track.Summary).Not.ToContainTextAsync(mobile);
        }

        // 2. The county's officer is reminded by e-mail (reminders start on the day it arrives in this test app).
        var reminder = await TestMailbox.WaitForAsync(CountyOfficer + "@demo.yincai.example", "投诉即将到期：" + number, TimeSpan.FromSeconds(60),
            cancellationToken);
        Assert.Contains(number, reminder.TextBody, StringComparison.Ordinal);

        // 3. The officer finds it, sees the filer only on asking, accepts, handles and resolves it.
        await using (var county = await app.OpenSessionAsync(test + "-2-county", BrowserSession.Phone, phone: true))
        {
            var login = new LoginPage(county);
            await login.GotoAsync();
            await login.SignInAsync(CountyOfficer, DemoAccounts.Password);
            await new WorkspacePage(county).AssertShownAsync();

            var list = new ComplaintListPage(county);
            await county.Page.GotoAsync("/Complaints/Manage");
            await list.AssertShownAsync();
            await list.AssertFitsPhoneAsync();
            await list.Link(number).ClickAsync();

            var details = new ComplaintDetailsPage(county);
            await details.AssertShownAsync();
            await details.AssertFitsPhoneAsync();
            await Expect(details.Filer).Not.ToContainTextAsync(mobile);
            await details.Reveal.ClickAsync();
            await Expect(details.Filer).ToContainTextAsync(mobile);
            await details.AssertShownAsync("filer-shown");

            await details.Accept.ClickAsync();
            await Expect(details.Flash).ToHaveTextAsync("已受理。");
            await details.HandleAsync("已电话联系该店负责人，要求说明试工情况。");
            await Expect(details.Status).ToHaveTextAsync("办理中");
            await details.ResolveAsync(upheld: true, "经核实，该店安排求职者无偿试工属实，已责令其支付试工期间工资并改正招聘做法。");
            await Expect(details.Flash).ToContainTextAsync("已办结");
            await Expect(details.Status).ToHaveTextAsync("已办结");
            await Expect(details.Steps).ToContainTextAsync("查看投诉人信息");
            await details.AssertShownAsync("resolved");
        }

        // 4. The filer follows it by its number from the public page, sees the outcome and rates it.
        await using (var filer = await app.OpenSessionAsync(test + "-3-follow", BrowserSession.Phone, phone: true))
        {
            var form = new ComplaintFormPage(filer);
            await form.GotoAsync();
            await form.TrackNumber.FillAsync(number.ToLowerInvariant());
            await form.Lookup.ClickAsync();

            var track = new ComplaintTrackPage(filer);
            await track.AssertShownAsync("resolved");
            await Expect(track.Status).ToHaveTextAsync("已办结");
            await Expect(track.Outcome).ToContainTextAsync("投诉属实");
            await Expect(track.Outcome).ToContainTextAsync("责令其支付试工期间工资");
            await Expect(track.Steps).Not.ToContainTextAsync("查看投诉人信息");
            await track.RateAsync("非常满意", "处理很及时，谢谢。");
            await Expect(track.Flash).ToHaveTextAsync("感谢您的评价。");
            await Expect(track.Rated).ToContainTextAsync("非常满意");
            await track.AssertShownAsync("rated");
        }
    }

    [GeneratedRegex(@"^TS\d{6}-[A-Z2-9]{8}$")]
    private static partial Regex TrackingNumber();
}
