namespace Yincai.Modules.Accounts.Contracts;

/// <summary>A staff account as other modules name it: who, and the region of their scope.</summary>
public sealed record StaffMember(Guid Id, string DisplayName, string RegionCode);
