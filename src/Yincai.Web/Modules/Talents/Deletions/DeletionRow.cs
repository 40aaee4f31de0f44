namespace Yincai.Modules.Talents.Deletions;

/// <summary>A line of the officers' list of deletion requests: the person by name and masked ID number only.</summary>
public sealed record DeletionRow(Guid Id, string FullName, string IdNumberMasked, string RegionCode, string? Reason,
    DateTime RequestedAtUtc, DeletionStatus Status);
