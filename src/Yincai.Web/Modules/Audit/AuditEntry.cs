using Yincai.Modules.Audit.Contracts;
using System.Globalization;

namespace Yincai.Modules.Audit;

/// <summary>
/// One row of the append-only audit trail. It is written unsealed, in the business transaction (an <see cref="Id"/> that only
/// orders insertion, no place in the chain); <see cref="AuditSealer"/> then gives it the next <see cref="Sequence"/> and
/// the hash of the row before it, so an edited, inserted or deleted sealed row breaks the chain from that point on. The hash
/// is an HMAC under <see cref="AuditChainKey"/>: without the key nobody can recompute the chain after an edit, or append a
/// row that verifies.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry() { }

    internal AuditEntry(DateTime occurredAtUtc, AuditRecord record)
    {
        // PostgreSQL keeps microseconds: hash only what both databases give back.
        OccurredAtUtc = new DateTime(occurredAtUtc.Ticks - occurredAtUtc.Ticks % 10, DateTimeKind.Utc);
        (Action, Outcome, ActorId, ActorName, EntityType, EntityId, RegionCode, Before, After, IpAddress) =
            (record.Action, record.Outcome, record.ActorId, record.ActorName, record.EntityType, record.EntityId,
             record.RegionCode, record.Before, record.After, record.IpAddress);
    }

    /// <summary>Gives the row its place in the chain: the next sequence after the row whose hash is <paramref name="previousHash"/>.</summary>
    internal void Seal(long sequence, string previousHash, AuditChainKey key)
    {
        if (Sequence is not null) throw new InvalidOperationException($"Audit row {Id} is already sealed at {Sequence}.");
        (Sequence, PreviousHash) = (sequence, previousHash);
        Hash = ComputeHash(key);
    }

    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>Orders insertion only (two copies' rows interleave by it); the chain's order is <see cref="Sequence"/>.</summary>
    public long Id { get; private set; }

    /// <summary>The row's place in the chain; null until the sealer reaches it.</summary>
    public long? Sequence { get; private set; }
    public DateTime OccurredAtUtc { get; private set; }
    public string Action { get; private set; } = "";
    public AuditOutcome Outcome { get; private set; }
    public Guid? ActorId { get; private set; }
    public string? ActorName { get; private set; }
    public string? EntityType { get; private set; }
    public string? EntityId { get; private set; }
    public string? RegionCode { get; private set; }
    public string? Before { get; private set; }
    public string? After { get; private set; }
    public string? IpAddress { get; private set; }
    public string? PreviousHash { get; private set; }
    public string? Hash { get; private set; }

    public bool IsSealed => Sequence is not null;

    public string ComputeHash(AuditChainKey key) => key.Sign(Canonical());

    /// <summary>The row's fields, previous hash included, in one fixed text form: what the hash covers.</summary>
    internal string Canonical() =>
        string.Join('\u001f',
            Sequence?.ToString(CultureInfo.InvariantCulture) ?? "",
            OccurredAtUtc.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture),
            Action, ((int)Outcome).ToString(CultureInfo.InvariantCulture), ActorId?.ToString() ?? "", ActorName ?? "",
            EntityType ?? "", EntityId ?? "", RegionCode ?? "", Before ?? "", After ?? "", IpAddress ?? "", PreviousHash ?? "");
}
