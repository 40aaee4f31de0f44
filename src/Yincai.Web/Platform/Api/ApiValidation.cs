using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Yincai.Platform.Api;

/// <summary>
/// The data annotations of a request checked as the pages check them: every problem at once, by field (camelCase, as in the JSON),
/// in the caller's language with the module's field labels (<see cref="ModuleStringLocalizer"/>). Minimal APIs do not check them.
/// </summary>
public static class ApiValidation
{
    /// <summary>Null when <paramref name="request"/> is valid; else the 400 to answer.</summary>
    public static ValidationProblem? Check(object request, IStringLocalizerFactory localizers)
    {
        var text = ModuleStringLocalizer.For(request.GetType(), localizers);
        var errors = new Dictionary<string, string[]>();
        foreach (var property in request.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var value = property.GetValue(request);
            var label = property.GetCustomAttribute<DisplayAttribute>()?.Name is { } name ? text[name].Value : property.Name;
            var messages = property.GetCustomAttributes<ValidationAttribute>(inherit: true).Where(a => !a.IsValid(value))
                .Select(a => Message(a, label, text)).ToArray();
            if (messages.Length > 0) errors[JsonNamingPolicy.CamelCase.ConvertName(property.Name)] = messages;
        }
        return errors.Count == 0 ? null
            : TypedResults.ValidationProblem(errors, detail: string.Join(" ", errors.Values.SelectMany(m => m)),
                extensions: new Dictionary<string, object?> { ["code"] = "validation.invalid" });
    }

    private static string Message(ValidationAttribute attribute, string label, IStringLocalizer text) =>
        attribute.ErrorMessage is not { } key ? attribute.FormatErrorMessage(label) : attribute switch
        {
            StringLengthAttribute s => text[key, label, s.MaximumLength, s.MinimumLength],
            RangeAttribute r => text[key, label, r.Minimum, r.Maximum],
            MaxLengthAttribute m => text[key, label, m.Length],
            _ => text[key, label],
        };
}
