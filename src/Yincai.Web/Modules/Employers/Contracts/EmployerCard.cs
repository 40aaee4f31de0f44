namespace Yincai.Modules.Employers.Contracts;

/// <summary>An employer as other modules see it.</summary>
public sealed record EmployerCard(Guid Id, string Name, string RegionCode, string IndustryCode, EmployerStatus Status)
{
    /// <summary>Blacklisted after an upheld complaint: no job of it may be published.</summary>
    public bool Blacklisted { get; init; }
}
