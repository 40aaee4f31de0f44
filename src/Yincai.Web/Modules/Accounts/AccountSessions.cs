using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Yincai.Platform;

namespace Yincai.Modules.Accounts;

/// <summary>
/// Server-side sessions. Every cookie and bearer token carries a session id and the account's security stamp; a
/// request is let in only while that session row exists and the stamp is still the account's, so sign-out ends the one
/// session and a disable, password change, 2FA reset or role change (each a new stamp) ends all of them at once.
/// </summary>
public sealed class AccountSessions(YincaiDb db, TimeProvider clock, IOptions<IdentityOptions> identity)
{
    public const string SessionClaim = "yincai:sid";

    // Kept in the cookie's properties, which a refreshed sign-in (password change, 2FA enrolment) carries over.
    private const string SessionItem = "yincai:sid";

    /// <summary>Starts a session for the principal about to be signed in, or keeps the one a refreshed cookie names,
    /// and writes its id and start onto the principal.</summary>
    public async Task StartOrKeepAsync(ClaimsIdentity principal, AuthenticationProperties properties, TimeSpan lifetime,
        CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(principal.FindFirst(identity.Value.ClaimsIdentity.UserIdClaimType)?.Value, out var userId)) return;
        AccountSession? session = null;
        if (Guid.TryParse(properties.Items.TryGetValue(SessionItem, out var kept) ? kept : null, out var keptId))
        {
            var now = clock.GetUtcNow().UtcDateTime;
            session = await db.Set<AccountSession>().AsNoTracking()
                .FirstOrDefaultAsync(s => s.Id == keptId && s.UserId == userId && s.ExpiresAtUtc > now, cancellationToken);
        }
        session ??= await StartAsync(userId, lifetime, cancellationToken);
        properties.Items[SessionItem] = session.Id.ToString();
        Stamp(principal, session);
    }

    /// <summary>A new session of <paramref name="userId"/> ending after <paramref name="lifetime"/>, written onto
    /// <paramref name="principal"/>: for a bearer token.</summary>
    public async Task StartAsync(ClaimsIdentity principal, Guid userId, TimeSpan lifetime, CancellationToken cancellationToken) =>
        Stamp(principal, await StartAsync(userId, lifetime, cancellationToken));

    /// <summary>Whether the session the principal names is open and the account's stamp is the one it carries: two
    /// primary-key lookups.</summary>
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(principal.FindFirst(SessionClaim)?.Value, out var sessionId)
            || !Guid.TryParse(principal.FindFirst(identity.Value.ClaimsIdentity.UserIdClaimType)?.Value, out var userId)
            || principal.FindFirst(identity.Value.ClaimsIdentity.SecurityStampClaimType)?.Value is not { Length: > 0 } stamp)
            return false;
        var now = clock.GetUtcNow().UtcDateTime;
        var account = await db.Set<AccountSession>().AsNoTracking()
            .Where(s => s.Id == sessionId && s.UserId == userId && s.ExpiresAtUtc > now)
            .Join(db.Users, s => s.UserId, u => u.Id, (s, u) => new { u.SecurityStamp, u.IsDisabled })
            .FirstOrDefaultAsync(cancellationToken);
        return account is { IsDisabled: false } && account.SecurityStamp == stamp;
    }

    /// <summary>Ends the session the principal names (sign-out).</summary>
    public async Task EndAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        if (Guid.TryParse(principal.FindFirst(SessionClaim)?.Value, out var sessionId))
            await db.Set<AccountSession>().Where(s => s.Id == sessionId).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Deletes the sessions past their end; returns how many.</summary>
    public Task<int> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.Set<AccountSession>().Where(s => s.ExpiresAtUtc <= now).ExecuteDeleteAsync(cancellationToken);
    }

    private async Task<AccountSession> StartAsync(Guid userId, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var session = new AccountSession { Id = Ids.New(), UserId = userId, CreatedAtUtc = now, ExpiresAtUtc = now + lifetime };
        db.Set<AccountSession>().Add(session);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(session).State = EntityState.Detached;
        return session;
    }

    private static void Stamp(ClaimsIdentity principal, AccountSession session)
    {
        foreach (var old in principal.FindAll(c => c.Type is SessionClaim or AccountsModule.SignedInClaim).ToList())
            principal.RemoveClaim(old);
        principal.AddClaim(new Claim(SessionClaim, session.Id.ToString()));
        principal.AddClaim(new Claim(AccountsModule.SignedInClaim,
            new DateTimeOffset(session.CreatedAtUtc, TimeSpan.Zero).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
    }
}
