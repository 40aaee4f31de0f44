using Microsoft.AspNetCore.Hosting;
using Yincai.IntegrationTests.Platform;

namespace Yincai.IntegrationTests.Modules.Accounts;

/// <summary>The app with low sign-in limits: <see cref="AccountLimit"/> posts a minute for one user name, <see cref="AddressLimit"/>
/// for one client address; requests carry their client address (<see cref="ClientAddress"/>).</summary>
public sealed class RateLimitedAppFactory() : YincaiAppFactory(authRequestsPerMinute: AddressLimit)
{
    public const int AccountLimit = 3;
    public const int AddressLimit = 6;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Accounts:AuthRequestsPerAccountPerMinute", AccountLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ClientAddress>());
    }
}
