using Yincai.Modules.Accounts.Contracts;
namespace Yincai.Modules.Accounts;

public enum AccountKind
{
    Talent = 1,
    Employer = 2,
    Staff = 3,
    /// <summary>A university's employment office, signed in by mobile number like an employer user.</summary>
    University = 4,
}
