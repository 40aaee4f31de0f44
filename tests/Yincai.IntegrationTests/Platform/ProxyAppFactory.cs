using Microsoft.AspNetCore.Hosting;

namespace Yincai.IntegrationTests.Platform;

/// <summary>The app as deployed behind a TLS-terminating proxy: not Development (so HSTS is on), requests carrying a client
/// address (<see cref="ClientAddress"/>), and the default trusted proxies (loopback).</summary>
public sealed class ProxyAppFactory : YincaiAppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Staging");
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ClientAddress>());
    }
}
