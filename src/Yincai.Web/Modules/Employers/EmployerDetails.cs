using Yincai.Modules.Employers.Contracts;

namespace Yincai.Modules.Employers;

/// <summary>What the employer states about itself, already validated and normalised.</summary>
public sealed record EmployerDetails(
    string CreditCode,
    string Name,
    string RegionCode,
    string IndustryCode,
    OwnershipType Ownership,
    EmployerSize Size,
    string Address,
    string ContactName,
    string ContactPhone);
