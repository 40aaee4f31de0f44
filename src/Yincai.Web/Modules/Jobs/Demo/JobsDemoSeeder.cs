using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Employers.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Jobs.Demo;

/// <summary>Jobs' part of the demo data: the demo employers' jobs and project demands, approved by the province officer.</summary>
public sealed class JobsDemoSeeder(DemoJobs jobs) : IDemoSeeder
{
    public int Order => 40;

    public async Task SeedAsync(DemoSeedContext context, CancellationToken cancellationToken)
    {
        var (jobCount, demandCount) = await jobs.SeedAsync(context.Shared<IReadOnlyList<EmployerCard>>(),
            context.Account(DemoUsers.ProvinceOfficer), cancellationToken);
        context.Created(jobCount, "jobs");
        context.Created(demandCount, "project demands");
    }
}
