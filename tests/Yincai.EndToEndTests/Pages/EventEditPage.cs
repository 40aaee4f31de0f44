using Microsoft.Playwright;
using Yincai.EndToEndTests.Infrastructure;

namespace Yincai.EndToEndTests.Pages;

/// <summary>新建活动 (Modules/Events/Manage/Edit.cshtml).</summary>
public sealed class EventEditPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Events/Manage/Edit";

    protected override string ScreenshotName => "event-edit";

    public ILocator Title => Main.GetByLabel("活动名称", new() { Exact = true });

    public ILocator Kind => Main.GetByLabel("活动类型", new() { Exact = true });

    public ILocator Description => Main.GetByLabel("活动介绍", new() { Exact = true });

    public ILocator Venue => Main.GetByLabel("活动地点", new() { Exact = true });

    public ILocator StartsAt => Main.GetByLabel("开始时间", new() { Exact = true });

    public ILocator EndsAt => Main.GetByLabel("结束时间", new() { Exact = true });

    public ILocator RegistrationClosesAt => Main.GetByLabel("报名截止时间", new() { Exact = true });

    public ILocator Capacity => Main.GetByLabel("人才名额", new() { Exact = true });

    public ILocator SaveButton => Main.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true });
}
