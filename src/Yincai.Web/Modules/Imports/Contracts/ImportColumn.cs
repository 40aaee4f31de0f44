namespace Yincai.Modules.Imports.Contracts;

/// <summary>
/// A column of an import template: its header exactly as the file must carry it (the file format, so always in
/// Chinese), whether a value is required, the explanation and allowed values shown on the template's second sheet,
/// the value of the template's example row, and whether the template formats the column as text (<paramref name="AsText"/>:
/// ID numbers, mobile numbers and codes, which a spreadsheet would otherwise turn into numbers and cut).
/// </summary>
public sealed record ImportColumn(string Header, bool Required, string Help, string Example, bool AsText = false);
