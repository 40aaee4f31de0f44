using Yincai.Modules.Jobs.Contracts;

namespace Yincai.Modules.Jobs;

/// <summary>What an employer states about a project demand, already validated.</summary>
public sealed record ProjectDemandDetails(string EmployerName, string Title, string Description, string IndustryCode, string RegionCode,
    CooperationMode Mode, int? BudgetMinWan, int? BudgetMaxWan, DateOnly ValidUntil);
