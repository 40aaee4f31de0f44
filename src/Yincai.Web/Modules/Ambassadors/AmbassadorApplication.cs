using Yincai.Modules.Talents.Contracts;

namespace Yincai.Modules.Ambassadors;

/// <summary>What a city states of a candidate, before the qualification check (AMB-01).</summary>
public sealed record AmbassadorApplication(string? NativePlaceCode, string? SchoolName, string? Country, AmbassadorRole? Role,
    DegreeLevel? Degree, bool IsPhd, DateOnly? ExpectedLeavingOn, bool WillingAndSkilled);
