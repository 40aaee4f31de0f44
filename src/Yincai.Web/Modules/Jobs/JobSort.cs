namespace Yincai.Modules.Jobs;

/// <summary>The public job list's orders.</summary>
public enum JobSort
{
    Newest = 0,

    /// <summary>Highest top of the pay range first.</summary>
    Pay = 1,

    /// <summary>Best keyword matches first (newest without keywords, or while the keyword index is being built).</summary>
    Relevance = 2,
}
