using Yincai.Modules.Accounts.Contracts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Yincai.Platform;

namespace Yincai.Modules.Accounts;

/// <summary>Table names and audit rules for the ASP.NET Core Identity tables.</summary>
internal static class AccountsModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<AppUser>(u =>
        {
            u.ToTable("accounts_user");
            u.HasAuditSubject(nameof(AppUser.Id));
            u.Property(x => x.DisplayName).HasMaxLength(100).IsPersonalInAudit();
            // Older accounts of talents and employer users were named by their mobile number.
            u.Property(x => x.UserName).IsPersonalInAudit();
            u.Property(x => x.NormalizedUserName).IsPersonalInAudit();
            u.Property(x => x.Email).IsPersonalInAudit();
            u.Property(x => x.NormalizedEmail).IsPersonalInAudit();
            u.Property(x => x.PhoneNumber).IsPersonalInAudit();
            u.Property(x => x.MobileCipher).HasMaxLength(100).IsRedactedInAudit();
            u.Property(x => x.MobileIndex).HasMaxLength(64).IsRedactedInAudit();
            u.Property(x => x.ScopeRegionCode).HasMaxLength(6);
            u.Property(x => x.PasswordHash).IsRedactedInAudit();
            u.Property(x => x.SecurityStamp).IsRedactedInAudit();
            u.Property(x => x.ConcurrencyStamp).IsRedactedInAudit();
            u.HasIndex(x => x.ScopeRegionCode);
            // Sign-in by mobile, and one account per mobile, without the number in clear.
            u.HasIndex(x => x.MobileIndex).IsUnique();
        });
        b.Entity<AppRole>().ToTable("accounts_role");
        b.Entity<IdentityUserRole<Guid>>().ToTable("accounts_user_role");
        b.Entity<IdentityUserClaim<Guid>>().ToTable("accounts_user_claim");
        b.Entity<IdentityUserLogin<Guid>>().ToTable("accounts_user_login");
        b.Entity<IdentityRoleClaim<Guid>>().ToTable("accounts_role_claim");
        b.Entity<IdentityUserToken<Guid>>(t =>
        {
            t.ToTable("accounts_user_token");
            t.Property(x => x.Value).IsRedactedInAudit();
        });
    }
}
