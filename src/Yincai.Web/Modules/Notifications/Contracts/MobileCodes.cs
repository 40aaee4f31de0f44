using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Platform;
using Yincai.Platform.Protection;
using Yincai.Platform.Validation;

namespace Yincai.Modules.Notifications.Contracts;

/// <summary>
/// Proof that someone holds a mobile number: a 6-digit code by SMS, valid 10 minutes, 5 tries. Sending is limited per
/// number (one a minute, ten a day) and per client address (twenty an hour), counted in the database so that every copy
/// of the app shares the limits.
/// </summary>
public sealed class MobileCodes(YincaiDb db, ChinaClock clock, FieldProtection protection, Notifier notifier,
    IStringLocalizer<NotificationsResource> text)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    public const int PerNumberPerDay = 10;
    public const int PerClientPerHour = 20;

    /// <summary>Sends a code for <paramref name="purpose"/> to <paramref name="mobile"/> (stored with the caller's SaveChanges
    /// is not needed: this saves itself, since a code must leave even when the form around it is not done).</summary>
    public async Task<Result> SendAsync(string? mobile, string purpose, string? clientAddress, CancellationToken cancellationToken)
    {
        var number = MobileNumber.Validate(mobile, text["Field_Mobile"]);
        if (number.IsError) return number.Error!;
        var now = clock.UtcNow;
        var index = protection.BlindIndex(number.Value!);
        var client = protection.BlindIndex("ip:" + (clientAddress ?? "?"));
        var recent = await db.MobileCodes.AsNoTracking().Where(c => c.MobileIndex == index && c.SentAtUtc > now.AddDays(-1))
            .Select(c => c.SentAtUtc).ToListAsync(cancellationToken);
        if (recent.Any(t => t > now.AddMinutes(-1))) return TooSoon();
        if (recent.Count >= PerNumberPerDay)
            return new Error("notifications.code_day_limit", text["Error_CodeDayLimit"].Value, "Mobile");
        if (await db.MobileCodes.CountAsync(c => c.ClientIndex == client && c.SentAtUtc > now - TimeSpan.FromHours(1), cancellationToken) >= PerClientPerHour)
            return new Error("notifications.code_client_limit", text["Error_CodeClientLimit"].Value, "Mobile");
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        db.MobileCodes.Add(new MobileCode(index, purpose, Hash(number.Value!, purpose, code), client, now, Lifetime));
        notifier.SendSms(number.Value!, NotificationKinds.MobileCode, [code, ((int)Lifetime.TotalMinutes).ToString(CultureInfo.InvariantCulture)]);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            // The unique (number, minute) index: another request sent a code this minute; this one's SMS goes nowhere.
            db.ChangeTracker.Clear();
            return TooSoon();
        }
        return Result.Ok();
    }

    /// <summary>Checks and spends the code; the try counts (and is saved) whether it matches or not.</summary>
    public async Task<Result> VerifyAsync(string? mobile, string purpose, string? code, CancellationToken cancellationToken)
    {
        var number = MobileNumber.Validate(mobile, text["Field_Mobile"]);
        if (number.IsError) return number.Error!;
        var now = clock.UtcNow;
        var index = protection.BlindIndex(number.Value!);
        var latest = await db.MobileCodes.Where(c => c.MobileIndex == index && c.Purpose == purpose && c.UsedAtUtc == null)
            .OrderByDescending(c => c.SentAtUtc).FirstOrDefaultAsync(cancellationToken);
        if (latest is null || !latest.Usable(now))
            return new Error("notifications.code_expired", text["Error_CodeExpired"].Value, "Code");
        var matched = latest.Try(Hash(number.Value!, purpose, (code ?? "").Trim()), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another try of the same code at the same moment counted first: this one is not weighed at all (parallel guesses
            // must not each get a try of their own).
            db.ChangeTracker.Clear();
            return new Error("notifications.code_busy", text["Error_CodeBusy"].Value, "Code");
        }
        return matched ? Result.Ok() : new Error("notifications.code_wrong", text["Error_CodeWrong", MobileCode.MaxTries - latest.Tries].Value, "Code");
    }

    private Error TooSoon() => new("notifications.code_too_soon", text["Error_CodeTooSoon"].Value, "Mobile");

    private string Hash(string mobile, string purpose, string code) => protection.BlindIndex($"code:{purpose}:{mobile}:{code}");
}
