using System.Data.Common;

namespace Yincai.IntegrationTests.Modules.Audit;

/// <summary>
/// Plays the superuser of SECURITY.md T8: switches off the append-only triggers of audit_entry and edits or deletes
/// rows with raw SQL. Disposing puts every touched row and the triggers back, so the factory's chain is whole again.
/// </summary>
internal sealed class AuditTamper : IAsyncDisposable
{
    private readonly DbConnection _connection;
    private readonly DatabaseProvider _provider;
    private readonly List<(string Name, string Sql)> _droppedSqliteTriggers = [];
    private readonly List<Func<Task>> _undo = [];

    private AuditTamper(DbConnection connection, DatabaseProvider provider) => (_connection, _provider) = (connection, provider);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<AuditTamper> BeginAsync(YincaiAppFactory app)
    {
        var tamper = new AuditTamper(await app.OpenConnectionAsync(), app.Provider);
        if (app.Provider == DatabaseProvider.Postgres)
        {
            await tamper.ExecuteAsync("ALTER TABLE audit_entry DISABLE TRIGGER USER");
            return tamper;
        }

        // SQLite cannot disable a trigger: drop it, keeping its SQL to create it again.
        await using (var command = tamper.Command("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_entry'"))
        await using (var reader = await command.ExecuteReaderAsync(Ct))
            while (await reader.ReadAsync(Ct))
                tamper._droppedSqliteTriggers.Add((reader.GetString(0), reader.GetString(1)));
        foreach (var (name, _) in tamper._droppedSqliteTriggers)
            await tamper.ExecuteAsync($"DROP TRIGGER \"{name}\"");
        return tamper;
    }

    public async Task SetAfterAsync(long sequence, string? after)
    {
        var original = await ReadRowAsync(sequence);
        await ExecuteAsync("UPDATE audit_entry SET \"After\" = @after WHERE \"Sequence\" = @sequence", ("after", after), ("sequence", sequence));
        _undo.Add(() => ExecuteAsync("UPDATE audit_entry SET \"After\" = @after WHERE \"Sequence\" = @sequence",
            ("after", original["After"]), ("sequence", sequence)));
    }

    /// <summary>Sets columns of one row (as a superuser with psql would), keeping the old values to put back.</summary>
    public async Task UpdateAsync(long sequence, params (string Column, object? Value)[] values)
    {
        var original = await ReadRowAsync(sequence);
        string Set(IEnumerable<string> columns) => string.Join(", ", columns.Select((c, i) => $"\"{c}\" = @p{i}"));
        await ExecuteAsync($"UPDATE audit_entry SET {Set(values.Select(v => v.Column))} WHERE \"Sequence\" = @sequence",
            [.. values.Select((v, i) => ("p" + i, v.Value)), ("sequence", sequence)]);
        _undo.Add(() => ExecuteAsync($"UPDATE audit_entry SET {Set(values.Select(v => v.Column))} WHERE \"Sequence\" = @sequence",
            [.. values.Select((v, i) => ("p" + i, original[v.Column])), ("sequence", sequence)]));
    }

    /// <summary>Appends a row made by hand: <paramref name="like"/>'s columns with <paramref name="changes"/> applied.</summary>
    public async Task InsertLikeAsync(long like, params (string Column, object? Value)[] changes)
    {
        var row = await ReadRowAsync(like);
        foreach (var (column, value) in changes) row[column] = value;
        row.Remove("Id"); // a new row: the database numbers it
        await InsertAsync(row);
        _undo.Add(() => ExecuteAsync("DELETE FROM audit_entry WHERE \"Sequence\" = @sequence", ("sequence", row["Sequence"])));
    }

    /// <summary>Deletes rows from <paramref name="sequence"/> on for good: those the app wrote while the chain was tampered
    /// with, so that disposing can put the original rows back.</summary>
    public Task ForgetFromAsync(long sequence) =>
        ExecuteAsync("DELETE FROM audit_entry WHERE \"Sequence\" >= @sequence", ("sequence", sequence));

    public async Task DeleteAsync(long sequence)
    {
        var original = await ReadRowAsync(sequence);
        await ExecuteAsync("DELETE FROM audit_entry WHERE \"Sequence\" = @sequence", ("sequence", sequence));
        _undo.Add(() => InsertAsync(original));
    }

    private Task InsertAsync(Dictionary<string, object?> row)
    {
        var columns = row.Keys.ToList();
        var sql = $"INSERT INTO audit_entry ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
                  $"VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))})";
        return ExecuteAsync(sql, columns.Select((c, i) => ("p" + i, row[c])).ToArray());
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            for (var i = _undo.Count - 1; i >= 0; i--) await _undo[i]();
            if (_provider == DatabaseProvider.Postgres)
                await ExecuteAsync("ALTER TABLE audit_entry ENABLE TRIGGER USER");
            else
                foreach (var (_, sql) in _droppedSqliteTriggers) await ExecuteAsync(sql);
        }
        finally
        {
            await _connection.DisposeAsync();
        }
    }

    private async Task<Dictionary<string, object?>> ReadRowAsync(long sequence)
    {
        await using var command = Command("SELECT * FROM audit_entry WHERE \"Sequence\" = @sequence", ("sequence", sequence));
        await using var reader = await command.ExecuteReaderAsync(Ct);
        if (!await reader.ReadAsync(Ct)) throw new InvalidOperationException($"No audit row {sequence}.");
        var row = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = 0; i < reader.FieldCount; i++) row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
        return row;
    }

    private async Task ExecuteAsync(string sql, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        await command.ExecuteNonQueryAsync(CancellationToken.None);
    }

    private DbCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }
}
