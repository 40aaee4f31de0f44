namespace Yincai.Modules.Matching.Contracts;

/// <summary>A talent another module asks to be matched first, with the reason shown beside them.</summary>
public sealed record PriorityTalent(Guid TalentId, string Reason);

/// <summary>
/// Talents to put first among those who fit a job, such as the ambassadors who want to come back to work in the province
/// (AMB-12). Matching still checks scope and consent, and puts them first only when they fit well enough
/// (<see cref="MatchingOptions.PriorityMinScore"/>).
/// </summary>
public interface IPriorityTalents
{
    Task<IReadOnlyList<PriorityTalent>> ListAsync(CancellationToken cancellationToken);
}
