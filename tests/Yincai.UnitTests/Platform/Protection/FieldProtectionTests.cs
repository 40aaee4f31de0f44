using System.Security.Cryptography;
using Yincai.Platform.Protection;

namespace Yincai.UnitTests.Platform.Protection;

public sealed class FieldProtectionTests
{
    private static FieldProtection Protection(byte seed = 1) =>
        new(new ProtectionKeys(Enumerable.Repeat(seed, 32).ToArray(), Enumerable.Repeat((byte)(seed + 1), 32).ToArray(),
            Enumerable.Repeat((byte)(seed + 2), 32).ToArray()));

    [Fact]
    public void Encrypt_ThenDecrypt_GivesTheValueBack()
    {
        var protection = Protection();

        var cipher = protection.Encrypt("420111200106150023");

        Assert.DoesNotContain("420111200106150023", cipher, StringComparison.Ordinal);
        Assert.Equal("420111200106150023", protection.Decrypt(cipher));
    }

    [Fact]
    public void Encrypt_SameValueTwice_GivesDifferentCiphers()
    {
        var protection = Protection();

        Assert.NotEqual(protection.Encrypt("420111200106150023"), protection.Encrypt("420111200106150023"));
    }

    [Fact]
    public void Decrypt_AlteredCipher_IsRefused()
    {
        var protection = Protection();
        var bytes = Convert.FromBase64String(protection.Encrypt("420111200106150023"));
        bytes[^1] ^= 0x01;

        Assert.ThrowsAny<CryptographicException>(() => protection.Decrypt(Convert.ToBase64String(bytes)));
    }

    [Fact]
    public void Decrypt_WithAnotherKey_IsRefused()
    {
        var cipher = Protection(1).Encrypt("420111200106150023");

        Assert.ThrowsAny<CryptographicException>(() => Protection(7).Decrypt(cipher));
    }

    [Fact]
    public void BlindIndex_SameValue_IsStableAndDependsOnTheKey()
    {
        Assert.Equal(Protection(1).BlindIndex("11010519491231002X"), Protection(1).BlindIndex("11010519491231002X"));
        Assert.NotEqual(Protection(1).BlindIndex("11010519491231002X"), Protection(7).BlindIndex("11010519491231002X"));
        Assert.NotEqual(Protection(1).BlindIndex("11010519491231002X"), Protection(1).BlindIndex("420111200106150023"));
    }
}
