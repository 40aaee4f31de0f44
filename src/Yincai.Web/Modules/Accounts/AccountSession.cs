namespace Yincai.Modules.Accounts;

/// <summary>
/// One sign-in on the server's side: a browser's cookie or an API token names it, and it is looked up on every
/// request, so that signing out ends it at once. Ends by deletion (sign-out) or expiry (deleted by <see cref="SessionCleanup"/>).
/// </summary>
public sealed class AccountSession
{
    public Guid Id { get; init; }
    public Guid UserId { get; init; }
    public DateTime CreatedAtUtc { get; init; }

    /// <summary>The absolute end: sign-in plus <see cref="AccountsOptions.AbsoluteSessionHours"/>, or the token's lifetime.</summary>
    public DateTime ExpiresAtUtc { get; init; }
}
