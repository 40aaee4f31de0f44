namespace Yincai.Modules.Imports;

/// <summary>What happens to the good rows of a file that also has bad ones.</summary>
public enum ImportMode
{
    /// <summary>Any bad row and nothing is saved.</summary>
    AllOrNothing = 1,
    /// <summary>The good rows are saved; the bad ones are listed.</summary>
    ValidOnly = 2,
}
