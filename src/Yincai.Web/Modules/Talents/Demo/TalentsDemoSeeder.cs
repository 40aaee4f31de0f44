using Yincai.Modules.Accounts.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Talents.Demo;

/// <summary>Talents' part of the demo data: the generated pool and the demo talent account's own record.</summary>
public sealed class TalentsDemoSeeder(DemoTalents talents) : IDemoSeeder
{
    public int Order => 20;

    public async Task SeedAsync(DemoSeedContext context, CancellationToken cancellationToken)
    {
        context.Created(await talents.SeedAsync(cancellationToken), "talents");
        if (context.FindAccount(DemoUsers.Talent) is { } userId)
            await talents.SeedAccountAsync(userId, "李明", DemoUsers.Talent, cancellationToken);
    }
}
