using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Regions;

/// <summary>
/// Every administrative division, read from the database once per copy of the app: they are reference data, loaded at start
/// (<see cref="ReferenceDataLoader"/>) and never changed while the app runs, and nearly every page names some. Without it a
/// public job list asked the database twice a request for names it had read a moment before.
/// </summary>
public sealed class RegionTable(IServiceScopeFactory scopes)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile Snapshot? _loaded;

    /// <summary>The divisions in code order, and by code.</summary>
    public sealed class Snapshot(IReadOnlyList<Region> all)
    {
        public IReadOnlyList<Region> All { get; } = all;
        public IReadOnlyDictionary<string, Region> ByCode { get; } = all.ToDictionary(r => r.Code, StringComparer.Ordinal);
        public RegionLookup Lookup { get; } = new(all.Select(r => (r.Code, r.Name, r.ParentCode)));

        /// <summary>Every province and prefecture, in code order: one list for as long as the snapshot lives, so that
        /// what is written from it (a select's options) can be kept with it.</summary>
        public IReadOnlyList<RegionSummary> ProvincesAndCities => field ??=
            All.Where(r => r.Level is RegionLevel.Province or RegionLevel.Prefecture).Select(r => new RegionSummary(r.Code, r.Name, r.Level)).ToList();
    }

    public async ValueTask<Snapshot> GetAsync(CancellationToken cancellationToken)
    {
        if (_loaded is { } loaded) return loaded;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_loaded is { } again) return again;
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<YincaiDb>();
            var all = await db.Regions.AsNoTracking().OrderBy(r => r.Code).ToListAsync(cancellationToken);
            var snapshot = new Snapshot(all);
            // Not kept while empty: asked before the reference data was loaded (a fresh database), it is read again.
            if (all.Count > 0) _loaded = snapshot;
            return snapshot;
        }
        finally
        {
            _gate.Release();
        }
    }
}
