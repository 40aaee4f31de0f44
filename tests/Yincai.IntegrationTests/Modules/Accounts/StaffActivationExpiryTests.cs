namespace Yincai.IntegrationTests.Modules.Accounts;

/// <summary>A link stops working 72 hours after it was issued (a clock of its own: the test moves it).</summary>
public sealed class StaffActivationExpiryTests(FakeClockAppFactory app) : IClassFixture<FakeClockAppFactory>
{
    [Fact]
    public async Task ActivationLink_After72Hours_IsInvalid()
    {
        var pending = await app.CreatePendingStaffAsync(DemoData.Qingdao, Roles.Officer);
        var issued = await app.WithServicesAsync(async services =>
        {
            var user = (await services.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>().FindByIdAsync(pending.Id.ToString()))!;
            return (await services.GetRequiredService<Yincai.Modules.Accounts.Activation.StaffActivations>().IssueAsync(user, TestContext.Current.CancellationToken)).Value!;
        });
        using var browser = app.CreateBrowser();
        var path = issued.Link;

        var before = await browser.GetStringAsync(path, TestContext.Current.CancellationToken);
        app.Time.Advance(TimeSpan.FromHours(72) + TimeSpan.FromMinutes(1));
        var after = await browser.GetStringAsync(path, TestContext.Current.CancellationToken);

        Assert.DoesNotContain("该激活链接无效或已过期", before, StringComparison.Ordinal);
        Assert.Contains(pending.UserName, before, StringComparison.Ordinal);
        Assert.Contains("该激活链接无效或已过期", after, StringComparison.Ordinal);
    }
}
