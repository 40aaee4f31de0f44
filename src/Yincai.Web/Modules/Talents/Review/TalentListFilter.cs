using Microsoft.AspNetCore.Mvc;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Talents.Review;

/// <summary>
/// The officer's filters on the talent list, bound from the query string, so that the list, its export and a
/// bookmarked link all select the same people. Region and native place match as GB/T 2260 prefixes.
/// </summary>
public sealed class TalentListFilter
{
    [FromQuery(Name = "q")] public string? Q { get; set; }
    [FromQuery(Name = "category")] public TalentCategory? Category { get; set; }
    [FromQuery(Name = "year")] public int? GraduationYear { get; set; }
    [FromQuery(Name = "degree")] public DegreeLevel? Degree { get; set; }
    [FromQuery(Name = "major")] public string? Major { get; set; }
    [FromQuery(Name = "region")] public string? Region { get; set; }
    [FromQuery(Name = "native")] public string? NativePlace { get; set; }
    [FromQuery(Name = "status")] public EmploymentStatus? Status { get; set; }

    public bool IsEmpty => Q is null && Category is null && GraduationYear is null && Degree is null && Major is null
        && Region is null && NativePlace is null && Status is null;

    /// <summary>The query-string form, for the pager and the export link.</summary>
    public Dictionary<string, string?> ToRouteValues() => new()
    {
        ["q"] = Q, ["category"] = Category?.ToString(), ["year"] = GraduationYear?.ToString(), ["degree"] = Degree?.ToString(),
        ["major"] = Major, ["region"] = Region, ["native"] = NativePlace, ["status"] = Status?.ToString(),
    };

    private static readonly int AllCategories = Enum.GetValues<TalentCategory>().Aggregate(0, (all, c) => all | (int)c);

    /// <summary>Every combination of categories that includes <paramref name="category"/>.</summary>
    private static TalentCategory[] WithCategory(TalentCategory category) =>
        Enumerable.Range(0, AllCategories + 1).Where(v => (v & (int)category) == (int)category).Select(v => (TalentCategory)v).ToArray();

    /// <summary>Applies every filter but the search term (which needs the ID-number look-up of TalentProfiles).</summary>
    public IQueryable<Talent> Apply(IQueryable<Talent> query, MajorCatalog majors)
    {
        query = query.Where(t => !t.IsErased);
        if (Category is { } category and not TalentCategory.None)
        {
            // The sets of categories that hold this one, as a list of values: an index can find them, a bit test it cannot.
            var holding = WithCategory(category);
            query = query.Where(t => holding.Contains(t.Categories));
        }
        if (GraduationYear is { } year) query = query.Where(t => t.GraduationYear == year);
        if (Degree is { } degree) query = query.Where(t => t.HighestDegree == degree);
        if (!string.IsNullOrWhiteSpace(Major))
        {
            var major = majors.Find(Major) ?? majors.FindByName(Major);
            var name = Major.Trim();
            query = major is not null ? query.Where(t => t.MajorCode == major.Code) : query.Where(t => t.MajorName!.Contains(name));
        }
        if (RegionScope.IsRegionCode(Region))
        {
            var prefix = RegionScope.PrefixOf(Region!);
            query = query.Where(t => t.RegionCode.StartsWith(prefix));
        }
        if (RegionScope.IsRegionCode(NativePlace))
        {
            var prefix = RegionScope.PrefixOf(NativePlace!);
            query = query.Where(t => t.NativePlaceCode!.StartsWith(prefix));
        }
        if (Status is { } status) query = query.Where(t => t.Employment == status);
        return query;
    }
}
