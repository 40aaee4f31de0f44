using Yincai.Modules.Talents.Contracts;
using Yincai.Platform.Protection;
using Yincai.Platform.Validation;

namespace Yincai.Modules.Talents;

/// <summary>A validated resident ID number in the forms the database keeps: encrypted, indexed, masked.</summary>
public sealed record ProtectedIdNumber(string Cipher, string Index, string Masked, Gender Gender, DateOnly BirthDate)
{
    public static ProtectedIdNumber From(string normalised, FieldProtection protection) =>
        new(protection.Encrypt(normalised), protection.BlindIndex(normalised), ResidentIdNumber.Mask(normalised),
            ResidentIdNumber.IsMale(normalised) ? Gender.Male : Gender.Female, ResidentIdNumber.BirthDate(normalised));
}
