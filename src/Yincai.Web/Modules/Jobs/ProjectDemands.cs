using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Jobs;

/// <summary>An employer user's project demands: drafts, submission, closing; and what the public may see.</summary>
public sealed class ProjectDemands(YincaiDb db, EmployerDirectory employers, RegionDirectory regions, IndustryCatalog industries,
    ChinaClock clock)
{
    private DateOnly Today => clock.Today;

    public async Task<Result<ProjectDemand>> SaveAsync(Guid userId, Guid? demandId, ProjectDemandForm form, bool submit,
        CancellationToken cancellationToken)
    {
        if (await employers.OfUserAsync(userId, cancellationToken) is not { } employer) return JobErrors.NoEmployer;
        if (industries.Find(form.IndustryCode) is not { Level: "division" }) return JobErrors.UnknownIndustry;
        if (!RegionScope.IsRegionCode(form.RegionCode) || !await regions.ExistsAsync(form.RegionCode!, cancellationToken))
            return JobErrors.UnknownDemandRegion;
        if (form.BudgetMinWan is { } min && form.BudgetMaxWan is { } max && max < min) return JobErrors.BudgetRange;
        var details = new ProjectDemandDetails(employer.Name, form.Title.Trim(), form.Description.Trim(), form.IndustryCode!,
            form.RegionCode!, form.Mode, form.BudgetMinWan, form.BudgetMaxWan, form.ValidUntil!.Value);

        ProjectDemand demand;
        if (demandId is { } id)
        {
            if (await db.ProjectDemands.FirstOrDefaultAsync(d => d.Id == id && d.EmployerId == employer.Id, cancellationToken) is not { } existing)
                return JobErrors.NotDraft;
            var edited = existing.Edit(details);
            if (edited.IsError) return edited.Error!;
            demand = existing;
        }
        else
        {
            demand = new ProjectDemand(employer.Id, details, clock.UtcNow);
            db.ProjectDemands.Add(demand);
        }
        if (submit)
        {
            var submitted = demand.Submit(Today);
            if (submitted.IsError) return submitted.Error!;
        }
        await db.SaveChangesAsync(cancellationToken);
        return demand;
    }

    public async Task<Result> CloseAsync(Guid userId, Guid demandId, CancellationToken cancellationToken)
    {
        if (await employers.OfUserAsync(userId, cancellationToken) is not { } employer) return JobErrors.NoEmployer;
        if (await db.ProjectDemands.FirstOrDefaultAsync(d => d.Id == demandId && d.EmployerId == employer.Id, cancellationToken) is not { } demand)
            return JobErrors.NotOpen;
        var closed = demand.Close();
        if (closed.IsError) return closed;
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }

    public async Task<IReadOnlyList<ProjectDemand>> OfUserAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (await employers.OfUserAsync(userId, cancellationToken) is not { } employer) return [];
        return await db.ProjectDemands.AsNoTracking().Where(d => d.EmployerId == employer.Id)
            .OrderByDescending(d => d.CreatedAtUtc).ToListAsync(cancellationToken);
    }

    public async Task<ProjectDemand?> OwnAsync(Guid userId, Guid demandId, CancellationToken cancellationToken) =>
        await employers.OfUserAsync(userId, cancellationToken) is { } employer
            ? await db.ProjectDemands.AsNoTracking().FirstOrDefaultAsync(d => d.Id == demandId && d.EmployerId == employer.Id, cancellationToken)
            : null;

    /// <summary>Published and not past their date: what the public may see (ENT-02).</summary>
    public IQueryable<ProjectDemand> Open() =>
        db.ProjectDemands.AsNoTracking().OpenOn(Today);

    /// <summary>An officer approves: only demands of a verified employer are published, as with jobs.</summary>
    public async Task<Result> ApproveAsync(ProjectDemand demand, Guid officerId, CancellationToken cancellationToken)
    {
        if (!await employers.IsVerifiedAsync(demand.EmployerId, cancellationToken)) return JobErrors.EmployerNotVerified;
        return demand.Approve(officerId, clock.UtcNow);
    }
}
