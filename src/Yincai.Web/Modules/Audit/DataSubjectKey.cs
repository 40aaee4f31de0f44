namespace Yincai.Modules.Audit;

/// <summary>
/// The key under which the audit trail keeps one person's personal values: 256 random bits, stored wrapped with the
/// platform's field key. Erasing the person destroys it (crypto-shredding): their audit rows stay, and stay verifiable,
/// but can no longer be read. The row itself stays as a tombstone, so that nothing written later gets a new key.
/// </summary>
public sealed class DataSubjectKey
{
    private DataSubjectKey() { }

    internal DataSubjectKey(Guid subjectId, string wrappedKey, DateTime nowUtc) =>
        (SubjectId, WrappedKey, CreatedAtUtc) = (subjectId, wrappedKey, nowUtc);

    /// <summary>A talent's id or a user's id.</summary>
    public Guid SubjectId { get; private set; }
    public string? WrappedKey { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? ShreddedAtUtc { get; private set; }

    internal static DataSubjectKey Tombstone(Guid subjectId, DateTime nowUtc) => new() { SubjectId = subjectId, CreatedAtUtc = nowUtc, ShreddedAtUtc = nowUtc };

    internal void Shred(DateTime nowUtc)
    {
        if (ShreddedAtUtc is not null) return;
        (WrappedKey, ShreddedAtUtc) = (null, nowUtc);
    }
}
