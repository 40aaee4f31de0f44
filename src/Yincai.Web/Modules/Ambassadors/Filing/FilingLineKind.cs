namespace Yincai.Modules.Ambassadors.Filing;

public enum FilingLineKind
{
    /// <summary>A new (or re-appointed) ambassador: accepted ones get a certificate.</summary>
    New = 1,
    Exit = 2,
}
