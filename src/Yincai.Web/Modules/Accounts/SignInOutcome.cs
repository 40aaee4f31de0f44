using Yincai.Modules.Accounts.Contracts;
namespace Yincai.Modules.Accounts;

public enum SignInOutcome
{
    Succeeded = 1,
    RequiresTwoFactor = 2,
    LockedOut = 3,
    Disabled = 4,
    Failed = 5,
}
