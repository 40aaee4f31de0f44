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
            u.Property(x => x.TermsVersion).HasMaxLength(20);
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
        b.Entity<AccountSession>(s =>
        {
            // Sign-in and sign-out are audited themselves; the rows are looked up by key on every request.
            s.ToTable("accounts_session").IsNotAudited();
            s.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
            s.HasIndex(x => x.ExpiresAtUtc);
        });
        b.Entity<IdentityUserToken<Guid>>(t =>
        {
            t.ToTable("accounts_user_token");
            t.Property(x => x.Value).IsRedactedInAudit();
        });
        b.Entity<Activation.StaffActivation>(a =>
        {
            a.ToTable("accounts_activation");
            a.HasKey(x => x.Id);
            a.Property(x => x.TokenHash).HasMaxLength(64).IsRedactedInAudit();
            a.HasIndex(x => x.TokenHash).IsUnique();
            a.HasIndex(x => x.UserId);
            a.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<Tokens.ApiToken>(t =>
        {
            t.ToTable("accounts_api_token");
            t.HasKey(x => x.Id);
            t.Property(x => x.OwnerKind).HasMaxLength(20);
            t.Property(x => x.OwnerCode).HasMaxLength(40);
            t.Property(x => x.Name).HasMaxLength(50);
            t.Property(x => x.Scopes).HasMaxLength(200);
            t.Property(x => x.Hint).HasMaxLength(8);
            t.Property(x => x.SecretHash).HasMaxLength(64).IsRedactedInAudit();
            t.Ignore(x => x.ScopeList);
            t.HasIndex(x => new { x.OwnerKind, x.OwnerCode, x.CreatedAtUtc });
        });
        b.Entity<Approvals.AdminApproval>(a =>
        {
            a.ToTable("accounts_admin_approval");
            a.HasKey(x => x.Id);
            a.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            a.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
            a.Property(x => x.TargetUserName).HasMaxLength(256);
            a.Property(x => x.TargetRole).HasMaxLength(32);
            a.Property(x => x.TargetScopeRegionCode).HasMaxLength(6);
            a.Property(x => x.Payload).HasMaxLength(2000);
            a.Property(x => x.RequestedByName).HasMaxLength(256);
            a.Property(x => x.RequestedByRole).HasMaxLength(32);
            a.Property(x => x.DecidedByName).HasMaxLength(256);
            a.Property(x => x.Version).IsConcurrencyToken();
            a.HasIndex(x => new { x.Status, x.TargetScopeRegionCode });
        });
    }
}
