using System.Globalization;
using Yincai.Platform;

namespace Yincai.Modules.Imports;

/// <summary>This module's expected failures; messages from ImportsResource in the user's language.</summary>
public static class ImportErrors
{
    private static readonly ModuleErrors Errors = new(typeof(ImportsResource));

    public static Error NotRunning => Make("imports.not_running", "Error_NotRunning");
    public static Error CannotRunAgain => Make("imports.cannot_run_again", "Error_CannotRunAgain");
    public static Error NoScope => Make("imports.no_scope", "Error_NoScope");
    public static Error FileRequired => Make("imports.file_required", "Error_FileRequired", "File");
    public static Error NotXlsx => Make("imports.not_xlsx", "Error_NotXlsx", "File");
    public static Error HasMacros => Make("imports.has_macros", "Error_HasMacros", "File");
    public static Error FileTooLarge => Make("imports.file_too_large", "Error_FileTooLarge", "File");
    public static Error Unreadable => Make("imports.unreadable", "Error_Unreadable", "File");

    public static Error MissingColumns(string columns)
    {
        var error = Make("imports.missing_columns", "Error_MissingColumns", "File");
        return error with { Message = string.Format(CultureInfo.CurrentCulture, error.Message, columns) };
    }

    private static Error Make(string code, string key, string? field = null) => Errors.Make(code, key, field);
}
