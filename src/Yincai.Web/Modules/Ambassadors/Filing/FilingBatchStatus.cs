namespace Yincai.Modules.Ambassadors.Filing;

public enum FilingBatchStatus
{
    Draft = 1,
    Submitted = 2,
    /// <summary>Every line accepted or returned.</summary>
    Decided = 3,
}
