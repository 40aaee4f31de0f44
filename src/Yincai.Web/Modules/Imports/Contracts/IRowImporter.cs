namespace Yincai.Modules.Imports.Contracts;

/// <summary>
/// Imports one kind of record from rows of a file. Each module that owns a kind registers one; the Imports module
/// reads the file, runs the passes, saves and keeps the job. An importer runs in a scope whose user is the officer
/// who started the import, so the region filter and the audit trail apply as to that officer's own work.
/// </summary>
public interface IRowImporter
{
    ImportKind Kind { get; }

    /// <summary>The template's columns, in order; rows come with their cells in this order.</summary>
    IReadOnlyList<ImportColumn> Columns { get; }

    /// <summary>
    /// Checks the rows (in file order) and names every problem by row, column header and reason in the user's
    /// language. When <see cref="ImportPass.Write"/> is set, also applies each valid row to the scope's YincaiDb
    /// (adds or changes tracked entities; never saves) and counts what it did.
    /// </summary>
    Task<ImportBatchOutcome> ProcessAsync(ImportPass pass, IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken);
}
