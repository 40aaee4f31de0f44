namespace Yincai.Modules.Ambassadors.Filing;

public enum FilingWindowKind
{
    /// <summary>The first filing of a province's pool (AMB-13: by the end of June 2023).</summary>
    Initial = 1,
    /// <summary>New and exited ambassadors (AMB-15: by the end of May and of November).</summary>
    Changes = 2,
}
