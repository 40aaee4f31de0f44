using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NpgsqlTypes;
using Yincai.Platform;

namespace Yincai.Modules.Audit;

/// <summary>Writes unsealed audit rows on PostgreSQL with binary COPY, on the save's own connection and transaction (the
/// database numbers them; <see cref="AuditSealer"/> chains them later).</summary>
internal static class AuditCopy
{
    public static async Task<int> WriteAsync(YincaiDb db, IEnumerable<AuditEntry> entries, CancellationToken cancellationToken)
    {
        var type = db.Model.FindEntityType(typeof(AuditEntry))!;
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        string Column(string property) => "\"" + type.FindProperty(property)!.GetColumnName(table) + "\"";
        string[] columns =
        [
            nameof(AuditEntry.OccurredAtUtc), nameof(AuditEntry.Action), nameof(AuditEntry.Outcome),
            nameof(AuditEntry.ActorId), nameof(AuditEntry.ActorName), nameof(AuditEntry.EntityType), nameof(AuditEntry.EntityId),
            nameof(AuditEntry.RegionCode), nameof(AuditEntry.Before), nameof(AuditEntry.After), nameof(AuditEntry.IpAddress),
        ];
        var command = $"COPY \"{table.Name}\" ({string.Join(", ", columns.Select(Column))}) FROM STDIN (FORMAT BINARY)";

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var importer = await connection.BeginBinaryImportAsync(command, cancellationToken);
        var count = 0;
        foreach (var e in entries)
        {
            count++;
            await importer.StartRowAsync(cancellationToken);
            await importer.WriteAsync(e.OccurredAtUtc, NpgsqlDbType.TimestampTz, cancellationToken);
            await importer.WriteAsync(e.Action, NpgsqlDbType.Varchar, cancellationToken);
            await importer.WriteAsync((int)e.Outcome, NpgsqlDbType.Integer, cancellationToken);
            await importer.WriteAsync(e.ActorId, NpgsqlDbType.Uuid, cancellationToken);
            await importer.WriteAsync(e.ActorName, NpgsqlDbType.Varchar, cancellationToken);
            await importer.WriteAsync(e.EntityType, NpgsqlDbType.Varchar, cancellationToken);
            await importer.WriteAsync(e.EntityId, NpgsqlDbType.Varchar, cancellationToken);
            await importer.WriteAsync(e.RegionCode, NpgsqlDbType.Varchar, cancellationToken);
            await importer.WriteAsync(e.Before, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(e.After, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(e.IpAddress, NpgsqlDbType.Varchar, cancellationToken);
        }
        await importer.CompleteAsync(cancellationToken);
        return count;
    }
}
