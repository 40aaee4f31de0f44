namespace Yincai.Modules.Employers;

/// <summary>An employer user who acts for the employer (the account that registered it, for now).</summary>
public sealed class EmployerMember
{
    private EmployerMember() { }

    public EmployerMember(Guid employerId, Guid userId, DateTime nowUtc) => (EmployerId, UserId, JoinedAtUtc) = (employerId, userId, nowUtc);

    public Guid EmployerId { get; private set; }
    public Guid UserId { get; private set; }
    public DateTime JoinedAtUtc { get; private set; }
}
