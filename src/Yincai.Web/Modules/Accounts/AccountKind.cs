using Yincai.Modules.Accounts.Contracts;
namespace Yincai.Modules.Accounts;

public enum AccountKind
{
    Talent = 1,
    Employer = 2,
    Staff = 3,
}
