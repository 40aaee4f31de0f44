using Yincai.Platform.Protection;
using Yincai.Platform.Validation;

namespace Yincai.Modules.Talents;

/// <summary>A validated mobile number as the database keeps it (a protected field, SECURITY.md §1): encrypted, indexed, masked.</summary>
public sealed record ProtectedMobile(string Cipher, string Index, string Masked)
{
    public static ProtectedMobile From(string normalised, FieldProtection protection) =>
        new(protection.Encrypt(normalised), protection.BlindIndex(normalised), MobileNumber.Mask(normalised));
}
