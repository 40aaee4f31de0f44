using System.Globalization;
using System.Security.Claims;
using Microsoft.Extensions.Time.Testing;
using Yincai.Modules.Accounts;

namespace Yincai.UnitTests.Modules.Accounts;

public sealed class SessionLifetimeTests
{
    private static readonly DateTimeOffset SignedIn = new(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);

    private static ClaimsPrincipal SignedInAt(DateTimeOffset when) =>
        new(new ClaimsIdentity([new Claim(AccountsModule.SignedInClaim,
            when.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture))], "test"));

    [Fact]
    public void SessionExpired_ElevenHoursAfterSignIn_IsStillValid()
    {
        var clock = new FakeTimeProvider(SignedIn.AddHours(11).AddMinutes(59));

        var expired = AccountsModule.SessionExpired(SignedInAt(SignedIn), clock, new AccountsOptions());

        Assert.False(expired);
    }

    [Fact]
    public void SessionExpired_MoreThanTwelveHoursAfterSignIn_Ends()
    {
        var clock = new FakeTimeProvider(SignedIn.AddHours(12).AddMinutes(1));

        var expired = AccountsModule.SessionExpired(SignedInAt(SignedIn), clock, new AccountsOptions());

        Assert.True(expired);
    }

    [Fact]
    public void Defaults_MeetLevelThreeSettings()
    {
        var options = new AccountsOptions();

        Assert.Equal((8, 90, 5, 30, 30, 12),
            (options.MinimumPasswordLength, options.StaffPasswordMaxAgeDays, options.MaxFailedAttempts,
             options.LockoutMinutes, options.IdleTimeoutMinutes, options.AbsoluteSessionHours));
    }
}
