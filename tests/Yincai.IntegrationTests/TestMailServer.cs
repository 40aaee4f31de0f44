using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using MimeKit;

[assembly: AssemblyFixture(typeof(Yincai.IntegrationTests.TestMailServer))]

namespace Yincai.IntegrationTests;

/// <summary>
/// The real SMTP server that e-mail tests send to: aiosmtpd, keeping each message it accepts as a file in a Maildir.
/// <c>./test.sh</c> starts one for the whole run and names it in <c>YINCAI_TEST_SMTP_PORT</c> and <c>YINCAI_TEST_MAILDIR</c>;
/// without them (tests run by hand) the first test that needs it starts one with <c>scripts/smtp-test-server.sh</c> in a
/// temp folder, stopped when the test run ends. Every test shares it: a test sends to addresses of its own
/// (<see cref="NewAddress"/>) and reads back only what reached them. The members are static, so that fixtures reach the
/// server too; the assembly fixture's instance stops a server it started when the run ends.
/// </summary>
public sealed class TestMailServer : IAsyncDisposable
{
    public const string PortVariable = "YINCAI_TEST_SMTP_PORT";
    public const string MaildirVariable = "YINCAI_TEST_MAILDIR";

    private static readonly Lock Gate = new();
    private static (int Port, string Maildir)? _server;
    private static string? _ownFolder;

    /// <summary>The port on 127.0.0.1 (starts the server on first use when test.sh did not).</summary>
    public static int Port => Server().Port;

    /// <summary>The Maildir folder the server writes to.</summary>
    public static string Maildir => Server().Maildir;

    /// <summary>An address no other test sends to.</summary>
    public static string NewAddress(string tag = "t") => $"{tag}.{Guid.NewGuid():N}@mail.yincai.example";

    /// <summary>Points the app's e-mail at this server: plain SMTP on 127.0.0.1, no TLS, no sign-in.</summary>
    public static void Configure(IWebHostBuilder builder)
    {
        foreach (var (key, value) in Settings()) builder.UseSetting(key, value);
    }

    /// <summary>The settings of <see cref="Configure"/>, for <see cref="YincaiAppFactory.WithSetting"/>.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Settings() =>
    [
        new("Notifications:Smtp:Host", "127.0.0.1"),
        new("Notifications:Smtp:Port", Port.ToString(CultureInfo.InvariantCulture)),
        new("Notifications:Smtp:Security", "None"),
    ];

    /// <summary>What reached <paramref name="address"/> so far (envelope or To), oldest first.</summary>
    public static IReadOnlyList<MimeMessage> MessagesTo(string address)
    {
        var maildir = Maildir;
        var found = new List<(DateTime, MimeMessage)>();
        foreach (var folder in new[] { "new", "cur" })
        {
            var path = Path.Combine(maildir, folder);
            if (!Directory.Exists(path)) continue;
            foreach (var file in Directory.EnumerateFiles(path))
            {
                MimeMessage message;
                try
                {
                    message = MimeMessage.Load(file);
                }
                catch (FileNotFoundException)
                {
                    continue; // moved from new/ to cur/ by someone reading the Maildir: seen there
                }
                if (IsTo(message, address)) found.Add((File.GetLastWriteTimeUtc(file), message));
            }
        }
        return found.OrderBy(f => f.Item1).Select(f => f.Item2).ToList();
    }

    /// <summary>Waits until at least <paramref name="count"/> messages reached <paramref name="address"/> (or
    /// <paramref name="timeout"/>, 10 s by default, passed) and returns all that did: the caller asserts the count.</summary>
    public static async Task<IReadOnlyList<MimeMessage>> WaitForAsync(string address, int count, TimeSpan? timeout = null)
    {
        var until = Stopwatch.StartNew();
        while (true)
        {
            var messages = MessagesTo(address);
            if (messages.Count >= count || until.Elapsed > (timeout ?? TimeSpan.FromSeconds(10))) return messages;
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    private static bool IsTo(MimeMessage message, string address) =>
        message.To.Mailboxes.Any(m => string.Equals(m.Address, address, StringComparison.OrdinalIgnoreCase))
        // aiosmtpd's Mailbox handler records the envelope recipients as X-RcptTo.
        || (message.Headers["X-RcptTo"] is { } to
            && to.Split(',', StringSplitOptions.TrimEntries).Contains(address, StringComparer.OrdinalIgnoreCase));

    private static (int Port, string Maildir) Server()
    {
        lock (Gate)
        {
            return _server ??= FromEnvironment() ?? Start();
        }
    }

    private static (int, string)? FromEnvironment()
    {
        var port = Environment.GetEnvironmentVariable(PortVariable);
        var maildir = Environment.GetEnvironmentVariable(MaildirVariable);
        if (string.IsNullOrWhiteSpace(port) && string.IsNullOrWhiteSpace(maildir)) return null;
        if (!int.TryParse(port, CultureInfo.InvariantCulture, out var number) || string.IsNullOrWhiteSpace(maildir))
            throw new InvalidOperationException($"{PortVariable} and {MaildirVariable} go together (a port and a Maildir folder).");
        return (number, maildir);
    }

    private static (int, string) Start()
    {
        _ownFolder = Path.Combine(Path.GetTempPath(), "yincai-tests", "smtp-" + Guid.NewGuid().ToString("N"));
        var (code, output, errors) = RunScript("start", _ownFolder);
        if (code != 0 || !int.TryParse(output.Trim(), CultureInfo.InvariantCulture, out var port))
            throw new InvalidOperationException($"scripts/smtp-test-server.sh start failed (exit {code}): {errors}");
        return (port, Path.Combine(_ownFolder, "maildir"));
    }

    public ValueTask DisposeAsync()
    {
        lock (Gate)
        {
            if (_ownFolder is { } folder)
            {
                RunScript("stop", folder);
                if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
                (_ownFolder, _server) = (null, null);
            }
        }
        return ValueTask.CompletedTask;
    }

    private static (int Code, string Output, string Errors) RunScript(string command, string folder)
    {
        var start = new ProcessStartInfo("bash", [Script(), command, folder])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60))) process.Kill();
        process.WaitForExit();
        return (process.ExitCode, output.GetAwaiter().GetResult(), errors.GetAwaiter().GetResult());
    }

    // The script of the checkout these tests were built from: found up from the test binaries.
    private static string Script()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var script = Path.Combine(dir.FullName, "scripts", "smtp-test-server.sh");
            if (File.Exists(script)) return script;
        }
        throw new InvalidOperationException($"scripts/smtp-test-server.sh not found above {AppContext.BaseDirectory}; or set {PortVariable} and {MaildirVariable}.");
    }
}
