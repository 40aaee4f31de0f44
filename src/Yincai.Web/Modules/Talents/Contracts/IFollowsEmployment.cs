namespace Yincai.Modules.Talents.Contracts;

/// <summary>
/// A module that keeps its own view of whether a talent is in work (the graduates' real-name database, GRD-01) and must hear
/// of a hire made elsewhere on the platform. Called inside the hire's unit of work; implementations change tracked entities
/// of the request's <c>YincaiDb</c> and do not save.
/// </summary>
public interface IFollowsEmployment
{
    Task HiredAsync(Guid talentId, string employerName, DateTime nowUtc, CancellationToken cancellationToken);
}
