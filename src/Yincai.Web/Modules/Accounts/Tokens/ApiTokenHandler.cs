using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Accounts.Tokens;

/// <summary>Signs a request in as the organisation whose live token it presents (<c>Authorization: Bearer yc_…</c>). A token
/// revoked, expired or unknown leaves the request anonymous, and the endpoint's rule answers 401.</summary>
public sealed class ApiTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    YincaiDb db, TimeProvider clock) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "OrganisationToken";

    /// <summary>Last use is written at most this often per token: a busy integration does not write a row per request.</summary>
    private static readonly TimeSpan LastUsedGranularity = TimeSpan.FromMinutes(1);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (ApiToken.Parse(OrganisationPrincipal.Presented(Context)) is not { } presented) return AuthenticateResult.NoResult();
        if (Context.GetEndpoint()?.Metadata.GetMetadata<AcceptsOrganisationTokensMetadata>() is null)
            return AuthenticateResult.Fail("This endpoint does not take organisation tokens.");
        var token = await db.ApiTokens.AsNoTracking().FirstOrDefaultAsync(t => t.Id == presented.Id, Context.RequestAborted);
        var now = clock.GetUtcNow().UtcDateTime;
        if (token is null || !token.Proves(presented.Secret)) return AuthenticateResult.Fail("Unknown token.");
        if (!token.IsActive(now)) return AuthenticateResult.Fail("Token revoked or expired.");
        if (token.LastUsedAtUtc is not { } used || now - used >= LastUsedGranularity)
            await db.ApiTokens.Where(t => t.Id == token.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAtUtc, now), Context.RequestAborted);

        var identity = new ClaimsIdentity(
        [
            // The person who made the token answers for what it does: the audit trail names them, and the token.
            new Claim(ClaimTypes.NameIdentifier, token.CreatedBy.ToString()),
            new Claim(ClaimTypes.Name, "token:" + token.Name),
            new Claim(CurrentUser.KindClaim, OrganisationPrincipal.Kind),
            new Claim(OrganisationPrincipal.OrganisationKindClaim, token.OwnerKind),
            new Claim(OrganisationPrincipal.OrganisationClaim, token.OwnerCode),
            new Claim(OrganisationPrincipal.TokenIdClaim, token.Id.ToString()),
            .. token.ScopeList.Select(s => new Claim(OrganisationPrincipal.ScopeClaim, s)),
        ], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}
