namespace Yincai.Modules.Imports.Contracts;

/// <summary>What a batch of rows came to: the rows' errors, and (when written) how many records were created,
/// updated, or left as they were because the file said what the database already held.</summary>
public sealed record ImportBatchOutcome(IReadOnlyList<ImportRowError> Errors, int Created = 0, int Updated = 0, int Unchanged = 0);
