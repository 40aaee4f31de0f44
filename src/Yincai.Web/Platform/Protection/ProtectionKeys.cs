using System.Security.Cryptography;
using System.Text.Json;

namespace Yincai.Platform.Protection;

/// <summary>
/// The two 256-bit keys of <see cref="FieldProtection"/>, from <c>Protection:FieldKey</c> and
/// <c>Protection:IndexKey</c> (base64; environment variables or a secret store in production). So that
/// <c>dotnet run</c> works out of the box, Development creates them once in data/protection-keys.json beside
/// the SQLite file; any other environment refuses to start without them.
/// </summary>
public sealed record ProtectionKeys(byte[] FieldKey, byte[] IndexKey)
{
    public static ProtectionKeys From(IConfiguration configuration, IHostEnvironment environment)
    {
        if (configuration["Protection:FieldKey"] is { Length: > 0 } field && configuration["Protection:IndexKey"] is { Length: > 0 } index)
            return new ProtectionKeys(Decode(field, "FieldKey"), Decode(index, "IndexKey"));
        if (!environment.IsDevelopment())
            throw new InvalidOperationException("Protection:FieldKey and Protection:IndexKey (base64, 32 bytes each) must be configured.");

        var path = Path.Combine(environment.ContentRootPath, "data", "protection-keys.json");
        if (File.Exists(path))
        {
            var stored = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path))!;
            return new ProtectionKeys(Decode(stored["FieldKey"], "FieldKey"), Decode(stored["IndexKey"], "IndexKey"));
        }
        var keys = new ProtectionKeys(RandomNumberGenerator.GetBytes(32), RandomNumberGenerator.GetBytes(32));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["FieldKey"] = Convert.ToBase64String(keys.FieldKey),
            ["IndexKey"] = Convert.ToBase64String(keys.IndexKey),
        }));
        return keys;
    }

    private static byte[] Decode(string base64, string name)
    {
        var bytes = Convert.FromBase64String(base64);
        return bytes.Length == 32 ? bytes : throw new InvalidOperationException($"Protection:{name} must be 32 bytes (base64).");
    }
}
