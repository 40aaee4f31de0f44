using Yincai.Platform;

namespace Yincai.Modules.Matching;

/// <summary>This module's expected failures; messages from MatchingResource in the user's language.</summary>
public static class MatchingErrors
{
    private static readonly ModuleErrors Errors = new(typeof(MatchingResource));

    public static Error NotFound => Errors.Make("matching.not_found", "Error_NotFound");
    public static Error TalentNotShared => Errors.Make("matching.talent_not_shared", "Error_TalentNotShared", "TalentId");
    /// <summary>The index is not built yet (first start, or a failed build waiting for its retry).</summary>
    public static Error Preparing => Errors.Make("matching.preparing", "Matching_Preparing");
    public static Error NoteTooLong => Errors.Make("matching.note_too_long", "Error_NoteTooLong", "Note");
}
