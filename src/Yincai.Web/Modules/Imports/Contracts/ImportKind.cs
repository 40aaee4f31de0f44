namespace Yincai.Modules.Imports.Contracts;

/// <summary>What an import file holds; each kind has one <see cref="IRowImporter"/>, in the module that owns the records.</summary>
public enum ImportKind
{
    Talents = 1,
    Employers = 2,
    Jobs = 3,
    Ambassadors = 4,
    Graduates = 5,
}
