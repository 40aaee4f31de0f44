using System.Globalization;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Reporting.Files;

/// <summary>
/// The monthly and yearly workbooks made without anyone asking: once a month has ended (China date), each region an officer keeps gets
/// its workbook of that month, and after a year its workbook of the year; a period already made is not made again.
/// </summary>
public sealed partial class ReportSchedule(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ReportSchedule> logger) : PeriodicWork(clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var made = await scope.ServiceProvider.GetRequiredService<ReportScheduleRound>().RunAsync(cancellationToken);
        if (made > 0) LogMade(made);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Report workbooks made on schedule: {Count}")]
    private partial void LogMade(int count);
}

/// <summary>One round of <see cref="ReportSchedule"/>: each officer's region in a scope of its own, as that region's officer.</summary>
public sealed class ReportScheduleRound(IServiceScopeFactory scopes, AccountDirectory accounts, ChinaClock clock, YincaiDb db)
{
    public const int RegionsPerRound = 200;

    // Any constant: two copies of the app do not make the same workbooks at once.
    private const long RoundLock = 0x5943_5246;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var lastMonth = today.AddDays(1 - today.Day).AddMonths(-1);
        var periods = new List<(ReportFileKind Kind, string Period)> { (ReportFileKind.Month, lastMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture)) };
        if (today.Month == 1) periods.Add((ReportFileKind.Year, (today.Year - 1).ToString(CultureInfo.InvariantCulture)));
        await using var work = await ExclusiveWork.BeginAsync(db, RoundLock, cancellationToken);
        if (work.Busy) return 0;
        var made = 0;
        foreach (var region in await accounts.OfficerRegionsAsync(cancellationToken))
            foreach (var (kind, period) in periods)
            {
                using var scope = scopes.CreateScope();
                scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(Guid.Empty, "schedule", region, [Roles.Officer]);
                var files = scope.ServiceProvider.GetRequiredService<ReportFiles>();
                if (await files.ExistsAsync(region, kind, period, cancellationToken)) continue;
                if ((await files.MakeAsync(period, scheduled: true, cancellationToken)).IsError) continue;
                if (++made >= RegionsPerRound) return made; // the next round goes on
            }
        return made;
    }
}
