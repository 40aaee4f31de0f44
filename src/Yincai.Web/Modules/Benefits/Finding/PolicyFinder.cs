using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Benefits.Claims;
using Yincai.Modules.Benefits.Facts;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Graduates.Contracts;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Benefits.Finding;

/// <summary>
/// Policy finds people (政策找人, ENT-05): judges every benefit in force against the talents and employers it covers, and tells each
/// one found eligible who has neither claimed it nor been told of it, once per benefit, in the inbox with a link to the claim filled
/// in from their records. Incremental by default: talents changed since the last run, and everyone for rules new or come into force
/// since then. Talents are read in pages in id order with two look-ups per page, so a run over a million takes minutes.
/// </summary>
public sealed class PolicyFinder(YincaiDb db, BenefitCatalog catalog, ClaimantFacts facts, TalentFactSource talents, EmployerDirectory employers,
    GraduateProofs graduates, Notifier notifier, ChinaClock clock)
{
    public const int PageSize = 2000;

    /// <summary>The last finished run, which an incremental run starts from.</summary>
    public Task<BenefitRun?> LastAsync(CancellationToken cancellationToken) =>
        db.BenefitRuns.AsNoTracking().Where(r => r.FinishedAtUtc != null).OrderByDescending(r => r.StartedAtUtc).FirstOrDefaultAsync(cancellationToken);

    public Task<List<BenefitRun>> RecentAsync(CancellationToken cancellationToken) =>
        db.BenefitRuns.AsNoTracking().OrderByDescending(r => r.StartedAtUtc).Take(20).ToListAsync(cancellationToken);

    public async Task<BenefitRun> RunAsync(bool incremental, Guid? startedBy, CancellationToken cancellationToken)
    {
        var started = clock.UtcNow;
        var today = clock.Today;
        var last = incremental ? await LastAsync(cancellationToken) : null;
        var since = last?.StartedAtUtc;
        var run = new BenefitRun(since is not null, since, startedBy, started);
        db.BenefitRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        var inForce = await catalog.InForceAsync(today, null, cancellationToken);
        // Rules saved, or come into force, since the last run are judged against everyone; the rest only against who changed.
        bool IsNew(BenefitRules r) => since is not { } s || r.CreatedAtUtc > s || r.EffectiveOn > ChinaClock.DateOf(s);
        var forTalents = inForce.Where(x => x.Benefit.Claimant == BenefitClaimant.Talent).ToList();
        var forEmployers = inForce.Where(x => x.Benefit.Claimant == BenefitClaimant.Employer).ToList();
        var (talentCount, employerCount, found) = (0, 0, 0);

        var fresh = forTalents.Where(x => IsNew(x.Rules)).ToList();
        var old = forTalents.Except(fresh).ToList();
        if (fresh.Count > 0)
        {
            var (judged, told) = await TalentsAsync(fresh, null, run.Id, today, cancellationToken);
            (talentCount, found) = (judged, found + told);
        }
        if (old.Count > 0)
        {
            var (judged, told) = await TalentsAsync(old, since, run.Id, today, cancellationToken);
            (talentCount, found) = (Math.Max(talentCount, judged), found + told);
        }
        if (forEmployers.Count > 0)
        {
            var (judged, told) = await EmployersAsync(forEmployers, run.Id, today, cancellationToken);
            (employerCount, found) = (judged, found + told);
        }
        db.BenefitRuns.Attach(run);
        run.Finish(inForce.Count, talentCount, employerCount, found, clock.UtcNow);
        await db.SaveChangesAsync(cancellationToken);
        return run;
    }

    private async Task<(int Judged, int Found)> TalentsAsync(List<(Benefit Benefit, BenefitRules Rules)> benefits, DateTime? changedSince, Guid runId,
        DateOnly today, CancellationToken cancellationToken)
    {
        var (judged, found) = (0, 0);
        Guid? after = null;
        while (true)
        {
            var rows = await talents.PageAsync(after, PageSize, changedSince, cancellationToken);
            if (rows.Count == 0) break;
            after = rows[^1].Id;
            judged += rows.Count;
            var candidates = new List<(Benefit Benefit, BenefitRules Rules, FactSheet Sheet, decimal Amount)>();
            foreach (var sheet in await facts.TalentsAsync(rows, today, cancellationToken))
                foreach (var (benefit, rules) in benefits)
                    if (sheet.UserId is not null && sheet.Within(benefit.RegionCode)
                        && catalog.AmountIfEligible(rules, BenefitClaimant.Talent, sheet.Values) is > 0 and var amount)
                        candidates.Add((benefit, rules, sheet, amount));
            found += await TellAsync(candidates, runId, cancellationToken);
            if (rows.Count < PageSize) break;
        }
        return (judged, found);
    }

    /// <summary>Employers are far fewer than talents: every verified one is judged each run, per intake for per-intake benefits.</summary>
    private async Task<(int Judged, int Found)> EmployersAsync(List<(Benefit Benefit, BenefitRules Rules)> benefits, Guid runId, DateOnly today,
        CancellationToken cancellationToken)
    {
        var (judged, found) = (0, 0);
        var perIntake = benefits.Any(b => b.Benefit.Frequency == BenefitFrequency.OncePerIntake);
        Guid? after = null;
        while (true)
        {
            var rows = await employers.VerifiedPageAsync(after, PageSize, cancellationToken);
            if (rows.Count == 0) break;
            after = rows[^1].Id;
            judged += rows.Count;
            var intakes = perIntake ? await graduates.IntakesOfHostsAsync(rows.Select(r => r.Id).ToList(), cancellationToken) : [];
            var candidates = new List<(Benefit Benefit, BenefitRules Rules, FactSheet Sheet, decimal Amount)>();
            foreach (var row in rows)
            {
                var plain = await facts.EmployerAsync(row, today, null, cancellationToken);
                foreach (var (benefit, rules) in benefits)
                {
                    if (!plain.Within(benefit.RegionCode)) continue;
                    if (benefit.Frequency != BenefitFrequency.OncePerIntake)
                    {
                        if (catalog.AmountIfEligible(rules, BenefitClaimant.Employer, plain.Values) is > 0 and var full
                            && BenefitClaims.DueFirst(benefit, plain.Values, full) is { } amount)
                            candidates.Add((benefit, rules, plain, amount));
                        continue;
                    }
                    // Told once per benefit: of the newest intake that qualifies.
                    foreach (var year in intakes.GetValueOrDefault(row.Id) ?? [])
                    {
                        var sheet = await facts.EmployerAsync(row, today, year, cancellationToken);
                        if (catalog.AmountIfEligible(rules, BenefitClaimant.Employer, sheet.Values) is > 0 and var amount)
                        {
                            candidates.Add((benefit, rules, sheet, amount));
                            break;
                        }
                    }
                }
            }
            found += await TellAsync(candidates, runId, cancellationToken);
            if (rows.Count < PageSize) break;
        }
        return (judged, found);
    }

    /// <summary>Records and tells those of a page not yet told of the benefit and without a claim of it; one save for the page.</summary>
    private async Task<int> TellAsync(List<(Benefit Benefit, BenefitRules Rules, FactSheet Sheet, decimal Amount)> candidates, Guid runId,
        CancellationToken cancellationToken)
    {
        if (candidates.Count == 0) return 0;
        var ids = candidates.Select(c => c.Sheet.ClaimantId).Distinct().ToList();
        var told = new HashSet<(Guid, Guid)>();
        foreach (var chunk in ids.Chunk(1000))
        {
            foreach (var f in await db.BenefitFindings.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().Where(f => chunk.Contains(f.ClaimantId))
                         .Select(f => new { f.BenefitId, f.ClaimantId }).ToListAsync(cancellationToken))
                told.Add((f.BenefitId, f.ClaimantId));
            foreach (var a in await db.BenefitApplications.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().Where(a => chunk.Contains(a.ClaimantId))
                         .Select(a => new { a.BenefitId, a.ClaimantId }).ToListAsync(cancellationToken))
                told.Add((a.BenefitId, a.ClaimantId));
        }
        var now = clock.UtcNow;
        var count = 0;
        foreach (var (benefit, rules, sheet, amount) in candidates)
        {
            if (!told.Add((benefit.Id, sheet.ClaimantId))) continue;
            db.BenefitFindings.Add(new BenefitFinding(benefit.Id, rules.Id, benefit.Claimant, sheet.ClaimantId, sheet.Name,
                sheet.ReviewRegion(benefit.RegionCode), amount, runId, now));
            var link = $"/Benefits/Claim?benefit={benefit.Id}" + (sheet.Intake is { } year ? $"&intake={year}" : "");
            var recipients = sheet.UserId is { } user ? [user] : await employers.MemberUserIdsAsync(sheet.ClaimantId, cancellationToken);
            foreach (var recipient in recipients)
                await notifier.NotifyAsync(recipient, NotificationKinds.BenefitFound, [benefit.Name, MessageValues.Yuan(amount)], link, cancellationToken);
            count++;
        }
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return count;
    }

    /// <summary>Whom runs found in the officer's scope, newest first, with whether they have claimed since.</summary>
    public Task<List<BenefitFinding>> FoundAsync(Guid? benefitId, CancellationToken cancellationToken)
    {
        var findings = db.BenefitFindings.AsNoTracking();
        if (benefitId is { } id) findings = findings.Where(f => f.BenefitId == id);
        return findings.OrderByDescending(f => f.FoundAtUtc).ThenBy(f => f.Id).Take(200).ToListAsync(cancellationToken);
    }
}

/// <summary>Runs policy finds people on a schedule (incremental each round, full when the last full run is a week old) and when an
/// officer presses the button, one run at a time, outside any request so that a run judges everyone whoever pressed it.</summary>
public sealed partial class PolicyFinderSchedule(IServiceScopeFactory scopes, TimeProvider clock, Microsoft.Extensions.Options.IOptions<BenefitsOptions> options,
    ILogger<PolicyFinderSchedule> logger) : PeriodicWork(clock, logger)
{
    private readonly SemaphoreSlim _one = new(1, 1);

    protected override TimeSpan Interval => TimeSpan.FromMinutes(options.Value.FinderMinutes);

    // Another copy told the same people first (the unique finding).
    protected override bool IsLostRace(Exception exception) => exception is DbUpdateException;

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.FinderEnabled) return;
        if (await RunAsync(null, null, cancellationToken) is { Found: > 0 } run) LogFound(run.Found, run.Talents, run.Employers);
    }

    /// <summary>Starts a run now for the officer; false when one is under way. The returned task ends with the run (tests await it).</summary>
    public bool TryStart(Guid officerId, bool incremental, out Task<BenefitRun?> run)
    {
        if (_one.CurrentCount == 0)
        {
            run = Task.FromResult<BenefitRun?>(null);
            return false;
        }
        // Not the request's context: the run's records are not the officer's scope to write, and it outlives the request.
        using (ExecutionContext.SuppressFlow()) run = Task.Run(() => RunAsync(officerId, incremental, CancellationToken.None));
        return true;
    }

    private async Task<BenefitRun?> RunAsync(Guid? officerId, bool? incremental, CancellationToken cancellationToken)
    {
        if (!await _one.WaitAsync(0, cancellationToken)) return null;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            if (incremental is null)
            {
                var db = scope.ServiceProvider.GetRequiredService<YincaiDb>();
                var lastFull = await db.BenefitRuns.AsNoTracking().Where(r => !r.Incremental && r.FinishedAtUtc != null)
                    .OrderByDescending(r => r.StartedAtUtc).Select(r => (DateTime?)r.StartedAtUtc).FirstOrDefaultAsync(cancellationToken);
                incremental = lastFull is not null && Clock.GetUtcNow().UtcDateTime - lastFull.Value < TimeSpan.FromDays(7);
            }
            return await scope.ServiceProvider.GetRequiredService<PolicyFinder>().RunAsync(incremental.Value, officerId, cancellationToken);
        }
        catch (Exception e) when (officerId is not null && e is not OperationCanceledException)
        {
            LogFailed(e);
            return null;
        }
        finally
        {
            _one.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Policy finds people: {Found} told ({Talents} talents, {Employers} employers judged)")]
    private partial void LogFound(int found, int talents, int employers);

    [LoggerMessage(Level = LogLevel.Error, Message = "A run of policy finds people started by an officer failed")]
    private partial void LogFailed(Exception exception);
}

/// <summary>The "Benefits" configuration section.</summary>
public sealed class BenefitsOptions
{
    /// <summary>How often policy finds people runs (incrementally).</summary>
    [System.ComponentModel.DataAnnotations.Range(5, 10080)] public int FinderMinutes { get; set; } = 60;

    /// <summary>Off in tests that press the button themselves.</summary>
    public bool FinderEnabled { get; set; } = true;

    /// <summary>A claimant who was paid the first instalment of a benefit (GRD-11's first half) is told this many days before the rest
    /// can be claimed.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 60)] public int InstalmentReminderDays { get; set; } = 7;
}
