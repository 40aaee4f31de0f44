using Yincai.Modules.Accounts.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Ambassadors.Demo;

/// <summary>Ambassadors' part of the demo data, registered by the province officer.</summary>
public sealed class AmbassadorsDemoSeeder(DemoAmbassadors ambassadors) : IDemoSeeder
{
    public int Order => 60;

    public async Task SeedAsync(DemoSeedContext context, CancellationToken cancellationToken) =>
        context.Created(await ambassadors.SeedAsync(context.Account(DemoUsers.ProvinceOfficer), cancellationToken), "ambassadors");
}
