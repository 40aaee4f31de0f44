using Microsoft.Playwright;
using Yincai.EndToEndTests.Infrastructure;

namespace Yincai.EndToEndTests.Pages;

/// <summary>就业权益投诉举报: the public form, no account needed (Modules/Complaints/Index.cshtml).</summary>
public sealed class ComplaintFormPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Complaints";

    protected override string ScreenshotName => "complaint-form";

    public ILocator Mobile => Main.GetByLabel("手机号", new() { Exact = true });

    public ILocator SendCode => Main.GetByTestId("complaint-send-code");

    public ILocator Code => Main.GetByLabel("短信验证码", new() { Exact = true });

    public ILocator Kind => Main.GetByLabel("投诉类型", new() { Exact = true });

    public ILocator TargetNamed => Main.GetByLabel("中介机构或其他单位、个人", new() { Exact = true });

    public ILocator AgainstName => Main.GetByLabel("名称", new() { Exact = true });

    /// <summary>发生地（市、区县）: counties are indented, so pick them by code.</summary>
    public ILocator Region => Main.GetByLabel("发生地（市、区县）", new() { Exact = true });

    public ILocator OccurredOn => Main.GetByLabel("发生日期", new() { Exact = true });

    public ILocator Description => Main.GetByLabel("事情经过", new() { Exact = true });

    public ILocator Submit => Main.GetByTestId("complaint-submit");

    public ILocator Flash => Main.GetByTestId("flash");

    public ILocator Errors => Main.GetByTestId("complaint-errors");

    public ILocator TrackNumber => Main.GetByLabel("已有查询编号？查询办理进度", new() { Exact = true });

    public ILocator Lookup => Main.GetByTestId("complaint-lookup");
}

/// <summary>投诉办理进度: a complaint followed by its tracking number (Modules/Complaints/Track.cshtml).</summary>
public sealed class ComplaintTrackPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Complaints/Track";

    protected override string ScreenshotName => "complaint-track";

    public ILocator Number => Main.GetByTestId("complaint-number");

    public ILocator Status => Main.GetByTestId("complaint-status");

    public ILocator Summary => Main.GetByTestId("complaint-summary");

    public ILocator Outcome => Main.GetByTestId("complaint-outcome");

    public ILocator Steps => Main.GetByTestId("complaint-steps");

    public ILocator Flash => Main.GetByTestId("flash");

    public ILocator Rated => Main.GetByTestId("complaint-rated");

    public async Task RateAsync(string label, string comment)
    {
        var form = Main.GetByTestId("complaint-rate");
        await form.GetByLabel(label, new() { Exact = true }).CheckAsync();
        await form.GetByLabel("意见建议（可不填）", new() { Exact = true }).FillAsync(comment);
        await form.GetByTestId("complaint-rate-submit").ClickAsync();
    }
}

/// <summary>投诉处理: the officers' list (Modules/Complaints/Manage/Index.cshtml).</summary>
public sealed class ComplaintListPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Complaints/Manage";

    protected override string ScreenshotName => "complaint-list";

    public ILocator Link(string number) => Main.GetByTestId("complaint-link").Filter(new() { HasText = number });
}

/// <summary>One complaint for the officers (Modules/Complaints/Manage/Details.cshtml).</summary>
public sealed class ComplaintDetailsPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Complaints/Manage/Details";

    protected override string ScreenshotName => "complaint-details";

    public ILocator Status => Main.GetByTestId("complaint-status");

    public ILocator Filer => Main.GetByTestId("complaint-filer");

    public ILocator Reveal => Main.GetByTestId("complaint-reveal");

    public ILocator Accept => Main.GetByTestId("complaint-accept");

    public ILocator Flash => Main.GetByTestId("flash");

    public ILocator Steps => Main.GetByTestId("complaint-steps");

    public ILocator Rating => Main.GetByTestId("complaint-rating");

    public async Task HandleAsync(string note)
    {
        await Main.GetByLabel("办理措施", new() { Exact = true }).FillAsync(note);
        await Main.GetByTestId("complaint-handle").ClickAsync();
    }

    public async Task ResolveAsync(bool upheld, string outcome)
    {
        var form = Main.GetByTestId("complaint-resolve-form");
        await form.GetByLabel(upheld ? "投诉属实" : "投诉不属实", new() { Exact = true }).CheckAsync();
        await form.GetByLabel("处理结果", new() { Exact = true }).FillAsync(outcome);
        await form.GetByTestId("complaint-resolve").ClickAsync();
    }
}
