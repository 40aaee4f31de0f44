namespace Yincai.Platform;

/// <summary>
/// The demo data: Shandong's officers, admins, an employer and a talent with their inbox (Accounts), a service office
/// for each Shandong city (Regions), a talent pool and the demo talent's record (Talents), verified employers (Employers)
/// with published jobs and project demands (Jobs), events (Events) and ambassadors (Ambassadors), so that matching
/// shows results at once. Each module seeds its own part through an <see cref="IDemoSeeder"/>; this runs them in order.
/// </summary>
public sealed class DemoData(IEnumerable<IDemoSeeder> seeders, ILogger<DemoData> logger)
{
    public const string Shandong = "370000";
    public const string Jinan = "370100";
    public const string Qingdao = "370200";
    public const string Shinan = "370202";
    /// <summary>Jiangsu, whose returnee homes (江苏省留学人员之家) the Stations demo shows, and its capital.</summary>
    public const string Jiangsu = "320000";
    public const string Nanjing = "320100";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var context = new DemoSeedContext();
        foreach (var seeder in seeders.OrderBy(s => s.Order))
            await seeder.SeedAsync(context, cancellationToken);
        logger.LogInformation("Demo data created: {Created}", string.Join(", ", context.CreatedCounts));
    }
}
