using Microsoft.Playwright;
using Yincai.EndToEndTests.Infrastructure;

namespace Yincai.EndToEndTests.Pages;

/// <summary>校园就业: a university's overview of advisors, classes, station and cohort (Modules/Graduates/Campus/Index.cshtml).</summary>
public sealed class CampusPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Graduates/Campus";

    protected override string ScreenshotName => "campus";

    public ILocator Advisors => Main.GetByTestId("advisors");

    public ILocator Classes => Main.GetByTestId("classes");

    public ILocator Station => Main.GetByTestId("station");

    public ILocator Link(string text) => Main.GetByRole(AriaRole.Link, new() { Name = text, Exact = true });
}

/// <summary>开通校园就业账号: asking to act for a university (Modules/Graduates/Campus/Join.cshtml).</summary>
public sealed class CampusJoinPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Graduates/Campus/Join";

    protected override string ScreenshotName => "campus-join";

    public ILocator University => Page.GetByLabel("高校", new() { Exact = true });

    public ILocator FullName => Page.GetByLabel("姓名", new() { Exact = true });

    public ILocator Position => Page.GetByLabel("职务", new() { Exact = true });

    public ILocator SubmitButton => Main.GetByRole(AriaRole.Button, new() { Name = "提交申请", Exact = true });

    public ILocator Status => Main.GetByTestId("request-status");
}

/// <summary>服务站与人员 (Modules/Graduates/Campus/Station.cshtml).</summary>
public sealed class CampusStationPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Graduates/Campus/Station";

    protected override string ScreenshotName => "campus-station";

    public ILocator StudentCount => Page.GetByLabel("在校生数", new() { Exact = true });

    public ILocator StationName => Page.GetByLabel("服务站名称", new() { Exact = true });

    public ILocator StationAddress => Page.GetByLabel("地址", new() { Exact = true });

    public ILocator StationPhone => Page.GetByLabel("联系电话", new() { Exact = true });

    public ILocator SaveButton => Main.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true });

    public ILocator Staff => Main.GetByTestId("staff").Locator("tbody tr");

    /// <summary>Adds a specialist or an advisor with the form under the list.</summary>
    public async Task AddStaffAsync(string name, string role, bool fullTime, string? phone)
    {
        var form = Main.GetByTestId("staff-form");
        await form.GetByLabel("姓名", new() { Exact = true }).FillAsync(name);
        await form.GetByLabel("岗位", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = role });
        await form.GetByLabel("专职", new() { Exact = true }).SetCheckedAsync(fullTime);
        if (phone is not null) await form.GetByLabel("电话", new() { Exact = true }).FillAsync(phone);
        await form.GetByRole(AriaRole.Button, new() { Name = "添加", Exact = true }).ClickAsync();
    }
}

/// <summary>职业指导课 (Modules/Graduates/Campus/Classes.cshtml).</summary>
public sealed class CampusClassesPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Graduates/Campus/Classes";

    protected override string ScreenshotName => "campus-classes";

    public ILocator Counts => Main.GetByTestId("class-counts");

    public ILocator Classes => Main.GetByTestId("class-list").Locator("tbody tr");

    public ILocator Title => Page.GetByLabel("课程名称", new() { Exact = true });

    public ILocator Description => Page.GetByLabel("课程介绍", new() { Exact = true });

    public ILocator Online => Page.GetByLabel("线上直播", new() { Exact = true });

    public ILocator Livestream => Page.GetByLabel("直播链接", new() { Exact = true });

    public ILocator Seats => Page.GetByLabel("名额", new() { Exact = true });

    public ILocator PublishButton => Main.GetByRole(AriaRole.Button, new() { Name = "发布", Exact = true });
}

/// <summary>接口密钥 (Modules/Graduates/Campus/Tokens.cshtml); an employer's and a station's are the same page (Modules/Shared/_ApiTokens.cshtml).</summary>
public class CampusTokensPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Graduates/Campus/Tokens";

    protected override string ScreenshotName => "campus-tokens";

    public ILocator Scope(string label) => Page.GetByLabel(label, new() { Exact = true });

    public ILocator Name => Page.GetByLabel("密钥名称", new() { Exact = true });

    public ILocator CreateButton => Main.GetByRole(AriaRole.Button, new() { Name = "生成", Exact = true });

    /// <summary>The key just made, shown once.</summary>
    public ILocator TokenText => Main.GetByTestId("token-text");

    public ILocator Tokens => Main.GetByTestId("tokens").Locator("tbody tr");
}

/// <summary>高校就业服务: officers confirm who acts for a university (Modules/Graduates/Campus/Universities.cshtml).</summary>
public sealed class CampusUniversitiesPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Graduates/Campus/Universities";

    protected override string ScreenshotName => "campus-universities";

    public ILocator Member(string name) => Main.GetByTestId("members").Locator("tbody tr").Filter(new() { HasText = name });

    public ILocator Campuses => Main.GetByTestId("campuses").Locator("tbody tr");
}

/// <summary>就业服务联系卡, public (Modules/Graduates/Campus/Card.cshtml).</summary>
public sealed class CampusCardPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Graduates/Campus/Card";

    protected override string ScreenshotName => "campus-card";

    public ILocator Card => Main.GetByTestId("contact-card");
}

/// <summary>The employer's 接口密钥 (Modules/Employers/Own/Tokens.cshtml).</summary>
public sealed class EmployerTokensPage(BrowserSession session) : CampusTokensPage(session)
{
    public override string PagePath => "/Employers/Own/Tokens";

    protected override string ScreenshotName => "employer-tokens";
}

/// <summary>The employer's 事件推送 (Modules/Employers/Own/Webhooks.cshtml, Modules/Shared/_Webhooks.cshtml).</summary>
public sealed class EmployerWebhooksPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Employers/Own/Webhooks";

    protected override string ScreenshotName => "employer-webhooks";

    public ILocator Address => Page.GetByLabel("接收地址", new() { Exact = true });

    public ILocator SubscribeButton => Main.GetByRole(AriaRole.Button, new() { Name = "订阅", Exact = true });

    public ILocator Secret => Main.GetByTestId("webhook-secret");

    public ILocator Subscriptions => Main.GetByTestId("webhooks").Locator("tbody tr");
}
