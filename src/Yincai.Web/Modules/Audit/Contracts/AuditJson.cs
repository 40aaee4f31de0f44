using System.Text.Encodings.Web;
using System.Text.Json;

namespace Yincai.Modules.Audit.Contracts;

/// <summary>How values are written into an audit row's Before/After: JSON that keeps Chinese readable.</summary>
public static class AuditJson
{
    // Rows are shown as text to auditors, never embedded in HTML or script unencoded (Razor encodes them).
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
