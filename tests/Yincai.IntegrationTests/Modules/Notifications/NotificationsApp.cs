namespace Yincai.IntegrationTests.Modules.Notifications;

/// <summary>
/// A class fixture: the app on a fake clock with its background sender off, so that a test runs the rounds itself and knows
/// what each one did; e-mail goes to the <see cref="TestMailServer"/> unless <see cref="Settings"/> says otherwise.
/// </summary>
public class NotificationsApp : IAsyncLifetime
{
    public FakeClockAppFactory App { get; } = new();

    /// <summary>The app's settings besides the test defaults.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string>> Settings() =>
        [.. TestMailServer.Settings(), new("Notifications:SendInBackground", "false")];

    public async ValueTask InitializeAsync()
    {
        foreach (var (key, value) in Settings()) App.WithSetting(key, value);
        await App.InitializeAsync();
        // The demo data and the first rounds of the reminders queue messages of their own (the demo complaints' SMS and
        // e-mails): the fixture starts with an empty outbox, so that what a round sends is the test's own.
        await App.WithDbAsync(db => db.Outbox.ExecuteDeleteAsync(TestContext.Current.CancellationToken));
    }

    public virtual async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

/// <summary>No SMTP server and no SMS gateway: messages are kept in the database (the development delivery).</summary>
public sealed class DevelopmentDeliveryApp : NotificationsApp
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings() => [new("Notifications:SendInBackground", "false")];
}

/// <summary>E-mail to a port nothing listens on: every attempt fails as with an SMTP server that is down.</summary>
public sealed class UnreachableSmtpApp : NotificationsApp
{
    public int ClosedPort { get; } = NotificationsTestData.ClosedPort();

    protected override IEnumerable<KeyValuePair<string, string>> Settings() =>
    [
        new("Notifications:Smtp:Host", "127.0.0.1"),
        new("Notifications:Smtp:Port", ClosedPort.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Notifications:Smtp:Security", "None"),
        new("Notifications:SendInBackground", "false"),
    ];
}
