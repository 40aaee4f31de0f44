using System.Collections;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using Yincai.Platform;

namespace Yincai.Benchmarks;

/// <summary>
/// Writes entities with PostgreSQL's binary COPY, column by column as the EF model maps them: the baseline an import
/// is measured against, and the fast way to seed a million rows for the list benchmarks.
/// </summary>
public static class EntityCopy
{
    public static async Task<long> CopyAsync<T>(string connectionString, IEnumerable<T> entities) where T : class
    {
        await using var db = BenchDatabase.Open(connectionString);
        var type = db.Model.FindEntityType(typeof(T))!;
        var table = type.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, type.GetSchema());
        var properties = type.GetProperties().Where(p => p.PropertyInfo is not null).ToList();
        var columns = string.Join(", ", properties.Select(p => "\"" + p.GetColumnName(store) + "\""));

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        // Synchronous writes: an await per value costs more than the COPY itself at 50 columns × 100,000 rows.
        using var writer = connection.BeginBinaryImport($"COPY \"{table}\" ({columns}) FROM STDIN (FORMAT BINARY)");
        var getters = properties.Select(p => p.PropertyInfo!).ToArray();
        // As the product's NewRowCopy: a value with a converter (JSON lists, say) goes in as the column holds it.
        var converters = properties.Select(p => p.GetTypeMapping().Converter).ToArray();
        long rows = 0;
        foreach (var entity in entities)
        {
            writer.StartRow();
            for (var k = 0; k < getters.Length; k++)
            {
                var value = getters[k].GetValue(entity);
                if (value is not null && converters[k] is { } converter) value = converter.ConvertToProvider(value);
                switch (value)
                {
                    case null: writer.WriteNull(); break;
                    case Guid g: writer.Write(g); break;
                    case string s: writer.Write(s); break;
                    case int i: writer.Write(i); break;
                    case bool b: writer.Write(b); break;
                    case DateTime d: writer.Write(d); break;
                    case DateOnly d: writer.Write(d); break;
                    case Enum e: writer.Write(Convert.ToInt32(e, System.Globalization.CultureInfo.InvariantCulture)); break;
                    case IList list when list.GetType().GetGenericArguments() is [{ IsEnum: true }]:
                        writer.Write(list.Cast<object>().Select(x => Convert.ToInt32(x, System.Globalization.CultureInfo.InvariantCulture)).ToArray());
                        break;
                    case List<string> strings: writer.Write(strings.ToArray()); break;
                    case int[] ints: writer.Write(ints); break;
                    case var other: writer.Write(other); break;
                }
            }
            rows++;
        }
        writer.Complete();
        return rows;
    }
}
