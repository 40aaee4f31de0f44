using Microsoft.AspNetCore.Mvc.ModelBinding;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Stations.Contracts;

namespace Yincai.Modules.Events.Manage;

/// <summary>What the shared event fields need: the form, the regions and offices to pick from, and the errors by field.</summary>
public sealed record EventFieldsModel(EventForm Form, IReadOnlyList<RegionSummary> Regions, IReadOnlyList<OfficeSummary>? Offices,
    ModelStateDictionary ModelState, IReadOnlyList<StationCard>? Stations = null)
{
    public string? ErrorFor(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)) : null;
}
