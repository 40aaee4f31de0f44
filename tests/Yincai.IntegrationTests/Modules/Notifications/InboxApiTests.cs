using System.Text.Json;
using Yincai.Modules.Accounts;
using Yincai.Modules.Notifications.Contracts;

namespace Yincai.IntegrationTests.Modules.Notifications;

/// <summary>/api/v1/notifications/me: an app reads its user's inbox, newest first, each message in the language asked for, and marks one
/// read; another user's message is not found.</summary>
public sealed class InboxApiTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task TellAsync(Guid userId, string title) => app.WithServicesAsync(async s =>
    {
        await s.GetRequiredService<Notifier>().NotifyAsync(userId, NotificationKinds.JobApplied, [title, "测试公司"], "/Jobs/Applications", Ct);
        return await s.GetRequiredService<YincaiDb>().SaveChangesAsync(Ct);
    });

    [Fact]
    public async Task App_ReadsTheInboxInTheAskedLanguage_AndMarksOneRead_NotAnothersMessage()
    {
        var user = await app.RegisterAsync(AccountKind.Talent);
        var other = await app.RegisterAsync(AccountKind.Talent);
        await TellAsync(user.Id, "第一份岗位");
        await TellAsync(user.Id, "第二份岗位");
        await TellAsync(other.Id, "别人的岗位");
        using var client = await app.CreateApiClientAsync(user.UserName, user.Password);

        using var zh = new HttpRequestMessage(HttpMethod.Get, "/api/v1/notifications/me");
        zh.Headers.AcceptLanguage.ParseAdd("zh-CN");
        using var chinese = await client.SendAsync(zh, Ct);
        var page = JsonDocument.Parse(await chinese.Content.ReadAsStringAsync(Ct)).RootElement;
        // Whatever else the account was told (its welcome), ours come newest first.
        var items = page.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("body").GetString()!.Contains("份岗位", StringComparison.Ordinal)
            || i.GetProperty("title").GetString()!.Contains("份岗位", StringComparison.Ordinal)).ToList();
        var unread = page.GetProperty("unread").GetInt32();
        using var en = new HttpRequestMessage(HttpMethod.Get, "/api/v1/notifications/me");
        en.Headers.AcceptLanguage.ParseAdd("en");
        using var english = await client.SendAsync(en, Ct);
        var englishTitle = JsonDocument.Parse(await english.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("id").GetGuid() == items[0].GetProperty("id").GetGuid()).GetProperty("title").GetString();

        Assert.Equal(HttpStatusCode.OK, chinese.StatusCode);
        Assert.Equal(2, items.Count);
        Assert.Contains("第二份岗位", items[0].GetProperty("title").GetString() + items[0].GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Equal(page.GetProperty("items").EnumerateArray().Count(i => i.GetProperty("readAtUtc").ValueKind == JsonValueKind.Null), unread);
        Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}{4}", englishTitle!.Replace("第二份岗位", "", StringComparison.Ordinal));
        Assert.NotEqual(items[0].GetProperty("title").GetString(), englishTitle);

        var othersMessage = await app.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.RecipientId == other.Id).Select(n => n.Id).FirstAsync(Ct));
        using var notMine = await client.PostAsync($"/api/v1/notifications/me/{othersMessage}/read", null, Ct);
        using var read = await client.PostAsync($"/api/v1/notifications/me/{items[0].GetProperty("id").GetGuid()}/read", null, Ct);
        using var after = await client.GetAsync("/api/v1/notifications/me", Ct);

        Assert.Equal(HttpStatusCode.NotFound, notMine.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, read.StatusCode);
        Assert.Equal(unread - 1, JsonDocument.Parse(await after.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("unread").GetInt32());
    }
}
