using System.Text.RegularExpressions;
using Yincai.Modules.Notifications;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Notifications.Delivery;

namespace Yincai.IntegrationTests.Modules.Notifications;

/// <summary>
/// SMS codes as a person meets them: the code arrives by SMS (here: kept by the development gateway), the right one passes
/// once, wrong ones use up the five tries, it lapses after ten minutes, and a number or a client address asking too often
/// is told to wait.
/// </summary>
public sealed partial class MobileCodeTests(DevelopmentDeliveryApp fixture) : IClassFixture<DevelopmentDeliveryApp>
{
    private const string Purpose = "register";
    private readonly FakeClockAppFactory _app = fixture.App;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string NewClient() => $"10.{Random.Shared.Next(256)}.{Random.Shared.Next(256)}.{Random.Shared.Next(1, 255)}";

    // In the language of a request without a culture cookie (the default, Chinese): the SMS and the error messages.
    private Task<Result> SendAsync(string mobile, string client) =>
        _app.WithServicesAsync(async s =>
        {
            NotificationsTestData.InChinese();
            return await s.GetRequiredService<MobileCodes>().SendAsync(mobile, Purpose, client, Ct);
        });

    private Task<Result> VerifyAsync(string mobile, string? code) =>
        _app.WithServicesAsync(async s =>
        {
            NotificationsTestData.InChinese();
            return await s.GetRequiredService<MobileCodes>().VerifyAsync(mobile, Purpose, code, Ct);
        });

    /// <summary>Sends a code and reads it where the person would: in the SMS (the newest one kept for the number).</summary>
    private async Task<string> CodeAsync(string mobile, string? client = null)
    {
        var sent = await SendAsync(mobile, client ?? NewClient());
        Assert.False(sent.IsError, sent.Error?.Code);
        await _app.DeliverAllAsync();
        var sms = (await _app.KeptForAsync(Channel.Sms, mobile))[^1];
        var code = SixDigits().Match(sms.Text);
        Assert.True(code.Success, $"No code in the SMS: {sms.Text}");
        Assert.Contains(code.Value, sms.Text, StringComparison.Ordinal);
        Assert.Equal(MobileNumberMask(mobile), sms.MaskedAddress);
        return code.Value;
    }

    private static string MobileNumberMask(string mobile) => Yincai.Platform.Validation.MobileNumber.Mask(mobile);

    [Fact]
    public async Task TheRightCode_PassesOnce()
    {
        var mobile = TestData.NewMobile();
        var code = await CodeAsync(mobile);

        var first = await VerifyAsync(mobile, code);
        var again = await VerifyAsync(mobile, code);

        Assert.False(first.IsError);
        Assert.Equal("notifications.code_expired", again.Error?.Code);
    }

    [Fact]
    public async Task WrongCodes_CountTheTries_AndFiveWrongOnesSpendTheCode()
    {
        var mobile = TestData.NewMobile();
        var code = await CodeAsync(mobile);
        var wrong = ((int.Parse(code, System.Globalization.CultureInfo.InvariantCulture) + 1) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

        var tries = new List<Result>();
        for (var i = 0; i < MobileCode.MaxTries; i++) tries.Add(await VerifyAsync(mobile, wrong));
        var right = await VerifyAsync(mobile, code);

        Assert.All(tries, t => Assert.Equal("notifications.code_wrong", t.Error?.Code));
        Assert.Contains("还可尝试4次", tries[0].Error!.Message, StringComparison.Ordinal);
        Assert.Contains("还可尝试1次", tries[3].Error!.Message, StringComparison.Ordinal);
        Assert.Equal("notifications.code_expired", right.Error?.Code);
    }

    [Fact]
    public async Task AWrongTry_LeavesTheRightCodeUsable()
    {
        var mobile = TestData.NewMobile();
        var code = await CodeAsync(mobile);

        var wrong = await VerifyAsync(mobile, code == "000000" ? "000001" : "000000");
        var right = await VerifyAsync(mobile, " " + code + " ");

        Assert.Equal("notifications.code_wrong", wrong.Error?.Code);
        Assert.False(right.IsError);
    }

    [Fact]
    public async Task ACode_LapsesAfterTenMinutes()
    {
        var (early, late) = (TestData.NewMobile(), TestData.NewMobile());
        var client = NewClient();
        var earlyCode = await CodeAsync(early, client);
        var lateCode = await CodeAsync(late, client);

        _app.Time.Advance(MobileCodes.Lifetime - TimeSpan.FromSeconds(1));
        var inTime = await VerifyAsync(early, earlyCode);
        _app.Time.Advance(TimeSpan.FromSeconds(1));
        var tooLate = await VerifyAsync(late, lateCode);

        Assert.False(inTime.IsError);
        Assert.Equal("notifications.code_expired", tooLate.Error?.Code);
    }

    [Fact]
    public async Task ANumber_GetsOneCodeAMinute_AndTenADay()
    {
        var mobile = TestData.NewMobile();
        var first = _app.Time.GetUtcNow().UtcDateTime;
        Assert.False((await SendAsync(mobile, NewClient())).IsError);

        var soon = await SendAsync(mobile, NewClient());
        _app.Time.Advance(TimeSpan.FromSeconds(59));
        var stillSoon = await SendAsync(mobile, NewClient());
        _app.Time.Advance(TimeSpan.FromSeconds(1));
        var aMinuteLater = await SendAsync(mobile, NewClient());
        for (var i = 2; i < MobileCodes.PerNumberPerDay; i++)
        {
            _app.Time.Advance(TimeSpan.FromMinutes(1));
            Assert.False((await SendAsync(mobile, NewClient())).IsError);
        }
        _app.Time.Advance(TimeSpan.FromMinutes(1));
        var eleventh = await SendAsync(mobile, NewClient());
        _app.SetUtc(first + TimeSpan.FromDays(1) + TimeSpan.FromSeconds(1));
        var nextDay = await SendAsync(mobile, NewClient());

        Assert.Equal("notifications.code_too_soon", soon.Error?.Code);
        Assert.Equal("Mobile", soon.Error?.Field);
        Assert.Equal("notifications.code_too_soon", stillSoon.Error?.Code);
        Assert.False(aMinuteLater.IsError);
        Assert.Equal("notifications.code_day_limit", eleventh.Error?.Code);
        Assert.False(nextDay.IsError);
        await _app.DeliverAllAsync();
        Assert.Equal(MobileCodes.PerNumberPerDay + 1, (await _app.KeptForAsync(Channel.Sms, mobile)).Count);
    }

    [Fact]
    public async Task AClientAddress_GetsTwentyCodesAnHour()
    {
        var client = NewClient();
        for (var i = 0; i < MobileCodes.PerClientPerHour; i++)
            Assert.False((await SendAsync(TestData.NewMobile(), client)).IsError);

        var blocked = TestData.NewMobile();
        var overLimit = await SendAsync(blocked, client);
        var otherClient = await SendAsync(TestData.NewMobile(), NewClient());
        _app.Time.Advance(TimeSpan.FromHours(1));
        var anHourLater = await SendAsync(blocked, client);

        Assert.Equal("notifications.code_client_limit", overLimit.Error?.Code);
        Assert.False(otherClient.IsError);
        Assert.False(anHourLater.IsError);
    }

    [Fact]
    public async Task RequestsAtTheSameInstant_SendOneCode()
    {
        var mobile = TestData.NewMobile();

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => SendAsync(mobile, NewClient())));

        Assert.Single(results, r => !r.IsError);
        Assert.All(results.Where(r => r.IsError), r => Assert.Equal("notifications.code_too_soon", r.Error?.Code));
        await _app.DeliverAllAsync();
        Assert.Single(await _app.KeptForAsync(Channel.Sms, mobile));
    }

    [Fact]
    public async Task GuessesAtTheSameInstant_EachCountAsATry_OrAreNotWeighedAtAll()
    {
        var mobile = TestData.NewMobile();
        var code = await CodeAsync(mobile);
        var guesses = Enumerable.Range(1, 10)
            .Select(i => ((int.Parse(code, System.Globalization.CultureInfo.InvariantCulture) + i) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture));

        var results = await Task.WhenAll(guesses.Select(g => VerifyAsync(mobile, g)));

        // Without the check, ten parallel guesses all read "no tries yet" and all are weighed, one try recorded.
        var weighed = results.Count(r => r.Error?.Code == "notifications.code_wrong");
        var index = _app.Services.GetRequiredService<Yincai.Platform.Protection.FieldProtection>().BlindIndex(mobile);
        var recorded = await _app.WithDbAsync(db => db.MobileCodes.AsNoTracking().Where(c => c.MobileIndex == index).SumAsync(c => c.Tries, Ct));
        Assert.Equal(recorded, weighed);
        Assert.InRange(weighed, 1, MobileCode.MaxTries);
        Assert.All(results.Where(r => r.Error?.Code != "notifications.code_wrong"),
            r => Assert.Contains(r.Error?.Code, new[] { "notifications.code_busy", "notifications.code_expired" }));
    }

    [Fact]
    public async Task NotAMobileNumber_GetsNoCode()
    {
        var result = await SendAsync("12345", NewClient());

        Assert.StartsWith("validation.mobile.", result.Error?.Code, StringComparison.Ordinal);
        await _app.DeliverAllAsync();
        Assert.Empty(await _app.KeptForAsync(Channel.Sms, "12345"));
    }

    [GeneratedRegex(@"(?<!\d)\d{6}(?!\d)")]
    private static partial Regex SixDigits();
}
