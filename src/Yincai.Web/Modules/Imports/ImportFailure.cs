namespace Yincai.Modules.Imports;

/// <summary>Why an import saved nothing; shown through ImportsResource in the reader's language.</summary>
public enum ImportFailure
{
    None = 0,
    /// <summary>All or nothing, and some rows had errors (detail: how many rows).</summary>
    RowsInvalid = 1,
    /// <summary>The header row lacks template columns (detail: their names).</summary>
    MissingColumns = 2,
    /// <summary>More data rows than allowed (detail: the limit).</summary>
    TooManyRows = 3,
    NoRows = 4,
    Unreadable = 5,
    /// <summary>The process stopped or died during the import; the transaction was rolled back.</summary>
    Interrupted = 6,
    /// <summary>Someone else changed the same records meanwhile; the transaction was rolled back.</summary>
    Conflict = 7,
    Unexpected = 8,
}
