using System.Globalization;
using System.Resources;

namespace Yincai.Modules.Graduates;

/// <summary>The module's texts for code outside a page, in the current UI culture.</summary>
public static class GraduateTexts
{
    private static readonly ResourceManager Resources = new(typeof(GraduatesResource));

    public static string HireEvidence(string employerName) =>
        string.Format(CultureInfo.CurrentCulture, Resources.GetString("Evidence_Hire", CultureInfo.CurrentUICulture) ?? "{0}", employerName);
}
