using Yincai.Modules.Accounts.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Events.Demo;

/// <summary>Events' part of the demo data, planned by the province officer.</summary>
public sealed class EventsDemoSeeder(DemoEvents events) : IDemoSeeder
{
    public int Order => 50;

    public async Task SeedAsync(DemoSeedContext context, CancellationToken cancellationToken) =>
        context.Created(await events.SeedAsync(context.Account(DemoUsers.ProvinceOfficer), cancellationToken), "events");
}
