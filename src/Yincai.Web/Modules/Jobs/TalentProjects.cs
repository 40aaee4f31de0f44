using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Jobs;

/// <summary>A talent's own projects: drafts, submission to the officers of the landing region, closing; and what the
/// public may see.</summary>
public sealed class TalentProjects(YincaiDb db, TalentDirectory talents, RegionDirectory regions, IndustryCatalog industries,
    ChinaClock clock)
{
    private DateOnly Today => clock.Today;

    public async Task<Result<TalentProject>> SaveAsync(Guid userId, Guid? projectId, TalentProjectForm form, bool submit,
        CancellationToken cancellationToken)
    {
        if (await talents.OfUserAsync(userId, cancellationToken) is not { } talent) return JobErrors.NoProfileForProject;
        if (industries.Find(form.IndustryCode) is not { Level: "division" }) return JobErrors.UnknownIndustry;
        if (!RegionScope.IsRegionCode(form.RegionCode) || !await regions.ExistsAsync(form.RegionCode!, cancellationToken))
            return JobErrors.UnknownLandingRegion;
        var details = new TalentProjectDetails(talent.MaskedName, form.Title.Trim(), form.Summary.Trim(), form.IndustryCode!,
            form.RegionCode!, form.Stage, form.FundingSoughtWan, form.ValidUntil!.Value);

        TalentProject project;
        if (projectId is { } id)
        {
            if (await db.TalentProjects.FirstOrDefaultAsync(p => p.Id == id && p.TalentId == talent.Id, cancellationToken) is not { } existing)
                return JobErrors.NotDraft;
            var edited = existing.Edit(details);
            if (edited.IsError) return edited.Error!;
            project = existing;
        }
        else
        {
            project = new TalentProject(talent.Id, details, clock.UtcNow);
            db.TalentProjects.Add(project);
        }
        if (submit)
        {
            var submitted = project.Submit(Today);
            if (submitted.IsError) return submitted.Error!;
        }
        await db.SaveChangesAsync(cancellationToken);
        return project;
    }

    public async Task<Result> CloseAsync(Guid userId, Guid projectId, CancellationToken cancellationToken)
    {
        if (await talents.OfUserAsync(userId, cancellationToken) is not { } talent) return JobErrors.NoProfileForProject;
        if (await db.TalentProjects.FirstOrDefaultAsync(p => p.Id == projectId && p.TalentId == talent.Id, cancellationToken) is not { } project)
            return JobErrors.NotOpen;
        var closed = project.Close();
        if (closed.IsError) return closed;
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }

    public async Task<IReadOnlyList<TalentProject>> MineAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (await talents.OfUserAsync(userId, cancellationToken) is not { } talent) return [];
        return await db.TalentProjects.AsNoTracking().Where(p => p.TalentId == talent.Id)
            .OrderByDescending(p => p.CreatedAtUtc).ToListAsync(cancellationToken);
    }

    public async Task<TalentProject?> OwnAsync(Guid userId, Guid projectId, CancellationToken cancellationToken) =>
        await talents.OfUserAsync(userId, cancellationToken) is { } talent
            ? await db.TalentProjects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId && p.TalentId == talent.Id, cancellationToken)
            : null;

    /// <summary>Published and not past their date: what the public may see.</summary>
    public IQueryable<TalentProject> Open() =>
        db.TalentProjects.AsNoTracking().OpenOn(Today);
}
