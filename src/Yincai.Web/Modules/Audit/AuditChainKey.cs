using System.Security.Cryptography;
using System.Text;
using Yincai.Platform.Protection;

namespace Yincai.Modules.Audit;

/// <summary>
/// The 256-bit key of the audit chain's HMACs and of the anchors' signatures, from <c>Audit:ChainKey</c> (base64). It
/// lives outside the database, so whoever can write the database can neither recompute the chain after an edit nor
/// forge a row. Development creates one once in data/audit-keys.json (beside protection-keys.json); any other
/// environment refuses to start without it. It must differ from the field keys: one leaked key must not give both.
/// </summary>
public sealed class AuditChainKey
{
    public const string Setting = "Audit:ChainKey";

    private readonly byte[] _key;

    public AuditChainKey(byte[] key, ProtectionKeys fieldKeys)
    {
        if (key.Length != 32) throw new InvalidOperationException($"{Setting} must be 32 bytes (base64).");
        if (CryptographicOperations.FixedTimeEquals(key, fieldKeys.FieldKey) || CryptographicOperations.FixedTimeEquals(key, fieldKeys.IndexKey)
            || CryptographicOperations.FixedTimeEquals(key, fieldKeys.KeyRingKey))
            throw new InvalidOperationException($"{Setting} must differ from Protection:FieldKey, Protection:IndexKey and Protection:KeyRingKey.");
        _key = key;
    }

    /// <summary>HMAC-SHA256 of the text under the chain key, as 64 lower-case hex digits.</summary>
    public string Sign(string text) => Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(text)));

    /// <summary>Whether <paramref name="signature"/> is <see cref="Sign"/> of the text, compared in constant time.</summary>
    public bool Verifies(string text, string signature) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(text)), Encoding.ASCII.GetBytes(signature));

    public static AuditChainKey From(IConfiguration configuration, IHostEnvironment environment, ProtectionKeys fieldKeys)
    {
        if (configuration[Setting] is not { Length: > 0 } configured)
        {
            if (!environment.IsDevelopment())
                throw new InvalidOperationException($"{Setting} (base64, 32 bytes, not one of the field keys) must be configured.");
            configured = ProtectionKeys.DevelopmentFile(environment, "audit-keys.json", ["ChainKey"])["ChainKey"];
        }
        return new AuditChainKey(ProtectionKeys.Decode(configured, Setting), fieldKeys);
    }
}
