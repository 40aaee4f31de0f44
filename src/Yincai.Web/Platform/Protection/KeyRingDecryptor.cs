using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Yincai.Platform.Protection;

/// <summary>Opens what <see cref="KeyRingEncryptor"/> sealed. Data protection creates it by the type name stored with
/// each key, passing the app's services.</summary>
public sealed class KeyRingDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        if (encryptedElement.Name != KeyRingEncryptor.ElementName || (int?)encryptedElement.Attribute("version") != 1)
            throw new CryptographicException("Not a data-protection key encrypted by this platform.");
        var keys = services.GetRequiredService<ProtectionKeys>();
        var sealedBytes = Convert.FromBase64String(encryptedElement.Value.Trim());
        const int header = KeyRingEncryptor.NonceSize + KeyRingEncryptor.TagSize;
        if (sealedBytes.Length <= header) throw new CryptographicException("The encrypted data-protection key is truncated.");
        var plain = new byte[sealedBytes.Length - header];
        using (var aes = new AesGcm(keys.KeyRingKey, KeyRingEncryptor.TagSize))
            aes.Decrypt(sealedBytes.AsSpan(0, KeyRingEncryptor.NonceSize), sealedBytes.AsSpan(header),
                sealedBytes.AsSpan(KeyRingEncryptor.NonceSize, KeyRingEncryptor.TagSize), plain, KeyRingEncryptor.AssociatedData);
        try
        {
            return XElement.Parse(Encoding.UTF8.GetString(plain));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plain);
        }
    }
}
