using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Ambassadors.Filing;
using Yincai.Modules.Ambassadors.Work;
using Yincai.Platform;

namespace Yincai.Modules.Ambassadors;

/// <summary>
/// The program's data that the province keeps up: the filing deadlines per year (AMB-13, AMB-15) and the evaluation
/// weights (AMB-10). Every officer may read them; only a province officer changes them. A deadline already passed stays
/// as it was, so the batches marked against it keep their meaning.
/// </summary>
public sealed class AmbassadorSettings(YincaiDb db, AmbassadorFiling filing, AmbassadorRegistry registry)
{
    public const int MaxPoints = 1000;

    public bool CanEdit => filing.IsProvinceOfficer;

    public Task<List<FilingWindow>> WindowsAsync(int fromYear, int toYear, CancellationToken cancellationToken) =>
        db.FilingWindows.AsNoTracking().Where(w => w.Year >= fromYear && w.Year <= toYear).OrderBy(w => w.DueOn).ToListAsync(cancellationToken);

    public Task<List<ContributionWeight>> WeightsAsync(CancellationToken cancellationToken) =>
        db.ContributionWeights.AsNoTracking().OrderBy(w => w.Kind).ToListAsync(cancellationToken);

    public async Task<Result> AddWindowAsync(int year, FilingWindowKind kind, DateOnly dueOn, CancellationToken cancellationToken)
    {
        if (!CanEdit) return AmbassadorErrors.SettingsNotProvince;
        if (!Enum.IsDefined(kind)) return AmbassadorErrors.NotFound;
        if (await CheckDateAsync(year, dueOn, null, cancellationToken) is { } error) return error;
        var id = (await db.FilingWindows.MaxAsync(w => (int?)w.Id, cancellationToken) ?? 0) + 1;
        db.FilingWindows.Add(new FilingWindow(id, year, kind, dueOn));
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }

    public async Task<Result> MoveWindowAsync(int id, DateOnly dueOn, CancellationToken cancellationToken)
    {
        if (!CanEdit) return AmbassadorErrors.SettingsNotProvince;
        var window = await db.FilingWindows.FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (window is null) return AmbassadorErrors.NotFound;
        if (window.DueOn < registry.Today) return AmbassadorErrors.WindowPast;
        if (await CheckDateAsync(window.Year, dueOn, id, cancellationToken) is { } error) return error;
        window.MoveTo(dueOn);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }

    public async Task<Result> RemoveWindowAsync(int id, CancellationToken cancellationToken)
    {
        if (!CanEdit) return AmbassadorErrors.SettingsNotProvince;
        var window = await db.FilingWindows.FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (window is null) return AmbassadorErrors.NotFound;
        if (window.DueOn < registry.Today) return AmbassadorErrors.WindowPast;
        db.FilingWindows.Remove(window);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }

    /// <summary>Sets every weight at once: one out of range changes none.</summary>
    public async Task<Result> SetWeightsAsync(IReadOnlyDictionary<ContributionKind, int> points, Func<ContributionKind, string> label,
        CancellationToken cancellationToken)
    {
        if (!CanEdit) return AmbassadorErrors.SettingsNotProvince;
        var weights = await db.ContributionWeights.ToListAsync(cancellationToken);
        foreach (var weight in weights)
            if (points.TryGetValue(weight.Kind, out var p) && p is < 0 or > MaxPoints)
                return AmbassadorErrors.BadWeight(label(weight.Kind));
        foreach (var weight in weights)
            if (points.TryGetValue(weight.Kind, out var p))
                weight.Set(p);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }

    private async Task<Error?> CheckDateAsync(int year, DateOnly dueOn, int? id, CancellationToken cancellationToken)
    {
        if (dueOn < registry.Today) return AmbassadorErrors.WindowPast;
        if (dueOn.Year != year) return AmbassadorErrors.WindowYear;
        if (await db.FilingWindows.AnyAsync(w => w.DueOn == dueOn && w.Id != id, cancellationToken)) return AmbassadorErrors.WindowTaken;
        return null;
    }
}
