using Yincai.Platform;

namespace Yincai.Modules.Talents;

/// <summary>This module's expected failures; messages from TalentsResource in the user's language.</summary>
public static class TalentErrors
{
    private static readonly ModuleErrors Errors = new(typeof(TalentsResource));

    public static Error DeletionHandled => Make("talents.deletion_handled", "Error_DeletionHandled");

    private static Error Make(string code, string key, string? field = null) => Errors.Make(code, key, field);
}
