namespace Yincai.Modules.Accounts;

/// <summary>What became of an administrator's change: done (<see cref="Account"/>), or waiting for a second
/// administrator's approval (<see cref="ApprovalId"/>).</summary>
public sealed record StaffAccountOutcome(AppUser? Account, Guid? ApprovalId)
{
    public bool AwaitsApproval => ApprovalId is not null;
}
