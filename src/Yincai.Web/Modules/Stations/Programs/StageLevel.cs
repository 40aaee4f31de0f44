namespace Yincai.Modules.Stations.Programs;

/// <summary>Whose officers act at a review stage.</summary>
public enum StageLevel
{
    /// <summary>The applicant's own area one level below the program's: a district of Qingdao, a city of Jiangsu.</summary>
    Local = 1,
    /// <summary>The program's own region: the city or province that names the stations.</summary>
    Program = 2,
}
