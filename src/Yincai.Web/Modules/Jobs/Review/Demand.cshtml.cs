using Microsoft.Extensions.Localization;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Shared;
using Yincai.Platform;

namespace Yincai.Modules.Jobs.Review;

/// <summary>The officer of the demand's region publishes it (when its employer is verified) or sends it back.</summary>
public sealed class DemandModel(YincaiDb db, ProjectDemands demands, CurrentUser current, RegionDirectory regions, IndustryCatalog industries,
    IStringLocalizer<JobsResource> text, IStringLocalizer<SharedResource> shared)
    : PostingReviewModel<ProjectDemand>(db, current, text, shared)
{
    public string? RegionName { get; private set; }
    public string? IndustryName { get; private set; }

    protected override string PagePath => "/Jobs/Review/Demand";

    protected override Task<Result> ApproveAsync(ProjectDemand item, CancellationToken cancellationToken) =>
        demands.ApproveAsync(item, OfficerId, cancellationToken);

    protected override async Task DescribeAsync(ProjectDemand item, CancellationToken cancellationToken)
    {
        RegionName = (await regions.NamesAsync([item.RegionCode], cancellationToken)).GetValueOrDefault(item.RegionCode);
        IndustryName = industries.Find(item.IndustryCode)?.Name;
    }
}
