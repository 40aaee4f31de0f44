namespace Yincai.Modules.Imports.Contracts;

/// <summary>Why a row of an import file was not taken: its Excel row number, the column header, the reason.</summary>
public sealed record ImportRowError(int Row, string Field, string Message);
