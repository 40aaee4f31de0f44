using System.Collections;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;

namespace Yincai.Platform;

/// <summary>
/// Writes the new records of a save with PostgreSQL's binary COPY rather than EF's INSERTs, column by column as the
/// model maps them, on the save's own connection and transaction (see <see cref="YincaiDb.CopyNewRows"/>). EF's
/// INSERTs of an import's talents, educations, history, keys and change-feed rows took most of its minute and a half.
/// The written records are detached: the caller clears the tracker after such a save and reads nothing back.
/// </summary>
internal static class NewRowCopy
{
    public static async Task<int> WriteAsync(YincaiDb db, CancellationToken cancellationToken)
    {
        var added = db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added)
            .GroupBy(e => e.Metadata).ToDictionary(g => g.Key, g => g.ToList());
        if (added.Count == 0) return 0;
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var written = 0;
        foreach (var type in PrincipalsFirst(added.Keys))
        {
            var entries = added[type];
            try
            {
                await CopyAsync(connection, type, entries, cancellationToken);
            }
            catch (PostgresException e)
            {
                // As EF reports a failed INSERT (a unique index, a foreign key): callers tell conflicts by this type.
                throw new DbUpdateException($"COPY into {type.GetTableName()} failed: {e.MessageText}", e);
            }
            entries.ForEach(e => e.State = EntityState.Detached);
            written += entries.Count;
        }
        return written;
    }

    private static async Task CopyAsync(NpgsqlConnection connection, IEntityType type, List<EntityEntry> entries,
        CancellationToken cancellationToken)
    {
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        // A key the database generates (an identity column) still holds EF's temporary value: left to the database.
        var properties = type.GetProperties().Where(p => !entries[0].Property(p).IsTemporary).ToArray();
        var converters = properties.Select(p => p.GetTypeMapping().Converter).ToArray();
        var name = type.GetSchema() is { } schema ? $"\"{schema}\".\"{table.Name}\"" : $"\"{table.Name}\"";
        var columns = string.Join(", ", properties.Select(p => "\"" + p.GetColumnName(table) + "\""));

        await using var writer = await connection.BeginBinaryImportAsync($"COPY {name} ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var entry in entries)
        {
            // Synchronous writes into the importer's buffer: an await per value costs more than the COPY at this many values.
            writer.StartRow();
            var values = entry.CurrentValues;
            for (var i = 0; i < properties.Length; i++) WriteValue(writer, converters[i], values[properties[i]]);
        }
        await writer.CompleteAsync(cancellationToken);
    }

    /// <summary>One column's value, through the property's converter when it has one (a list kept as JSON, say), as the
    /// column holds it. Also the benchmarks' baseline COPY, so that both write the same values.</summary>
    internal static void WriteValue(NpgsqlBinaryImporter writer, ValueConverter? converter, object? value)
    {
        if (value is not null && converter is not null) value = converter.ConvertToProvider(value);
        switch (value)
        {
            case null: writer.WriteNull(); break;
            case Guid g: writer.Write(g); break;
            case string s: writer.Write(s); break;
            case int i: writer.Write(i); break;
            case long l: writer.Write(l); break;
            case bool b: writer.Write(b); break;
            case DateTime d: writer.Write(d); break;
            case DateOnly d: writer.Write(d); break;
            case byte[] bytes: writer.Write(bytes); break;
            case Enum e: writer.Write(Convert.ToInt32(e, CultureInfo.InvariantCulture)); break;
            case IList list when list.GetType().GetGenericArguments() is [{ IsEnum: true }]:
                writer.Write(list.Cast<object>().Select(x => Convert.ToInt32(x, CultureInfo.InvariantCulture)).ToArray());
                break;
            case List<string> strings: writer.Write(strings.ToArray()); break;
            case int[] ints: writer.Write(ints); break;
            case var other: writer.Write(other); break;
        }
    }

    /// <summary>The types in an order that writes each record after those its foreign keys point to.</summary>
    private static List<IEntityType> PrincipalsFirst(IEnumerable<IEntityType> types)
    {
        var left = types.ToList();
        var ordered = new List<IEntityType>();
        while (left.Count > 0)
        {
            var next = left.FirstOrDefault(t => !t.GetForeignKeys().Any(k => k.PrincipalEntityType != t && left.Contains(k.PrincipalEntityType)))
                ?? left[0]; // a cycle between new rows: not in this model; the database would report it
            ordered.Add(next);
            left.Remove(next);
        }
        return ordered;
    }
}
