using System.Globalization;
using MimeKit;

namespace Yincai.EndToEndTests.Infrastructure;

/// <summary>
/// What the local SMTP server that ./test.sh starts (aiosmtpd, Maildir handler) received: <c>YINCAI_TEST_SMTP_PORT</c> and
/// <c>YINCAI_TEST_MAILDIR</c>. Every app of the run sends there, so look messages up by recipient and content.
/// </summary>
public static class TestMailbox
{
    public static int? SmtpPort =>
        int.TryParse(Environment.GetEnvironmentVariable("YINCAI_TEST_SMTP_PORT"), NumberStyles.None, CultureInfo.InvariantCulture, out var port) ? port : null;

    private static string? Maildir => Environment.GetEnvironmentVariable("YINCAI_TEST_MAILDIR");

    /// <summary>The first message to <paramref name="to"/> whose subject contains <paramref name="subject"/>, waiting up to
    /// <paramref name="timeout"/> for it to arrive.</summary>
    public static async Task<MimeMessage> WaitForAsync(string to, string subject, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (SmtpPort is null || string.IsNullOrEmpty(Maildir))
            Assert.Fail("No test SMTP server: run through ./test.sh, or set YINCAI_TEST_SMTP_PORT and YINCAI_TEST_MAILDIR (scripts/smtp-test-server.sh).");
        var until = DateTime.UtcNow + timeout;
        while (true)
        {
            foreach (var file in new[] { "new", "cur" }.Select(d => Path.Combine(Maildir!, d)).Where(Directory.Exists).SelectMany(Directory.EnumerateFiles))
            {
                MimeMessage message;
                try
                {
                    message = await MimeMessage.LoadAsync(file, cancellationToken);
                }
                catch (IOException)
                {
                    continue; // still being written
                }
                if (message.To.Mailboxes.Any(m => string.Equals(m.Address, to, StringComparison.OrdinalIgnoreCase))
                    && message.Subject?.Contains(subject, StringComparison.Ordinal) == true)
                    return message;
            }
            if (DateTime.UtcNow > until) Assert.Fail($"No e-mail to {to} with \"{subject}\" in its subject arrived within {timeout.TotalSeconds} s.");
            await Task.Delay(500, cancellationToken);
        }
    }
}
