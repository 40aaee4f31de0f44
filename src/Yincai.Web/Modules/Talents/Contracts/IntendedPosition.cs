namespace Yincai.Modules.Talents.Contracts;

/// <summary>
/// A position the talent wants (期望职位), most wanted first: an occupation of the national classification (a 中类 code
/// of <c>Jobs.Contracts.OccupationCatalog</c>, "2-02"), the title as the talent would say it ("Java开发"), and, as the
/// known platforms ask per position, the city and the pay wanted for it (null: as in the rest of the intention).
/// </summary>
public sealed record IntendedPosition(string OccupationCode, string? Title, string? RegionCode, int? SalaryMinYuan)
{
    public const int Max = 3;
    public const int TitleMaxLength = 30;
}
