using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Talents;

/// <summary>One step of a talent's employment history: who said the status changed, and when.</summary>
public sealed class EmploymentChange
{
    private EmploymentChange() { }

    public EmploymentChange(Guid talentId, EmploymentStatus status, string? employerName, EmploymentSource source, DateTime atUtc)
    {
        Id = Ids.New();
        (TalentId, Status, EmployerName, Source, AtUtc) = (talentId, status, employerName, source, atUtc);
    }

    public Guid Id { get; private set; }
    public Guid TalentId { get; private set; }
    public EmploymentStatus Status { get; private set; }
    public string? EmployerName { get; private set; }
    public EmploymentSource Source { get; private set; }
    public DateTime AtUtc { get; private set; }
}
