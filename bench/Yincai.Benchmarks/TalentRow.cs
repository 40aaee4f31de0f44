namespace Yincai.Benchmarks;

/// <summary>One generated talent, in the columns of the talent import template.</summary>
public sealed record TalentRow(string FullName, string IdNumber, string Mobile, string HouseholdRegionCode, string NativePlaceCode,
    string CurrentRegionCode, string School, string? Country, string Degree, string Major, DateOnly GraduationDate,
    string Categories, string Status, string? EmployerName)
{
    /// <summary>The import template's header row (Modules/Talents/Import), in order.</summary>
    public static readonly string[] Headers =
    [
        "姓名", "身份证号", "手机号", "户籍地区代码", "籍贯地区代码", "现居地区代码", "学校", "学校所在国家（境外填写）",
        "学历（专科/本科/硕士/博士）", "专业", "毕业日期", "人员类别（在校生/毕业生/离校未就业/留学回国，可多选用、分隔）",
        "就业状态（未知/求职中/已就业）", "就业单位",
    ];

    public Dictionary<string, object?> ToCells() => new()
    {
        [Headers[0]] = FullName, [Headers[1]] = IdNumber, [Headers[2]] = Mobile, [Headers[3]] = HouseholdRegionCode,
        [Headers[4]] = NativePlaceCode, [Headers[5]] = CurrentRegionCode, [Headers[6]] = School, [Headers[7]] = Country,
        [Headers[8]] = Degree, [Headers[9]] = Major, [Headers[10]] = GraduationDate.ToString("yyyy-MM-dd"),
        [Headers[11]] = Categories, [Headers[12]] = Status, [Headers[13]] = EmployerName,
    };
}
