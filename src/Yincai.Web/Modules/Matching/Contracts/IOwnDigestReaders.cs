namespace Yincai.Modules.Matching.Contracts;

/// <summary>
/// Talents another module sends a digest of its own (the active ambassadors, AMB-09, whose digest carries their referral links):
/// the weekly talent digest leaves them out, so that nobody gets two digests in a week.
/// </summary>
public interface IOwnDigestReaders
{
    /// <summary>Those of <paramref name="talentIds"/> who get the other digest.</summary>
    Task<IReadOnlyCollection<Guid>> AmongAsync(IReadOnlyCollection<Guid> talentIds, CancellationToken cancellationToken);
}
