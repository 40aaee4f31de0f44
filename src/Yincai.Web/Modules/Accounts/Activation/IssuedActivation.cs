namespace Yincai.Modules.Accounts.Activation;

/// <summary>A link just issued: shown once to whoever issued it, who hands it to the person.</summary>
/// <param name="ApprovalId">Set when the link waits for a second administrator's approval (admin accounts).</param>
public sealed record IssuedActivation(string Token, string Link, DateTime ExpiresAtUtc, Guid? ApprovalId)
{
    public bool AwaitsApproval => ApprovalId is not null;
}
