using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Yincai.EndToEndTests.Infrastructure;
using Yincai.EndToEndTests.Pages;
using Yincai.Platform;
using static Microsoft.Playwright.Assertions;

namespace Yincai.EndToEndTests.Journeys;

/// <summary>
/// A university's employment office on a phone (375 × 812): it registers, asks to act for 青岛农业大学 and Qingdao's officer
/// confirms it; it keeps its station (the public contact card follows), counts its career advisors against 1 per 300 students,
/// publishes a career class that the counts take in, and makes an API key with which its own system reads its graduates.
/// </summary>
[Collection(PhoneJourneys.Name)]
public sealed class CampusJourneyTests(YincaiE2EFixture app)
{
    private const string University = "青岛农业大学";

    [Fact]
    [Trait("Rule", "GRD-06")]
    [Trait("Rule", "GRD-07")]
    public async Task University_ConfirmedByTheCity_KeepsStationAdvisorsAndClasses_AndReadsItsGraduatesWithItsKey()
    {
        const string test = nameof(University_ConfirmedByTheCity_KeepsStationAdvisorsAndClasses_AndReadsItsGraduatesWithItsKey);
        var cancellationToken = TestContext.Current.CancellationToken;
        var today = ChinaClock.DateOf(DateTime.UtcNow);
        var cohort = today.Month >= 9 ? today.Year + 1 : today.Year;
        var mobile = TestIdentities.NewMobile();
        const string password = "Campus#2026pw";

        await using var office = await app.OpenSessionAsync(test + "-1-university", BrowserSession.Phone, phone: true);
        var http = new HttpClient { BaseAddress = new Uri(office.BaseUrl) };

        // 0. A graduate of the university registers on the mini-program's API, as any graduate may.
        var graduateName = "宋" + "清远明"[Random.Shared.Next(0, 3)] + "禾";
        using (var registered = await http.PostAsJsonAsync("/api/v1/graduates/registrations", new
               {
                   fullName = graduateName, idNumber = TestIdentities.NewIdNumber("370203", new DateOnly(cohort - 22, 5, 1).AddDays(Random.Shared.Next(0, 200))),
                   mobile = TestIdentities.NewMobile(), householdRegionCode = "370203", schoolName = University, degree = "Bachelor", majorName = "农学",
                   graduationDate = new DateOnly(today.Month >= 7 ? today.Year : today.Year - 1, 6, 30), intention = "Job", consent = true,
               }, cancellationToken))
            Assert.Equal(HttpStatusCode.Created, registered.StatusCode);

        // 1. The office registers an account and asks to act for the university.
        var register = new RegisterPage(office);
        await register.GotoAsync();
        await register.Kind("高校就业部门").CheckAsync();
        await register.FillAsync(app, mobile, "青岛农业大学就业处", password);
        await register.RegisterButton.ClickAsync();
        var login = new LoginPage(office);
        await login.AssertShownAsync();
        await login.SignInAsync(mobile, password);
        await new WorkspacePage(office).AssertShownAsync();
        await office.Page.GotoAsync("/Graduates/Campus");
        var join = new CampusJoinPage(office);
        await join.AssertShownAsync();
        await join.AssertFitsPhoneAsync();
        await join.University.FillAsync(University);
        await join.FullName.FillAsync("孙老师");
        await join.Position.FillAsync("就业处副处长");
        await join.SubmitButton.ClickAsync();
        await Expect(join.Status).ToContainTextAsync("等待人社部门确认");
        await join.AssertShownAsync("pending");

        // 2. Qingdao's officer confirms it.
        await using (var city = await app.OpenSessionAsync(test + "-2-city", BrowserSession.Phone, phone: true))
        {
            var cityLogin = new LoginPage(city);
            await cityLogin.GotoAsync();
            await cityLogin.SignInAsync(DemoAccounts.QingdaoOfficer, DemoAccounts.Password);
            await new WorkspacePage(city).AssertShownAsync();
            await city.Page.GotoAsync("/Graduates/Campus/Universities");
            var universities = new CampusUniversitiesPage(city);
            await universities.AssertShownAsync();
            await universities.AssertFitsPhoneAsync();
            await Expect(universities.Member("孙老师")).ToContainTextAsync(University);
            await universities.Member("孙老师").GetByRole(AriaRole.Button, new() { Name = "确认", Exact = true }).ClickAsync();
            await Expect(universities.Member("孙老师")).ToContainTextAsync("已确认");
            await universities.AssertShownAsync("confirmed");
            city.AssertNoBrowserErrors();
        }

        // 3. The office sees its campus: no head count yet, no station.
        var campus = new CampusPage(office);
        await campus.GotoAsync();
        await Expect(campus.Heading).ToHaveTextAsync(University);
        await Expect(campus.Advisors).ToContainTextAsync("尚未填写在校生数");
        await campus.AssertFitsPhoneAsync();

        // 4. Station, 600 students, a specialist and two advisors: 2 needed at 1 per 300, 2 serving.
        var station = new CampusStationPage(office);
        await station.GotoAsync();
        await station.StudentCount.FillAsync("600");
        await station.StationName.FillAsync("青岛农业大学就业创业服务站");
        await station.StationAddress.FillAsync("青岛市城阳区长城路700号");
        await station.StationPhone.FillAsync("0532-58957000");
        await station.SaveButton.ClickAsync();
        await station.AssertShownAsync();
        await station.AddStaffAsync("周专员", "就业创业服务专员", fullTime: true, "0532-58957001");
        await Expect(station.Staff).ToHaveCountAsync(1);
        await station.AddStaffAsync("吴老师", "职业指导师", fullTime: false, null);
        await station.AddStaffAsync("郑老师", "职业指导师", fullTime: true, null);
        await Expect(station.Staff).ToHaveCountAsync(3);
        await station.AssertFitsPhoneAsync();
        await station.AssertShownAsync("staffed");

        await campus.GotoAsync();
        await Expect(campus.Advisors).ToContainTextAsync("2 / 2");
        await Expect(campus.Advisors).ToContainTextAsync("在校生 600 人");
        await Expect(campus.Station).ToContainTextAsync("周专员");

        // The contact card is public: a graduate opens it without signing in.
        await using (var graduate = await app.OpenSessionAsync(test + "-3-card", BrowserSession.Phone, phone: true))
        {
            var code = await CodeOfAsync(office);
            await graduate.Page.GotoAsync("/Graduates/Campus/Card?code=" + code);
            var card = new CampusCardPage(graduate);
            await card.AssertShownAsync();
            await Expect(card.Card).ToContainTextAsync("0532-58957000");
            await Expect(card.Card).ToContainTextAsync("周专员");
            await card.AssertFitsPhoneAsync();
        }

        // 5. A live-streamed career class next week: the count of the cohort's period takes it in.
        var classes = new CampusClassesPage(office);
        await classes.GotoAsync();
        var countsBefore = await classes.Counts.InnerTextAsync();
        await classes.Title.FillAsync("求职技巧直播课");
        await classes.Description.FillAsync("简历撰写、面试技巧与就业政策解读，面向应届毕业生。");
        await classes.Online.CheckAsync();
        await classes.Livestream.FillAsync("https://live.example.edu.cn/qau/career");
        await classes.Seats.FillAsync("0");
        await classes.PublishButton.ClickAsync();
        await classes.AssertShownAsync("published");
        await Expect(classes.Classes.Filter(new() { HasText = "求职技巧直播课" })).ToContainTextAsync("已发布");
        await Expect(classes.Counts).Not.ToHaveTextAsync(countsBefore);
        await classes.AssertFitsPhoneAsync();

        // 6. An API key, shown once; the university's system reads its graduates with it, and nothing without it.
        var tokens = new CampusTokensPage(office);
        await tokens.GotoAsync();
        await tokens.Name.FillAsync("就业信息系统");
        await tokens.CreateButton.ClickAsync();
        await Expect(tokens.TokenText).ToContainTextAsync("yc_");
        var key = (await tokens.TokenText.InnerTextAsync()).Trim();
        await tokens.AssertFitsPhoneAsync();
        await tokens.AssertShownAsync("issued");
        await tokens.GotoAsync();
        await Expect(tokens.TokenText).ToHaveCountAsync(0);
        await Expect(tokens.Tokens.Filter(new() { HasText = "就业信息系统" })).ToContainTextAsync("有效");

        using (var anonymous = await http.GetAsync("/api/v1/campus/graduates", cancellationToken))
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/campus/graduates");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var answer = await http.SendAsync(request, cancellationToken);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var body = await answer.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        var names = body.GetProperty("items").EnumerateArray().Select(g => g.GetProperty("maskedName").GetString()).ToList();
        Assert.Equal([graduateName[0] + "*" + graduateName[^1]], names);
        office.AssertNoBrowserErrors();
    }

    /// <summary>The university's code, from the card link of its overview.</summary>
    private static async Task<string> CodeOfAsync(BrowserSession session)
    {
        var href = await session.Page.GetByRole(AriaRole.Link, new() { Name = "查看就业服务联系卡", Exact = true }).GetAttributeAsync("href")
                   ?? throw new InvalidOperationException("The overview has no card link.");
        return href[(href.IndexOf("code=", StringComparison.Ordinal) + 5)..];
    }
}
