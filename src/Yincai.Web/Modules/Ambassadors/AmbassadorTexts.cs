using System.Globalization;
using System.Resources;

namespace Yincai.Modules.Ambassadors;

/// <summary>The module's texts for code outside a page (services, background work, PDFs), in the current UI culture.</summary>
public static class AmbassadorTexts
{
    private static readonly ResourceManager Resources = new(typeof(AmbassadorsResource));

    public static string Get(string key, params object[] arguments)
    {
        var text = Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;
        return arguments.Length == 0 ? text : string.Format(CultureInfo.CurrentCulture, text, arguments);
    }
}
