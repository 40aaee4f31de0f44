using Microsoft.Extensions.Localization;
using Yincai.Modules.Shared;

namespace Yincai.Platform;

/// <summary>
/// Looks a text up in the module's own resources (Yincai.Modules.X.XResource) and then in the shared ones,
/// so a form's field labels live with its module while the common validation messages live once.
/// </summary>
public sealed class ModuleStringLocalizer(IStringLocalizer module, IStringLocalizer shared) : IStringLocalizer
{
    public LocalizedString this[string name] => module[name] is { ResourceNotFound: false } found ? found : shared[name];

    public LocalizedString this[string name, params object[] arguments] =>
        module[name] is { ResourceNotFound: false } ? module[name, arguments] : shared[name, arguments];

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        module.GetAllStrings(includeParentCultures).Concat(shared.GetAllStrings(includeParentCultures));

    public static IStringLocalizer For(Type type, IStringLocalizerFactory factory)
    {
        var shared = factory.Create(typeof(SharedResource));
        var parts = type.FullName?.Split('.') ?? [];
        if (parts.Length < 4 || parts[0] != "Yincai" || parts[1] != "Modules") return shared;
        var resource = type.Assembly.GetType($"Yincai.Modules.{parts[2]}.{parts[2]}Resource");
        return resource is null ? shared : new ModuleStringLocalizer(factory.Create(resource), shared);
    }
}
