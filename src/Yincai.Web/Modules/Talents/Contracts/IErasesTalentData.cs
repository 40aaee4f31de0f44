namespace Yincai.Modules.Talents.Contracts;

/// <summary>
/// What another module keeps of a talent that must go when the talent's personal data is erased (a completed deletion
/// request): names and résumé text copied into applications, registrations and the like. Called inside the erasure's
/// unit of work, before its one save, so the erasure and every copy go together or not at all. Implementations change
/// tracked entities of the request's <c>YincaiDb</c> and do not save.
/// </summary>
public interface IErasesTalentData
{
    Task EraseAsync(Guid talentId, Guid? userId, CancellationToken cancellationToken);
}
