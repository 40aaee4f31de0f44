using System.Security.Cryptography;
using System.Text.Json;

namespace Yincai.Platform.Protection;

/// <summary>
/// The 256-bit keys from configuration (base64; environment variables or a secret store in production):
/// <c>Protection:FieldKey</c> and <c>Protection:IndexKey</c> for <see cref="FieldProtection"/>, and
/// <c>Protection:KeyRingKey</c>, which encrypts the data-protection keys (cookies, tokens) stored in the database
/// (<see cref="KeyRingEncryptor"/>). So that <c>dotnet run</c> works out of the box, Development creates missing ones
/// once in data/protection-keys.json beside the SQLite file; any other environment refuses to start without them.
/// No two may be equal: one leaked key must not open what another guards.
/// </summary>
public sealed record ProtectionKeys(byte[] FieldKey, byte[] IndexKey, byte[] KeyRingKey)
{
    private static readonly string[] Names = ["FieldKey", "IndexKey", "KeyRingKey"];

    public static ProtectionKeys From(IConfiguration configuration, IHostEnvironment environment)
    {
        var values = Names.ToDictionary(n => n, n => configuration["Protection:" + n]);
        var missing = values.Where(v => string.IsNullOrEmpty(v.Value)).Select(v => v.Key).ToList();
        if (missing.Count > 0)
        {
            if (!environment.IsDevelopment())
                throw new InvalidOperationException(
                    $"{string.Join(" and ", missing.Select(n => "Protection:" + n))} (base64, 32 bytes each) must be configured.");
            var stored = DevelopmentFile(environment, "protection-keys.json", missing);
            foreach (var name in missing) values[name] = stored[name];
        }

        var keys = new ProtectionKeys(Decode(values["FieldKey"]!, "Protection:FieldKey"), Decode(values["IndexKey"]!, "Protection:IndexKey"),
            Decode(values["KeyRingKey"]!, "Protection:KeyRingKey"));
        RefuseEqual(keys.FieldKey, "FieldKey", keys.IndexKey, "IndexKey");
        RefuseEqual(keys.FieldKey, "FieldKey", keys.KeyRingKey, "KeyRingKey");
        RefuseEqual(keys.IndexKey, "IndexKey", keys.KeyRingKey, "KeyRingKey");
        return keys;
    }

    /// <summary>Development only: the keys kept in data/<paramref name="fileName"/>, adding any of <paramref name="needed"/> it
    /// lacks (a file from before a key existed gains it; the others stay, so data encrypted under them still opens).</summary>
    public static Dictionary<string, string> DevelopmentFile(IHostEnvironment environment, string fileName, IEnumerable<string> needed)
    {
        var path = Path.Combine(environment.ContentRootPath, "data", fileName);
        var stored = File.Exists(path)
            ? JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path))!
            : [];
        var added = false;
        foreach (var name in needed.Where(n => !stored.ContainsKey(n)))
        {
            stored[name] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
            added = true;
        }
        if (added)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, JsonSerializer.Serialize(stored));
        }
        return stored;
    }

    private static void RefuseEqual(byte[] first, string firstName, byte[] second, string secondName)
    {
        if (CryptographicOperations.FixedTimeEquals(first, second))
            throw new InvalidOperationException($"Protection:{firstName} and Protection:{secondName} must differ: give each its own random 32 bytes.");
    }

    /// <summary>A 32-byte key from its base64 setting; a malformed one stops the start with a message naming <paramref name="setting"/>.</summary>
    public static byte[] Decode(string base64, string setting)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"{setting} must be base64 (32 bytes).");
        }
        return bytes.Length == 32 ? bytes : throw new InvalidOperationException($"{setting} must be 32 bytes (base64).");
    }
}
