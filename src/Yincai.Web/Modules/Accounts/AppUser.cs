using Yincai.Modules.Accounts.Contracts;
using Microsoft.AspNetCore.Identity;

namespace Yincai.Modules.Accounts;

/// <summary>A person who signs in. Staff carry the region code of their scope.</summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";
    public AccountKind Kind { get; set; }

    /// <summary>GB/T 2260 code of the region a staff member works for; null for talents and employers.</summary>
    public string? ScopeRegionCode { get; set; }

    /// <summary>A talent's or employer user's mobile number, encrypted (<c>FieldProtection</c>); they sign in with it.</summary>
    public string? MobileCipher { get; set; }

    /// <summary>The blind index of the normalised mobile number: how sign-in finds the account, unique per number.</summary>
    public string? MobileIndex { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>The user name of a talent or employer user: made from the id, so that it names nobody (in the audit trail,
    /// for one); they sign in with their mobile number through <see cref="MobileIndex"/>.</summary>
    public static string NameFor(AccountKind kind, Guid id) =>
        (kind switch { AccountKind.Employer => "employer.", AccountKind.University => "university.", _ => "talent." }) + id.ToString("N");
    public DateTime PasswordChangedAtUtc { get; set; }
    public bool IsDisabled { get; set; }

    /// <summary>The version of the user agreement and privacy policy the user accepted, and when (PIPL consent; every
    /// change is in the audit trail). Null for staff.</summary>
    public string? TermsVersion { get; set; }

    public DateTime? TermsAcceptedAtUtc { get; set; }
}
