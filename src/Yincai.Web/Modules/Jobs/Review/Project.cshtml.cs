using Microsoft.Extensions.Localization;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Shared;
using Yincai.Platform;

namespace Yincai.Modules.Jobs.Review;

/// <summary>The officer of the landing region publishes a talent's project or sends it back.</summary>
public sealed class ProjectModel(YincaiDb db, CurrentUser current, RegionDirectory regions, IndustryCatalog industries, TimeProvider clock,
    IStringLocalizer<JobsResource> text, IStringLocalizer<SharedResource> shared)
    : PostingReviewModel<TalentProject>(db, current, text, shared)
{
    public string? RegionName { get; private set; }
    public string? IndustryName { get; private set; }

    protected override string PagePath => "/Jobs/Review/Project";

    protected override Task<Result> ApproveAsync(TalentProject item, CancellationToken cancellationToken) =>
        Task.FromResult(item.Approve(OfficerId, clock.GetUtcNow().UtcDateTime));

    protected override async Task DescribeAsync(TalentProject item, CancellationToken cancellationToken)
    {
        RegionName = (await regions.NamesAsync([item.RegionCode], cancellationToken)).GetValueOrDefault(item.RegionCode);
        IndustryName = industries.Find(item.IndustryCode)?.Name;
    }
}
