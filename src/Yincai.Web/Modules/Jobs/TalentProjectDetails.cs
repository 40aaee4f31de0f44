using Yincai.Modules.Jobs.Contracts;

namespace Yincai.Modules.Jobs;

/// <summary>What a talent states about their project, already validated; the name is already masked.</summary>
public sealed record TalentProjectDetails(string OwnerMaskedName, string Title, string Summary, string IndustryCode, string RegionCode,
    ProjectStage Stage, int? FundingSoughtWan, DateOnly ValidUntil);
