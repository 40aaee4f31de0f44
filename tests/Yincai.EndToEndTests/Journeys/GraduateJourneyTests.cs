using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Yincai.EndToEndTests.Infrastructure;
using Yincai.EndToEndTests.Pages;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;
using static Microsoft.Playwright.Assertions;

namespace Yincai.EndToEndTests.Journeys;

/// <summary>
/// Unemployed graduates on a phone (375 × 812): a graduate registers on the public form and is told by when someone calls; the
/// officer of 市南区 finds the task with that due date, records three targeted services and then the job the graduate found;
/// Qingdao's employment rate of the graduate's class changes.
/// </summary>
[Collection(PhoneJourneys.Name)]
public sealed class GraduateJourneyTests(YincaiE2EFixture app)
{
    private const string CountyOfficer = "officer.qd.sn";
    private const string Shinan = "370202";

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Chinese(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    [Fact]
    [Trait("Rule", "GRD-01")]
    [Trait("Rule", "GRD-02")]
    [Trait("Rule", "GRD-03")]
    [Trait("Rule", "GRD-15")]
    public async Task Graduate_RegistersOnPhone_CountyOfficerServesThreeTimesAndRecordsEmployment_CityRateChanges()
    {
        const string test = nameof(Graduate_RegistersOnPhone_CountyOfficerServesThreeTimesAndRecordsEmployment_CityRateChanges);
        var cancellationToken = TestContext.Current.CancellationToken;
        var today = ChinaClock.DateOf(DateTime.UtcNow);
        // The class that left school this summer, or last summer's before July.
        var cohort = today.Month >= 7 ? today.Year : today.Year - 1;
        var name = "韩" + "思晨若"[Random.Shared.Next(0, 3)] + "舟";
        var masked = name[0] + new string('*', name.Length - 2) + name[^1];
        var idNumber = TestIdentities.NewIdNumber(Shinan, new DateOnly(cohort - 22, 3, 15).AddDays(Random.Shared.Next(0, 300)));
        // GRD-03: a named officer calls within 5 working days, on the holiday calendar the app holds.
        DateOnly due;
        await using (var scope = app.Services.CreateAsyncScope())
            due = (await scope.ServiceProvider.GetRequiredService<WorkingDays>().AddAsync(today, 5, cancellationToken)).Value;

        // 1. The graduate registers on the public phone form, without an account.
        await using (var visitor = await app.OpenSessionAsync(test + "-1-graduate", BrowserSession.Phone, phone: true))
        {
            var register = new GraduateRegisterPage(visitor);
            await register.GotoAsync();
            await register.AssertFitsPhoneAsync();
            await register.FullName.FillAsync(name);
            await register.IdNumber.FillAsync(idNumber);
            await register.Mobile.FillAsync(TestIdentities.NewMobile());
            await Expect(register.Province).ToHaveValueAsync("370000");
            await register.HouseholdRegion.SelectOptionAsync(Shinan);
            await register.School.FillAsync("青岛大学");
            await register.Degree.SelectOptionAsync(new SelectOptionValue { Label = "本科" });
            await register.GraduationDate.FillAsync(Iso(new DateOnly(cohort, 6, 30)));
            await register.Major.FillAsync("软件工程");
            await register.Intention.SelectOptionAsync(new SelectOptionValue { Label = "求职就业" });
            await register.Consent.CheckAsync();
            await register.AssertShownAsync("filled");
            await register.AssertFitsPhoneAsync();
            await register.SubmitButton.ClickAsync();

            await Expect(register.Confirmation).ToContainTextAsync("登记成功");
            await Expect(register.Confirmation).ToContainTextAsync("市南区");
            await Expect(register.Confirmation).ToContainTextAsync(Chinese(due));
            await register.AssertShownAsync("done");
            await register.AssertFitsPhoneAsync();
            visitor.AssertNoBrowserErrors();
        }

        // 2. Qingdao's officer notes the class's employment rate while the graduate is still looking.
        await using var city = await app.OpenSessionAsync(test + "-2-city", BrowserSession.Phone, phone: true);
        var cityCompliance = new GraduateCompliancePage(city);
        var cityLogin = new LoginPage(city);
        await cityLogin.GotoAsync();
        await cityLogin.SignInAsync(DemoAccounts.QingdaoOfficer, DemoAccounts.Password);
        await new WorkspacePage(city).AssertShownAsync();
        await cityCompliance.GotoAsync();
        await cityCompliance.ShowCohortAsync(cohort);
        await Expect(cityCompliance.EmploymentRateTotal).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^[0-9.]+%$"));
        var rateBefore = (await cityCompliance.EmploymentRateTotal.InnerTextAsync()).Trim();
        await cityCompliance.AssertShownAsync("before");

        // 3. The officer of 市南区 finds the task with its due date, serves the graduate three times and records the job.
        await using (var county = await app.OpenSessionAsync(test + "-3-county", BrowserSession.Phone, phone: true))
        {
            var login = new LoginPage(county);
            await login.GotoAsync();
            await login.SignInAsync(CountyOfficer, DemoAccounts.Password);
            var workspace = new WorkspacePage(county);
            await workspace.AssertShownAsync();
            await workspace.Header.OpenFromMenuAsync("未就业毕业生");

            var list = new GraduatesPage(county);
            await list.AssertShownAsync();
            await list.AssertFitsPhoneAsync();
            await Expect(list.Row(masked)).ToHaveCountAsync(1);
            await Expect(list.Row(masked)).ToContainTextAsync(Chinese(due));
            await Expect(list.Row(masked)).ToContainTextAsync("青岛大学");
            await list.Link(masked).ClickAsync();

            var details = new GraduateDetailsPage(county);
            await details.AssertShownAsync();
            await Expect(details.Heading).ToContainTextAsync(name);
            await Expect(details.Heading).ToContainTextAsync(cohort + "届");
            await Expect(details.Due).ToContainTextAsync(Chinese(due));
            await Expect(details.Outcome).ToHaveTextAsync("未就业");
            await Expect(details.ServiceCount).ToHaveTextAsync($"{today.Year}年 0 次 · 未达标");

            (string Kind, string Note)[] services = [("职业指导", "电话沟通求职方向，建议完善简历"), ("政策咨询", "讲解青岛市高校毕业生就业补贴政策"), ("培训推荐", "推荐参加数据分析职业技能培训")];
            for (var i = 0; i < services.Length; i++)
            {
                await details.RecordServiceAsync(services[i].Kind, "电话", Iso(today), services[i].Note);
                await Expect(details.ServiceCount).ToHaveTextAsync($"{today.Year}年 {i + 1} 次 · {(i == 2 ? "已达标" : "未达标")}");
                await Expect(details.Services.Filter(new() { HasText = services[i].Kind })).ToContainTextAsync("电话");
            }
            await Expect(details.Services).ToHaveCountAsync(3);
            // The first service was the contact GRD-03 asks for.
            await Expect(details.Due).ToHaveCountAsync(0);
            await details.AssertShownAsync("served");

            await details.RecordOutcomeAsync("已就业", Iso(today), "青岛海图数据科技有限公司", "劳动合同（三年期）");
            await Expect(details.Outcome).ToHaveTextAsync("已就业");
            await Expect(details.Outcomes.First).ToContainTextAsync("青岛海图数据科技有限公司");
            await Expect(details.Outcomes.First).ToContainTextAsync("劳动合同");
            await details.AssertShownAsync("employed");
            county.AssertNoBrowserErrors();
        }

        // 4. Qingdao's rate of the class now counts the graduate as placed.
        await cityCompliance.GotoAsync();
        await cityCompliance.ShowCohortAsync(cohort);
        await Expect(cityCompliance.EmploymentRateTotal).Not.ToHaveTextAsync(rateBefore);
        var rateAfter = (await cityCompliance.EmploymentRateTotal.InnerTextAsync()).Trim();
        Assert.True(Percent(rateAfter) > Percent(rateBefore), $"The class of {cohort}'s rate went from {rateBefore} to {rateAfter}.");
        await cityCompliance.AssertShownAsync("after");
        city.AssertNoBrowserErrors();
    }

    private static double Percent(string text) => double.Parse(text.TrimEnd('%'), CultureInfo.InvariantCulture);

    /// <summary>As <see cref="PhoneLayoutTests"/>: the page is as wide as the phone and does not scroll sideways.</summary>
}
