using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Yincai.Platform;

namespace Yincai.Modules.Accounts.Tokens;

/// <summary>
/// An organisation's key to <c>/api/v1</c> (a university pushing its graduates, reading their status): made by one of the
/// organisation's people, shown once, kept as the SHA-256 of its random secret, limited to its scopes, until it expires or
/// is revoked. The text handed over is <c>yc_{id}_{secret}</c>: the id finds the row, the secret proves it.
/// </summary>
public sealed class ApiToken
{
    public const string Prefix = "yc_";

    private ApiToken() { }

    public Guid Id { get; private set; }

    /// <summary>What kind of organisation owns it (<see cref="Contracts.OrganisationKinds"/>) and which one (a university's MOE code).</summary>
    public string OwnerKind { get; private set; } = "";
    public string OwnerCode { get; private set; } = "";

    /// <summary>The name its makers gave it ("招生就业系统"), to tell their keys apart.</summary>
    public string Name { get; private set; } = "";

    /// <summary>Space-separated scopes (<see cref="Contracts.TokenScopes"/>).</summary>
    public string Scopes { get; private set; } = "";

    public string SecretHash { get; private set; } = "";

    /// <summary>The first characters of the secret, shown in lists so that people recognise the key they hold.</summary>
    public string Hint { get; private set; } = "";

    public Guid CreatedBy { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime ExpiresAtUtc { get; private set; }
    public DateTime? RevokedAtUtc { get; private set; }
    public Guid? RevokedBy { get; private set; }
    public DateTime? LastUsedAtUtc { get; private set; }

    public IReadOnlyList<string> ScopeList => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public bool IsActive(DateTime nowUtc) => RevokedAtUtc is null && nowUtc < ExpiresAtUtc;

    /// <summary>A new token and the text to hand over once; the secret itself is never stored.</summary>
    public static (ApiToken Token, string Text) Issue(string ownerKind, string ownerCode, string name, IEnumerable<string> scopes, Guid createdBy,
        DateTime nowUtc, DateTime expiresAtUtc)
    {
        var secret = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var token = new ApiToken
        {
            Id = Ids.New(),
            OwnerKind = ownerKind, OwnerCode = ownerCode, Name = name, Scopes = string.Join(' ', scopes.Distinct().Order(StringComparer.Ordinal)),
            SecretHash = Hash(secret), Hint = secret[..4], CreatedBy = createdBy, CreatedAtUtc = nowUtc, ExpiresAtUtc = expiresAtUtc,
        };
        return (token, $"{Prefix}{token.Id:N}_{secret}");
    }

    /// <summary>The id and secret of a presented text, or null when it is not shaped as one of ours.</summary>
    public static (Guid Id, string Secret)? Parse(string? text)
    {
        if (text is null || !text.StartsWith(Prefix, StringComparison.Ordinal) || text.Length < Prefix.Length + 34) return null;
        var body = text.AsSpan(Prefix.Length);
        if (body[32] != '_' || !Guid.TryParseExact(body[..32], "N", out var id)) return null;
        var secret = body[33..].ToString();
        return secret.Length is > 0 and <= 100 ? (id, secret) : null;
    }

    public bool Proves(string secret) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(SecretHash));

    public void Revoke(Guid by, DateTime nowUtc)
    {
        if (RevokedAtUtc is not null) return;
        (RevokedAtUtc, RevokedBy) = (nowUtc, by);
    }

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
