namespace Yincai.Modules.Imports;

/// <summary>Queued → Validating (every row checked, nothing written) → Committing (one transaction) → Succeeded | Failed.</summary>
public enum ImportStatus
{
    Queued = 1,
    Validating = 2,
    Committing = 3,
    Succeeded = 4,
    Failed = 5,
}
