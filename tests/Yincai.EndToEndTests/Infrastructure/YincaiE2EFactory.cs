using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Yincai.EndToEndTests.Infrastructure;

/// <summary>The real app in-process, served by Kestrel on a free port (call <c>UseKestrel(0)</c>, then <c>StartServer()</c>).</summary>
public sealed class YincaiE2EFactory(E2EDatabase database) : WebApplicationFactory<Program>
{
    // This app's audit anchors alone, outside its database.
    private readonly string _anchorFolder = Path.Combine(Path.GetTempPath(), "yincai-e2e-anchors-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", database.Provider);
        builder.UseSetting("ConnectionStrings:Yincai", database.ConnectionString);
        builder.UseSetting("Demo:SeedOnFirstStart", "true");
        builder.UseSetting("Demo:Password", DemoAccounts.Password);
        builder.UseSetting("Accounts:AuthRequestsPerMinute", "1000");
        builder.UseSetting("Accounts:AuthRequestsPerAccountPerMinute", "1000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Warning");
        builder.UseSetting("Protection:FieldKey", "dGVzdC1maWVsZC1rZXktMDEyMzQ1Njc4OWFiY2RlZjA=");
        builder.UseSetting("Protection:IndexKey", "dGVzdC1pbmRleC1rZXktMDEyMzQ1Njc4OWFiY2RlZjA=");
        builder.UseSetting("Audit:ChainKey", "dGVzdC1hdWRpdC1jaGFpbi1rZXktMDEyMzQ1Njc4OWE=");
        builder.UseSetting("Audit:AnchorFile", Path.Combine(_anchorFolder, "audit-anchors.log"));
        builder.UseSetting("Protection:KeyRingKey", "dGVzdC1rZXlyaW5nLWtleS0wMTIzNDU2Nzg5YWJjZGU=");
        // E-mail goes to the local SMTP server ./test.sh starts (TestMailbox reads what it received); SMS stay on the
        // development delivery page. Deliveries and deadline rounds run every few seconds, and a complaint's officers are
        // reminded on the day it arrives, so that a journey sees its reminder e-mail.
        if (TestMailbox.SmtpPort is { } port)
        {
            builder.UseSetting("Notifications:Smtp:Host", "127.0.0.1");
            builder.UseSetting("Notifications:Smtp:Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Notifications:Smtp:Security", "None");
        }
        builder.UseSetting("Notifications:SendInterval", "00:00:02");
        builder.UseSetting("Complaints:CheckInterval", "00:00:03");
        builder.UseSetting("Complaints:ReminderWorkingDays", "15");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_anchorFolder)) Directory.Delete(_anchorFolder, recursive: true);
    }
}
