using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;
using Microsoft.AspNetCore.OutputCaching;
using Yincai.Platform.PageCache;

namespace Yincai.Modules.Jobs;

/// <summary>
/// Public job search, no sign-in (ENT-02). Keywords as the six finds take them (<see cref="JobSearch"/>): every word,
/// case and width folded, as substrings, so Chinese needs no word breaks. Every filter and the order are in the query
/// string, so a search is a link to share; a signed-in talent sees which jobs they already applied for.
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPagePolicy.Name, Tags = [nameof(Job)])]
public sealed class IndexModel(JobPostings postings, JobApplications applications, RegionDirectory regions, IndustryCatalog industries,
    MajorCatalog majors, OccupationCatalog occupations, CurrentUser current) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public JobType? Type { get; set; }
    [BindProperty(SupportsGet = true)] public string? Region { get; set; }
    [BindProperty(SupportsGet = true)] public string? Industry { get; set; }

    /// <summary>The searcher's own education: jobs that ask for no more than it.</summary>
    [BindProperty(SupportsGet = true)] public DegreeLevel? Degree { get; set; }

    [BindProperty(SupportsGet = true)] public int? MinSalary { get; set; }

    /// <summary>A 中类 or 小类 of the occupation classification; a 中类 takes in its 小类.</summary>
    [BindProperty(SupportsGet = true)] public string? Occupation { get; set; }

    /// <summary>The searcher's years of experience: jobs that ask no more (0: none, as a fresh graduate).</summary>
    [BindProperty(SupportsGet = true)] public int? Experience { get; set; }

    public static readonly int[] ExperienceChoices = [0, 1, 3, 5];

    public OccupationCatalog Occupations => occupations;
    [BindProperty(SupportsGet = true)] public JobSort Sort { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;
    public PagedList<JobItem> Jobs { get; private set; } = new([], 1, 1, 0);
    public IReadOnlyDictionary<string, string> RegionNames { get; private set; } = new Dictionary<string, string>();

    /// <summary>Provinces and their cities, for a city filter that needs no province picked first.</summary>
    public IReadOnlyList<RegionSummary> Cities { get; private set; } = [];

    /// <summary>The chosen region when it is a county, which the city list does not offer.</summary>
    public RegionSummary? OtherRegion { get; private set; }

    /// <summary>The jobs on this page that the signed-in user has applied for.</summary>
    public IReadOnlySet<Guid> Applied { get; private set; } = new HashSet<Guid>();

    public IndustryCatalog Industries => industries;

    public string MajorName(string code) => majors.Find(code)?.Name ?? code;

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var filter = new Search.JobListFilter(Type, RegionScope.IsRegionCode(Region) ? RegionScope.PrefixOf(Region!) : null,
            industries.Find(Industry) is { Level: "division" } industry ? industry.Code : null, Degree, MinSalary, Sort,
            occupations.Find(Occupation) is { IsMajorGroup: false } occupation ? occupation.Code : null, Experience is >= 0 and <= 50 ? Experience : null);
        Jobs = await postings.SearchAsync(SearchTerms.Parse(Q), filter, PageNumber, PageSize, ct);
        var shown = Jobs.Items.Select(j => j.RegionCode);
        RegionNames = await regions.NamesAsync((RegionScope.IsRegionCode(Region) ? shown.Append(Region!) : shown).Distinct().ToList(), ct);
        Cities = await regions.ProvincesAndCitiesAsync(ct);
        if (RegionScope.IsRegionCode(Region) && Cities.All(c => c.Code != Region) && RegionNames.TryGetValue(Region!, out var name))
            OtherRegion = new RegionSummary(Region!, name, RegionLevel.County);
        if (current.Id is { } userId && User.IsInRole(Roles.Talent))
            Applied = await applications.AppliedAmongAsync(userId, Jobs.Items.Select(j => j.Id).ToList(), ct);
    }
}
