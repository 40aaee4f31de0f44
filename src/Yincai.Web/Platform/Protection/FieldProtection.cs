using System.Security.Cryptography;
using System.Text;

namespace Yincai.Platform.Protection;

/// <summary>
/// Field-level protection of personal data (SECURITY.md 8.1.4.8): AES-256-GCM for the value and an HMAC-SHA256
/// "blind index" for exact look-up and de-duplication without decrypting. Keys come from configuration, never
/// from the database or the repository.
/// </summary>
public sealed class FieldProtection
{
    private const byte FormatVersion = 1;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] _fieldKey;
    private readonly byte[] _indexKey;

    public FieldProtection(ProtectionKeys keys)
    {
        _fieldKey = keys.FieldKey;
        _indexKey = keys.IndexKey;
    }

    public string Encrypt(string plain)
    {
        var data = Encoding.UTF8.GetBytes(plain);
        var output = new byte[1 + NonceSize + TagSize + data.Length];
        output[0] = FormatVersion;
        var nonce = output.AsSpan(1, NonceSize);
        RandomBytes.Fill(nonce);
        using var aes = new AesGcm(_fieldKey, TagSize);
        aes.Encrypt(nonce, data, output.AsSpan(1 + NonceSize + TagSize), output.AsSpan(1 + NonceSize, TagSize));
        return Convert.ToBase64String(output);
    }

    public string Decrypt(string protectedValue)
    {
        var input = Convert.FromBase64String(protectedValue);
        if (input.Length < 1 + NonceSize + TagSize || input[0] != FormatVersion)
            throw new CryptographicException("Not a value protected by this platform.");
        var plain = new byte[input.Length - 1 - NonceSize - TagSize];
        using var aes = new AesGcm(_fieldKey, TagSize);
        aes.Decrypt(input.AsSpan(1, NonceSize), input.AsSpan(1 + NonceSize + TagSize), input.AsSpan(1 + NonceSize, TagSize), plain);
        return Encoding.UTF8.GetString(plain);
    }

    /// <summary>The same value always gives the same index, so a unique index on it finds duplicates.</summary>
    public string BlindIndex(string normalised) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_indexKey, Encoding.UTF8.GetBytes(normalised)));
}
