using Microsoft.Extensions.Localization;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Shared;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Jobs.Review;

/// <summary>The officer of the job's region publishes it (when its employer is verified) or sends it back.</summary>
public sealed class DetailsModel(YincaiDb db, JobPostings postings, CurrentUser current, RegionDirectory regions,
    OccupationCatalog occupations, MajorCatalog majors, IStringLocalizer<JobsResource> text, IStringLocalizer<SharedResource> shared)
    : PostingReviewModel<Job>(db, current, text, shared)
{
    public Job Job => Item;
    public string? RegionName { get; private set; }
    public string? OccupationName { get; private set; }
    public IReadOnlyList<string> MajorNames { get; private set; } = [];

    protected override string PagePath => "/Jobs/Review/Details";

    protected override Task<Result> ApproveAsync(Job item, CancellationToken cancellationToken) =>
        postings.ApproveAsync(item, OfficerId, cancellationToken);

    protected override async Task DescribeAsync(Job item, CancellationToken cancellationToken)
    {
        RegionName = (await regions.NamesAsync([item.RegionCode], cancellationToken)).GetValueOrDefault(item.RegionCode);
        OccupationName = occupations.Find(item.OccupationCode)?.Name;
        MajorNames = item.MajorCodes.Select(c => majors.Find(c)?.Name ?? c).ToList();
    }
}
