using Microsoft.AspNetCore.Hosting;

namespace Yincai.IntegrationTests.Modules.Imports;

/// <summary>The app with the import runner's test hook set: every commit dies after 1,000 written rows, in batches
/// of 500, as if the process had been killed mid-transaction.</summary>
public sealed class CrashingImportAppFactory : YincaiAppFactory
{
    public const int FailAfterRows = 1_000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Imports:FailAfterRows", FailAfterRows.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Imports:BatchSize", "500");
    }
}
