using Yincai.Modules.Notifications.Delivery;

namespace Yincai.UnitTests.Modules.Notifications;

/// <summary>An outbox message's attempts: waits that double, Failed after the last, an administrator's retry.</summary>
public sealed class OutboxMessageTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 1, 0, 0, DateTimeKind.Utc);

    private static OutboxMessage Queued() =>
        new(Channel.Email, "cipher", "index", "NewApplication", "[\"x\"]", "zh-CN", Guid.CreateVersion7(), Now, Now);

    [Fact]
    public void AttemptFailed_WaitsOneMinute_ThenTwiceAsLongEachTime_AndFailsAtTheLast()
    {
        var message = Queued();
        var waits = new List<double>();

        for (var attempt = 1; attempt < 6; attempt++)
        {
            var at = message.NotBeforeUtc;
            message.AttemptFailed("SocketException: Connection refused", at, maxAttempts: 6, TimeSpan.FromMinutes(1));
            waits.Add((message.NotBeforeUtc - at).TotalMinutes);
            Assert.Equal(OutboxStatus.Pending, message.Status);
        }
        message.AttemptFailed("SocketException: Connection refused", message.NotBeforeUtc, maxAttempts: 6, TimeSpan.FromMinutes(1));

        Assert.Equal([1, 2, 4, 8, 16], waits);
        Assert.Equal((OutboxStatus.Failed, 6), (message.Status, message.Attempts));
        Assert.Equal("SocketException: Connection refused", message.LastError);
    }

    [Fact]
    public void AttemptFailed_KeepsFiveHundredCharactersOfTheError()
    {
        var message = Queued();

        message.AttemptFailed(new string('x', 600), Now, 6, TimeSpan.FromMinutes(1));

        Assert.Equal(500, message.LastError!.Length);
    }

    [Fact]
    public void Retry_OfAFailedMessage_QueuesItNowWithItsAttemptsCleared_AndDoesNothingToAPendingOne()
    {
        var failed = Queued();
        failed.AttemptFailed("e", Now, maxAttempts: 1, TimeSpan.FromMinutes(1));
        var pending = Queued();
        pending.AttemptFailed("e", Now, maxAttempts: 6, TimeSpan.FromMinutes(1));

        failed.Retry(Now.AddHours(3));
        pending.Retry(Now.AddHours(3));

        Assert.Equal((OutboxStatus.Pending, 0, Now.AddHours(3)), (failed.Status, failed.Attempts, failed.NotBeforeUtc));
        Assert.Equal((OutboxStatus.Pending, 1, Now.AddMinutes(1)), (pending.Status, pending.Attempts, pending.NotBeforeUtc));
    }

    [Fact]
    public void Delivered_IsSent_AndLetsGoOfTheLease()
    {
        var message = Queued();

        message.Delivered(Now.AddSeconds(5));

        Assert.Equal((OutboxStatus.Sent, 1, Now.AddSeconds(5), (Guid?)null, (DateTime?)null),
            (message.Status, message.Attempts, message.SentAtUtc, message.LeaseOwner, message.LeaseUntilUtc));
    }

    [Theory]
    [InlineData(Channel.Email, " Li.Ming@Example.COM ", "li.ming@example.com")]
    [InlineData(Channel.Sms, " 13912345678 ", "13912345678")]
    public void Normalise_ComparesEmailWithoutCase(Channel channel, string address, string expected) =>
        Assert.Equal(expected, OutboxMessage.Normalise(channel, address));
}
