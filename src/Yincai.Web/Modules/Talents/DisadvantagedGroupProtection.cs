using System.Globalization;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform.Protection;

namespace Yincai.Modules.Talents;

/// <summary>
/// The disadvantaged-group flags as the database keeps them: encrypted, "none" included, so that neither the
/// column nor its being empty says anything about the person (SECURITY.md §0.2).
/// </summary>
public static class DisadvantagedGroupProtection
{
    public static string Encrypt(DisadvantagedGroup groups, FieldProtection protection) =>
        protection.Encrypt(((int)groups).ToString(CultureInfo.InvariantCulture));

    /// <summary>The flags in clear, or null when the person never answered. Show them only after an audited reveal,
    /// or to the person themselves.</summary>
    public static DisadvantagedGroup? Decrypt(string cipher, FieldProtection protection) =>
        cipher.Length == 0 ? null : (DisadvantagedGroup)int.Parse(protection.Decrypt(cipher), CultureInfo.InvariantCulture);
}
