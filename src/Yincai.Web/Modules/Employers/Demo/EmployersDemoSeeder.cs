using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Employers.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Employers.Demo;

/// <summary>Employers' part of the demo data: the demo employers, verified by the province officer, shared with the
/// later seeders as <see cref="EmployerCard"/>s (Jobs posts their jobs).</summary>
public sealed class EmployersDemoSeeder(DemoEmployers employers) : IDemoSeeder
{
    public int Order => 30;

    public async Task SeedAsync(DemoSeedContext context, CancellationToken cancellationToken)
    {
        var cards = await employers.SeedAsync(context.Account(DemoUsers.ProvinceOfficer), context.FindAccount(DemoUsers.Employer),
            cancellationToken);
        context.Share(cards);
    }
}
