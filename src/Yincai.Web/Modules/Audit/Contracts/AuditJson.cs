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

    /// <summary>For a writer that must give the text <see cref="Serialize{T}"/> gives: the serializer takes the escaping
    /// of the writer it is handed, not its own.</summary>
    internal static readonly JsonWriterOptions WriterOptions = new() { Encoder = Options.Encoder };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>Writes <paramref name="value"/> as <see cref="Serialize{T}"/> writes it as a value of type object.</summary>
    internal static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        // The common column types directly: these are what their converters write; anything else by the serializer.
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case Guid g: writer.WriteStringValue(g); break;
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case decimal m: writer.WriteNumberValue(m); break;
            case DateTime d: writer.WriteStringValue(d); break;
            case DateTimeOffset o: writer.WriteStringValue(o); break;
            default: JsonSerializer.Serialize(writer, value, value.GetType(), Options); break;
        }
    }
}
