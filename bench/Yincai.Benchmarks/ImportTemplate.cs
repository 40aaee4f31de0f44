using Yincai.Modules.Talents.Demo;

namespace Yincai.Benchmarks;

/// <summary>Generated talents in the columns of the talent import template (Modules/Talents/Import).</summary>
public static class ImportTemplate
{
    public static readonly string[] Headers =
    [
        "姓名", "身份证号", "手机号", "户籍地区代码", "籍贯地区代码", "现居地区代码", "学校", "学校所在国家（境外填写）",
        "学历（专科/本科/硕士/博士）", "专业", "毕业日期", "人员类别（在校生/毕业生/离校未就业/留学回国，可多选用、分隔）",
        "就业状态（未知/求职中/已就业）", "就业单位",
    ];

    public static Dictionary<string, object?> Cells(GeneratedTalent t) => new()
    {
        [Headers[0]] = t.FullName, [Headers[1]] = t.IdNumber, [Headers[2]] = t.Mobile, [Headers[3]] = t.HouseholdRegionCode,
        [Headers[4]] = t.NativePlaceCode, [Headers[5]] = t.CurrentRegionCode, [Headers[6]] = t.School, [Headers[7]] = t.Country,
        [Headers[8]] = t.Degree, [Headers[9]] = t.Major, [Headers[10]] = t.GraduationDate.ToString("yyyy-MM-dd"),
        [Headers[11]] = t.Categories, [Headers[12]] = t.Status, [Headers[13]] = t.EmployerName,
    };
}
