using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Talents.Search;

/// <summary>A verified employer searches the talents who agreed to share their profile with employers (ENT-04).</summary>
public sealed class IndexModel(SharedTalents talents, RegionDirectory regions, CurrentUser current) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public DegreeLevel? Degree { get; set; }
    [BindProperty(SupportsGet = true)] public string? Region { get; set; }
    [BindProperty(SupportsGet = true)] public TalentCategory? Category { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;
    public bool Verified { get; private set; }
    public PagedList<SharedTalentRow> Talents { get; private set; } = new([], 1, 1, 0);
    public IReadOnlyList<RegionSummary> Provinces { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Verified = current.Id is { } userId && await talents.VerifiedEmployerAsync(userId, ct) is not null;
        Provinces = (await regions.ChoicesAsync(null, null, ct)).Provinces;
        if (!Verified) return;
        Talents = await talents.Search(Q, Degree, Region, Category).ToCappedPagedListAsync(q => q.OrderByDescending(t => t.UpdatedAtUtc)
            .Select(t => new SharedTalentRow(t.Id, t.FullName, t.Gender, t.HighestDegree, t.SchoolName, t.MajorName,
                t.GraduationYear, t.Skills, t.Categories)), PageNumber, 20, 2_000, ct);
    }
}

public sealed record SharedTalentRow(Guid Id, string FullName, Gender? Gender, DegreeLevel Degree, string? SchoolName,
    string? MajorName, int? GraduationYear, List<string> Skills, TalentCategory Categories);
