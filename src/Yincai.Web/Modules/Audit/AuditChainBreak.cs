namespace Yincai.Modules.Audit;

public enum AuditChainBreak
{
    /// <summary>A sequence number is missing: a row was deleted.</summary>
    Missing = 1,
    /// <summary>The row does not point at the hash of the row before it.</summary>
    LinkMismatch = 2,
    /// <summary>The row's content no longer matches its own hash: it was edited.</summary>
    ContentAltered = 3,
}
