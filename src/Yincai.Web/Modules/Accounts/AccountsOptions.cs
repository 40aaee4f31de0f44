using Yincai.Modules.Accounts.Contracts;
using System.ComponentModel.DataAnnotations;

namespace Yincai.Modules.Accounts;

/// <summary>Sign-in and session settings; the defaults meet 等保 level 3 (SECURITY.md §1).</summary>
public sealed class AccountsOptions
{
    [Range(8, 128)] public int MinimumPasswordLength { get; set; } = 8;
    [Range(1, 365)] public int StaffPasswordMaxAgeDays { get; set; } = 90;
    [Range(3, 10)] public int MaxFailedAttempts { get; set; } = 5;
    [Range(1, 1440)] public int LockoutMinutes { get; set; } = 30;
    [Range(5, 120)] public int IdleTimeoutMinutes { get; set; } = 30;
    [Range(1, 24)] public int AbsoluteSessionHours { get; set; } = 12;

    /// <summary>Sign-in, two-factor and registration posts allowed per client address per minute (many people may share
    /// one address behind a NAT: keep it above <see cref="AuthRequestsPerAccountPerMinute"/>).</summary>
    [Range(1, 100000)] public int AuthRequestsPerMinute { get; set; } = 30;

    /// <summary>Sign-in and registration posts allowed per user name (or mobile number) per minute, from any address.</summary>
    [Range(1, 100000)] public int AuthRequestsPerAccountPerMinute { get; set; } = 10;

    /// <summary>Requests per minute one organisation API token may make (429 with Retry-After beyond).</summary>
    [Range(1, 100000)] public int ApiRequestsPerTokenPerMinute { get; set; } = 120;

    /// <summary>Requests per minute per client address to those API groups without a token (the mini-program's registrations).</summary>
    [Range(1, 100000)] public int ApiRequestsPerAddressPerMinute { get; set; } = 60;

    /// <summary>How long a staff member's one-time activation link works.</summary>
    [Range(1, 720)] public int ActivationLinkHours { get; set; } = 72;

    /// <summary>The version of the user agreement and privacy policy in force (the date they were last changed). Talents,
    /// employer and university users who accepted another version are asked again before anything else.</summary>
    [Required, RegularExpression("^[0-9A-Za-z.-]{1,20}$")] public string TermsVersion { get; set; } = CurrentTermsVersion;

    /// <summary>The version of the documents as written in the resources (Terms_*, Privacy_*).</summary>
    public const string CurrentTermsVersion = "2026-12-05";
}
