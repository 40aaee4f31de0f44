using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Yincai.Platform.Protection;

/// <summary>
/// Encrypts each data-protection key (what signs cookies and bearer tokens) with AES-256-GCM under
/// <see cref="ProtectionKeys.KeyRingKey"/> before it is stored in the database, so that a backup of the database
/// alone forges no session. <see cref="KeyRingDecryptor"/> reads it back.
/// </summary>
public sealed class KeyRingEncryptor(ProtectionKeys keys) : IXmlEncryptor
{
    internal const string ElementName = "yincaiKeyRing";
    internal const int NonceSize = 12;
    internal const int TagSize = 16;

    /// <summary>Ties the ciphertext to its purpose: a value encrypted elsewhere under the same key does not decrypt here.</summary>
    internal static readonly byte[] AssociatedData = "Yincai.DataProtection.KeyRing.v1"u8.ToArray();

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var plain = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var sealedBytes = new byte[NonceSize + TagSize + plain.Length];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using (var aes = new AesGcm(keys.KeyRingKey, TagSize))
            aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), AssociatedData);
        CryptographicOperations.ZeroMemory(plain);
        var element = new XElement(ElementName,
            new XComment(" AES-256-GCM under Protection:KeyRingKey: nonce, tag, ciphertext "),
            new XAttribute("version", 1),
            Convert.ToBase64String(sealedBytes));
        return new EncryptedXmlInfo(element, typeof(KeyRingDecryptor));
    }
}
