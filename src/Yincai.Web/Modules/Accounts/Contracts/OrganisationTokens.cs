using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Accounts.Tokens;
using Yincai.Platform;

namespace Yincai.Modules.Accounts.Contracts;

/// <summary>The kinds of organisation that hold API tokens.</summary>
public static class OrganisationKinds
{
    public const string University = "university";
    public const string Employer = "employer";

    /// <summary>A talent station or returnee home; its code is the station's id.</summary>
    public const string Station = "station";
}

/// <summary>What a token may do; an endpoint names the scope it needs.</summary>
public static class TokenScopes
{
    /// <summary>Read the organisation's own graduates: status and services.</summary>
    public const string GraduatesRead = "graduates.read";

    /// <summary>Register graduates into the real-name database as the organisation's list.</summary>
    public const string GraduatesWrite = "graduates.write";

    /// <summary>Read the employer's own jobs.</summary>
    public const string JobsRead = "jobs.read";

    /// <summary>Save the employer's jobs and send them for review.</summary>
    public const string JobsWrite = "jobs.write";

    /// <summary>Read the applications for the employer's jobs (the applicants' names and résumés: each read is audited).</summary>
    public const string ApplicationsRead = "applications.read";

    /// <summary>Read the registrations for the station's events (names masked).</summary>
    public const string RegistrationsRead = "registrations.read";

    public static readonly IReadOnlyList<string> All = [GraduatesRead, GraduatesWrite, JobsRead, JobsWrite, ApplicationsRead, RegistrationsRead];

    /// <summary>The scopes a kind of organisation may give its tokens.</summary>
    public static IReadOnlyList<string> For(string ownerKind) => ownerKind switch
    {
        OrganisationKinds.University => [GraduatesRead, GraduatesWrite],
        OrganisationKinds.Employer => [JobsRead, JobsWrite, ApplicationsRead],
        OrganisationKinds.Station => [RegistrationsRead],
        _ => [],
    };
}

/// <summary>A token as its owners list it (never its secret).</summary>
public sealed record TokenSummary(Guid Id, string Name, IReadOnlyList<string> Scopes, string Hint, DateTime CreatedAtUtc, DateTime ExpiresAtUtc,
    DateTime? RevokedAtUtc, DateTime? LastUsedAtUtc, bool IsActive);

/// <summary>A token just made: <see cref="Text"/> is shown once and never again.</summary>
public sealed record IssuedToken(TokenSummary Token, string Text);

/// <summary>
/// Organisation API tokens for the modules whose organisations use <c>/api/v1</c>. The calling module decides who may act for
/// an organisation; this keeps the keys. A request with a live token is signed in as the organisation
/// (<see cref="OrganisationPrincipal"/>), with the token's scopes and nothing else.
/// </summary>
public sealed class OrganisationTokens(YincaiDb db, CurrentUser current, AccountErrors errors, TimeProvider clock)
{
    public const int MaxDays = 366;

    /// <summary>The rate limit of <c>/api/v1</c> groups that organisations call: per token, else per client address.</summary>
    public const string RateLimitPolicy = "organisation_api";
    public const int MaxActivePerOrganisation = 20;

    public async Task<List<TokenSummary>> ListAsync(string ownerKind, string ownerCode, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return (await db.ApiTokens.AsNoTracking().Where(t => t.OwnerKind == ownerKind && t.OwnerCode == ownerCode)
                .OrderByDescending(t => t.CreatedAtUtc).Take(100).ToListAsync(cancellationToken))
            .Select(t => Summary(t, now)).ToList();
    }

    /// <summary>A new token for the organisation, made by the signed-in user; saved here.</summary>
    public async Task<Result<IssuedToken>> IssueAsync(string ownerKind, string ownerCode, string? name, IReadOnlyCollection<string> scopes, int days,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 50) return errors.TokenNameRequired;
        if (scopes.Count == 0 || scopes.Any(s => !TokenScopes.For(ownerKind).Contains(s))) return errors.TokenScopeRequired;
        if (days is < 1 or > MaxDays) return errors.TokenDays;
        var now = clock.GetUtcNow().UtcDateTime;
        if (await db.ApiTokens.CountAsync(t => t.OwnerKind == ownerKind && t.OwnerCode == ownerCode && t.RevokedAtUtc == null && t.ExpiresAtUtc > now,
                cancellationToken) >= MaxActivePerOrganisation)
            return errors.TokenTooMany;
        var (token, text) = ApiToken.Issue(ownerKind, ownerCode, name.Trim(), scopes, current.Id!.Value, now, now.AddDays(days));
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedToken(Summary(token, now), text);
    }

    /// <summary>Stops the organisation's token at once; false when it has no such token.</summary>
    public async Task<bool> RevokeAsync(string ownerKind, string ownerCode, Guid id, CancellationToken cancellationToken)
    {
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == id && t.OwnerKind == ownerKind && t.OwnerCode == ownerCode, cancellationToken);
        if (token is null) return false;
        token.Revoke(current.Id!.Value, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static TokenSummary Summary(ApiToken t, DateTime now) =>
        new(t.Id, t.Name, t.ScopeList, t.Hint, t.CreatedAtUtc, t.ExpiresAtUtc, t.RevokedAtUtc, t.LastUsedAtUtc, t.IsActive(now));
}

/// <summary>The claims of a request signed in with an organisation token.</summary>
public static class OrganisationPrincipal
{
    public const string Kind = "Organisation";
    public const string OrganisationKindClaim = "yincai:org-kind";
    public const string OrganisationClaim = "yincai:org";
    public const string ScopeClaim = "yincai:token-scope";
    public const string TokenIdClaim = "yincai:token";

    /// <summary>The organisation a request's token belongs to, when it is of <paramref name="kind"/> and carries <paramref name="scope"/>.</summary>
    public static string? OrganisationOf(ClaimsPrincipal user, string kind, string scope) =>
        user.FindFirstValue(OrganisationKindClaim) == kind && user.HasClaim(ScopeClaim, scope) ? user.FindFirstValue(OrganisationClaim) : null;

    /// <summary>The request presents a token of ours (valid or not): <c>Authorization: Bearer yc_…</c>, the scheme in any case.</summary>
    public static bool Presents(HttpContext context) => Presented(context) is not null;

    /// <summary>The token text of <c>Authorization: Bearer yc_…</c> (the scheme in any case, RFC 9110), else null.</summary>
    internal static string? Presented(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return null;
        var text = header[7..].Trim();
        return text.StartsWith(ApiToken.Prefix, StringComparison.Ordinal) ? text : null;
    }
}

/// <summary>Marks an endpoint that organisation tokens may call (<see cref="AcceptOrganisationTokens"/>); on any other, a token signs
/// nobody in: a token is a key to the integrations it was made for, not to its maker's account.</summary>
public sealed class AcceptsOrganisationTokensMetadata;

public static class OrganisationTokenEndpoints
{
    public static TBuilder AcceptOrganisationTokens<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AcceptsOrganisationTokensMetadata());
}
