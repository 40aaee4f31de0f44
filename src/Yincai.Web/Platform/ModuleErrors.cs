using System.Globalization;
using System.Resources;

namespace Yincai.Platform;

/// <summary>Builds a module's <see cref="Error"/> with its message from the module's resources, in the user's language.</summary>
public sealed class ModuleErrors(Type resource)
{
    private readonly ResourceManager _text = new(resource);

    public Error Make(string code, string key, string? field = null) =>
        new(code, _text.GetString(key, CultureInfo.CurrentUICulture) ?? key, field);
}
