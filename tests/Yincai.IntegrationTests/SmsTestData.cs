using System.Text.RegularExpressions;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Notifications.Delivery;

namespace Yincai.IntegrationTests;

/// <summary>SMS as a person reads them: what the development gateway kept (no SMS gateway in tests), and the public
/// registration that needs a code from one.</summary>
public static partial class SmsTestData
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The blind index the outbox files an SMS to <paramref name="mobile"/> under.</summary>
    public static string SmsIndex(this YincaiAppFactory app, string mobile) =>
        app.Services.GetRequiredService<Yincai.Platform.Protection.FieldProtection>().BlindIndex(OutboxMessage.Normalise(Channel.Sms, mobile));

    /// <summary>The texts sent by SMS to <paramref name="mobile"/> so far, oldest first, after delivering what is due (as the
    /// background sender would).</summary>
    public static async Task<List<string>> SmsTextsAsync(this YincaiAppFactory app, string mobile)
    {
        await app.WithServicesAsync(async services =>
        {
            var delivery = services.GetRequiredService<OutboxDelivery>();
            while (await delivery.DeliverDueAsync(Ct) > 0) { }
        });
        var index = app.SmsIndex(mobile);
        return await app.WithDbAsync(db => db.DevelopmentMessages.AsNoTracking().Where(m => m.AddressIndex == index).OrderBy(m => m.AtUtc).ThenBy(m => m.Id)
            .Select(m => m.Text).ToListAsync(Ct));
    }

    /// <summary>The 6-digit code of the latest SMS to <paramref name="mobile"/> that carries one.</summary>
    public static async Task<string> SmsCodeAsync(this YincaiAppFactory app, string mobile)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var code = (await app.SmsTextsAsync(mobile)).Select(t => SixDigits().Match(t)).LastOrDefault(m => m.Success)?.Value;
            if (code is not null) return code;
            await Task.Delay(100, Ct);
        }
        throw new InvalidOperationException("No code was sent by SMS.");
    }

    /// <summary>Registers on the public page as a person does: asks for the SMS code, reads it, and posts the form with the
    /// terms accepted (unless <paramref name="acceptTerms"/> is false). Answers the form's post.</summary>
    public static async Task<HttpResponseMessage> RegisterByFormAsync(this YincaiAppFactory app, HttpClient browser, AccountKind kind,
        string mobile, string displayName, string password, bool acceptTerms = true, string culture = "")
    {
        var path = "/Accounts/Register" + (culture == "" ? "" : "?culture=" + culture);
        using (var sent = await YincaiAppFactory.PostFormAsync(browser, path + (culture == "" ? "?" : "&") + "handler=SendCode",
            [new("Input.Kind", kind.ToString()), new("Input.Mobile", mobile)], tokenFrom: path))
        {
            if (sent.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException("The code was not sent: " + sent.StatusCode);
        }
        List<KeyValuePair<string, string>> fields =
        [
            new("Input.Kind", kind.ToString()), new("Input.Mobile", mobile), new("Input.Code", await app.SmsCodeAsync(Yincai.Platform.Validation.MobileNumber.Validate(mobile, "").Value ?? mobile)),
            new("Input.DisplayName", displayName), new("Input.Password", password), new("Input.ConfirmPassword", password),
        ];
        if (acceptTerms) fields.Add(new("Input.AcceptsTerms", "true"));
        return await YincaiAppFactory.PostFormAsync(browser, path, fields);
    }

    [GeneratedRegex(@"(?<!\d)\d{6}(?!\d)")]
    private static partial Regex SixDigits();
}
