namespace Yincai.Modules.Ambassadors.Work;

public enum LetterKind
{
    /// <summary>感谢信: for good work, and on a normal exit (AMB-11).</summary>
    Thanks = 1,
    /// <summary>慰问信.</summary>
    Appreciation = 2,
}
