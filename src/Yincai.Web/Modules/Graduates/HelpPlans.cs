using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Audit.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Graduates;

/// <summary>
/// GRD-13's use cases: who of the scope's graduates is disadvantaged (read in clear only with a purpose, each listing and each
/// plan view recorded), their one-to-one plans and steps. The groups stay encrypted on the talent record; nothing here stores them.
/// </summary>
public sealed class HelpPlans(YincaiDb db, TalentDirectory talents, SensitiveDataViews views, CurrentUser current, ChinaClock clock)
{
    /// <summary>Why an officer may look: each is written to the audit trail with the view.</summary>
    public static readonly IReadOnlyList<string> Purposes = ["help_plan", "job_recommendation", "follow_up"];

    /// <summary>At most this many graduates of the database are read for one listing; a larger scope narrows by county.</summary>
    public const int ListLimit = 20_000;

    public sealed record Row(Graduate Graduate, DisadvantagedGroup Groups, HelpPlan? Plan);

    /// <summary>The disadvantaged graduates still in the database of the scope (or of <paramref name="county"/> in it), after the
    /// listing is recorded with its purpose; null when the scope holds more than <see cref="ListLimit"/> of them (narrow it).</summary>
    public async Task<Result<IReadOnlyList<Row>?>> ListAsync(string? purpose, string? county, CancellationToken cancellationToken)
    {
        if (purpose is null || !Purposes.Contains(purpose)) return GraduateErrors.PurposeNeeded;
        var graduates = db.Graduates.AsNoTracking().InDatabase();
        if (RegionScope.IsRegionCode(county)) graduates = graduates.Where(g => g.RegionCode.StartsWith(RegionScope.PrefixOf(county!)));
        var candidates = await graduates.OrderBy(g => g.Id).Take(ListLimit + 1).ToListAsync(cancellationToken);
        if (candidates.Count > ListLimit) return Result<IReadOnlyList<Row>?>.Ok(null);
        await views.RecordAsync(nameof(Graduate), "list:" + (county ?? db.Scope.Prefix ?? "all"), ["DisadvantagedGroup"], purpose,
            RegionScope.IsRegionCode(county) ? county : null, cancellationToken);
        var groups = await talents.DisadvantagedAsync(candidates.Select(g => g.TalentId).ToList(), cancellationToken);
        var listed = candidates.Where(g => groups.ContainsKey(g.TalentId)).ToList();
        var ids = listed.Select(g => g.Id).ToList();
        var plans = await db.HelpPlans.AsNoTracking().Where(p => ids.Contains(p.GraduateId)).ToDictionaryAsync(p => p.GraduateId, cancellationToken);
        return Result<IReadOnlyList<Row>?>.Ok(listed.OrderBy(g => plans.ContainsKey(g.Id)).ThenBy(g => g.RegionCode)
            .Select(g => new Row(g, groups[g.TalentId], plans.GetValueOrDefault(g.Id))).ToList());
    }

    /// <summary>The groups of one graduate in clear, for their plan's page: recorded with the purpose first.</summary>
    public async Task<DisadvantagedGroup> GroupsAsync(Graduate graduate, string purpose, CancellationToken cancellationToken)
    {
        await views.RecordAsync("Talent", graduate.TalentId.ToString(), ["DisadvantagedGroup"], purpose, graduate.RegionCode, cancellationToken);
        return (await talents.DisadvantagedAsync([graduate.TalentId], cancellationToken)).GetValueOrDefault(graduate.TalentId);
    }

    /// <summary>Opens the plan of a disadvantaged graduate with their officer (or the caller) as the named officer.</summary>
    public async Task<Result<HelpPlan>> CreateAsync(Graduate graduate, CancellationToken cancellationToken)
    {
        if (await db.HelpPlans.AnyAsync(p => p.GraduateId == graduate.Id, cancellationToken)) return GraduateErrors.PlanExists;
        if ((await talents.DisadvantagedAsync([graduate.TalentId], cancellationToken)).Count == 0) return GraduateErrors.NotDisadvantaged;
        var plan = new HelpPlan(graduate, graduate.OfficerId ?? current.Id ?? Guid.Empty, clock.UtcNow);
        db.HelpPlans.Add(plan);
        return plan;
    }

    public Result<HelpStep> AddStep(HelpPlan plan, DateOnly dueOn, string action)
    {
        if (!plan.IsOpen) return GraduateErrors.PlanClosed;
        if (dueOn < clock.Today) return GraduateErrors.StepPast;
        var step = new HelpStep(plan, dueOn, action, clock.UtcNow);
        db.HelpSteps.Add(step);
        return step;
    }

    /// <summary>Follows the graduate's outcome: placed closes the open plan, back in the database reopens it.</summary>
    public async Task FollowOutcomeAsync(Graduate graduate, DateOnly on, string note, CancellationToken cancellationToken)
    {
        if (await db.HelpPlans.FirstOrDefaultAsync(p => p.GraduateId == graduate.Id, cancellationToken) is not { } plan) return;
        if (graduate.InDatabase && !plan.IsOpen) plan.Reopen();
        else if (!graduate.InDatabase && plan.IsOpen) plan.Close(on, note);
    }
}
