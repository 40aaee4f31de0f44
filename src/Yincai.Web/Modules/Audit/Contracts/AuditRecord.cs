namespace Yincai.Modules.Audit.Contracts;

/// <summary>What to write to the audit trail; the chain position and hash are added when it is saved.</summary>
public sealed record AuditRecord(
    string Action,
    AuditOutcome Outcome,
    Guid? ActorId,
    string? ActorName,
    string? EntityType = null,
    string? EntityId = null,
    string? RegionCode = null,
    string? Before = null,
    string? After = null,
    string? IpAddress = null);
