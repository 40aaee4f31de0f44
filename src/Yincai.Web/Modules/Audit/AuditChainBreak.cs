namespace Yincai.Modules.Audit;

public enum AuditChainBreak
{
    /// <summary>A sequence number is missing: a row was deleted.</summary>
    Missing = 1,
    /// <summary>The row does not point at the hash of the row before it.</summary>
    LinkMismatch = 2,
    /// <summary>The row's content no longer matches its keyed hash: it was rewritten (its hash recomputed without the key).</summary>
    ContentAltered = 3,
    /// <summary>The chain ends before the sequence an anchor vouches for: its newest rows were cut off.</summary>
    Truncated = 4,
    /// <summary>The row at an anchor's sequence has another hash than the anchor: the chain was replaced from there on.</summary>
    AnchorMismatch = 5,
    /// <summary>A row after the latest anchor whose hash does not verify under the key, and no later row does: forged
    /// (appended by someone without the key).</summary>
    Forged = 6,
}
