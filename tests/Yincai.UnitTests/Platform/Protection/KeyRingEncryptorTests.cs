using System.Security.Cryptography;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Yincai.Platform.Protection;

namespace Yincai.UnitTests.Platform.Protection;

public sealed class KeyRingEncryptorTests
{
    private static ProtectionKeys Keys(byte seed) =>
        new(Enumerable.Repeat(seed, 32).ToArray(), Enumerable.Repeat((byte)(seed + 1), 32).ToArray(), Enumerable.Repeat((byte)(seed + 2), 32).ToArray());

    private static KeyRingDecryptor Decryptor(ProtectionKeys keys) =>
        new(new ServiceCollection().AddSingleton(keys).BuildServiceProvider());

    private static readonly XElement MasterKey = XElement.Parse("<masterKey><value>c2VjcmV0LW1hc3Rlci1rZXk=</value></masterKey>");

    [Fact]
    public void Encrypt_ThenDecrypt_GivesTheElementBackAndHidesIt()
    {
        var keys = Keys(1);

        var encrypted = new KeyRingEncryptor(keys).Encrypt(MasterKey);
        var decrypted = Decryptor(keys).Decrypt(encrypted.EncryptedElement);

        Assert.DoesNotContain("c2VjcmV0", encrypted.EncryptedElement.ToString(), StringComparison.Ordinal);
        Assert.Equal(typeof(KeyRingDecryptor), encrypted.DecryptorType);
        Assert.True(XNode.DeepEquals(MasterKey, decrypted));
    }

    [Fact]
    public void Decrypt_UnderAnotherKey_Throws()
    {
        var encrypted = new KeyRingEncryptor(Keys(1)).Encrypt(MasterKey);

        Assert.ThrowsAny<CryptographicException>(() => Decryptor(Keys(7)).Decrypt(encrypted.EncryptedElement));
    }
}
