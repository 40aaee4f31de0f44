using Microsoft.Playwright;
using Yincai.EndToEndTests.Infrastructure;

namespace Yincai.EndToEndTests.Pages;

/// <summary>未就业毕业生求职登记: the public phone form of unemployed graduates, no account needed (Modules/Graduates/Register.cshtml).</summary>
public sealed class GraduateRegisterPage(BrowserSession session) : BasePage(session)
{
    public override string PagePath => "/Graduates/Register";

    protected override string ScreenshotName => "graduate-register";

    public ILocator FullName => Main.GetByLabel("姓名", new() { Exact = true });

    public ILocator IdNumber => Main.GetByLabel("身份证号码", new() { Exact = true });

    public ILocator Mobile => Main.GetByLabel("手机号码", new() { Exact = true });

    /// <summary>户籍所在省份: 山东省 is chosen; choosing another reloads the page with its cities and counties.</summary>
    public ILocator Province => Main.GetByLabel("户籍所在省份", new() { Exact = true });

    /// <summary>户籍所在地: counties are indented with an ideographic space, so pick them by code.</summary>
    public ILocator HouseholdRegion => Main.GetByLabel("户籍所在地", new() { Exact = true });

    public ILocator School => Main.GetByLabel("毕业院校", new() { Exact = true });

    public ILocator Degree => Main.GetByLabel("学历", new() { Exact = true });

    public ILocator GraduationDate => Main.GetByLabel("毕业时间", new() { Exact = true });

    public ILocator Major => Main.GetByLabel("专业", new() { Exact = true });

    public ILocator Intention => Main.GetByLabel("意向", new() { Exact = true });

    public ILocator Consent => Main.GetByLabel("同意", new() { Exact = true });

    public ILocator SubmitButton => Main.GetByRole(AriaRole.Button, new() { Name = "提交登记", Exact = true });

    /// <summary>登记成功。…的工作人员将在…前与您联系。</summary>
    public ILocator Confirmation => Main.GetByTestId("registered");
}
