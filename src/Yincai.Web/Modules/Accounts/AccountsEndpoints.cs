using Yincai.Modules.Accounts.Contracts;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Yincai.Modules.Accounts;

/// <summary>/api/v1/auth: bearer tokens for integrations and the mini-program.</summary>
public static class AccountsEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/auth").WithTags("Accounts");
        group.MapPost("/token", IssueToken).AllowAnonymous().DisableAntiforgery();
        group.MapGet("/me", Me).RequireAuthorization();
    }

    /// <summary>Staff give the authenticator's code, or one of their recovery codes, as <c>TwoFactorCode</c>.</summary>
    public sealed record TokenRequest(string UserName, string Password, string? TwoFactorCode)
    {
        public static TokenRequest Example { get; } = new("13800000000", "密码", null);
    }

    public sealed record MeResponse(Guid Id, string UserName, string DisplayName, string? ScopeRegionCode, IReadOnlyList<string> Roles);

    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> IssueToken(
        TokenRequest request, AccountSignIn signIn, SignInManager<AppUser> manager, AccountSessions sessions,
        IOptionsMonitor<BearerTokenOptions> bearer, CancellationToken cancellationToken)
    {
        var (outcome, user) = await signIn.CheckForTokenAsync(request.UserName, request.Password, request.TwoFactorCode, cancellationToken);
        if (user is null)
            // One answer for every failure (the audit row keeps the reason): no hint which user names exist.
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, extensions: new Dictionary<string, object?> { ["code"] = "accounts.sign_in_failed" });
        var principal = await manager.CreateUserPrincipalAsync(user);
        // The token's session ends when the token does; a disable, password or role change ends it before.
        await sessions.StartAsync((ClaimsIdentity)principal.Identity!, user.Id,
            bearer.Get(IdentityConstants.BearerScheme).BearerTokenExpiration, cancellationToken);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static async Task<Results<Ok<MeResponse>, UnauthorizedHttpResult>> Me(
        ClaimsPrincipal principal, UserManager<AppUser> users)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null) return TypedResults.Unauthorized();
        var roles = await users.GetRolesAsync(user);
        return TypedResults.Ok(new MeResponse(user.Id, user.UserName!, user.DisplayName, user.ScopeRegionCode, roles.ToList()));
    }
}
