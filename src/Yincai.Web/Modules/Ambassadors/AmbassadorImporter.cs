using Microsoft.Extensions.Localization;
using Yincai.Modules.Imports.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Ambassadors;

/// <summary>
/// Imports a city's list of candidates (AMB-01, AMB-02): each row checked like the form, every problem named by row and
/// column; the import runner makes it all or nothing. The recruiting city is the officer's own, or the row's for a province
/// officer.
/// </summary>
public sealed class AmbassadorImporter(AmbassadorRegistry registry, RegionDirectory regions, CurrentUser current,
    IStringLocalizer<AmbassadorsResource> text) : IRowImporter
{
    private const int Name = 0, IdNumber = 1, Native = 2, School = 3, Country = 4, Role = 5, Degree = 6, Phd = 7, Leaving = 8, Willing = 9, City = 10;

    private static readonly Dictionary<string, AmbassadorRole> Roles = new()
    {
        ["学生"] = AmbassadorRole.Student, ["在校生"] = AmbassadorRole.Student, ["青年教师"] = AmbassadorRole.YoungTeacher,
        ["留校青年教师"] = AmbassadorRole.YoungTeacher, ["辅导员"] = AmbassadorRole.Counsellor,
    };

    private static readonly Dictionary<string, DegreeLevel> Degrees = new()
    {
        ["专科"] = DegreeLevel.Vocational, ["本科"] = DegreeLevel.Bachelor, ["硕士"] = DegreeLevel.Master, ["博士"] = DegreeLevel.Doctorate,
    };

    private static readonly Dictionary<string, bool> YesNo = new() { ["是"] = true, ["否"] = false };

    private RegionLookup? _regions;

    public ImportKind Kind => ImportKind.Ambassadors;

    public IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("姓名", true, text["Import_Help_Name"], "张三"),
        new("身份证号", true, text["Import_Help_IdNumber"], "11010519491231002X", AsText: true),
        new("籍贯地区代码", true, text["Import_Help_Native"], "370202"),
        new("学校", true, text["Import_Help_School"], "北京大学"),
        new("学校所在国家（境外填写）", false, text["Import_Help_Country"], ""),
        new("身份（学生/青年教师/辅导员）", true, text["Import_Help_Role"], "学生"),
        new("学历（专科/本科/硕士/博士）", true, text["Import_Help_Degree"], "硕士"),
        new("是否博士或博士在读（是/否）", true, text["Import_Help_Phd"], "否"),
        new("预计离校日期", true, text["Import_Help_Leaving"], "2028-06-30"),
        new("愿意服务且具备文字、语言表达和组织协调能力（是/否）", true, text["Import_Help_Willing"], "是"),
        new("招募城市代码（省级经办人填写）", false, text["Import_Help_City"], ""),
    ];

    public async Task<ImportBatchOutcome> ProcessAsync(ImportPass pass, IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken)
    {
        var created = 0;
        var known = _regions ??= await regions.LookupAsync(cancellationToken);
        foreach (var row in rows)
        {
            var name = row.Text(Name, required: true, maxLength: 50);
            var id = row.Code(IdNumber, required: true);
            var native = row.RegionCode(Native, required: true, known, preferred: current.Scope);
            var school = row.Text(School, required: true, maxLength: 100);
            var country = row.Text(Country, required: false, maxLength: 50);
            var role = row.Choice(Role, required: true, Roles, ["学生", "青年教师", "辅导员"]);
            var degree = row.Choice(Degree, required: true, Degrees, Degrees.Keys);
            var phd = row.Choice(Phd, required: true, YesNo, YesNo.Keys);
            // A month alone (2028年6月) is its last day: the person is at school until the month is over.
            var leaving = row.Date(Leaving, required: true, MonthOnly.LastDay);
            var willing = row.Choice(Willing, required: true, YesNo, YesNo.Keys);
            var city = row.Text(City) is null ? current.Scope.Prefix is { Length: 4 } p ? p + "00" : null
                : row.RegionCode(City, required: false, known, preferred: current.Scope);
            if (city is null && row.Text(City) is null) row.FailKey(City, "Cell_Required");
            if (!row.IsValid || name is null || id is null) continue;

            var application = new AmbassadorApplication(native, school, country, role, degree, phd ?? false, leaving, willing ?? false);
            var (idNumber, checkedSchool, problems) = await registry.CheckAsync(new CandidateInput(name, id, city!, application), cancellationToken);
            foreach (var problem in problems) row.Fail(ColumnOf(problem.Field), problem.Message);
            if (!row.IsValid || idNumber is null || checkedSchool is null) continue;
            if (row.IsRepeated(pass, IdNumber, registry.BlindIndexOf(idNumber))) continue;
            if (!pass.Write) continue;
            await registry.AddCheckedAsync(name, idNumber, city!, native!, checkedSchool, cancellationToken);
            created++;
        }
        return new ImportBatchOutcome(rows.SelectMany(r => r.Errors).ToList(), created);
    }

    private static int ColumnOf(string? field) => field switch
    {
        "FullName" => Name,
        "IdNumber" => IdNumber,
        "NativePlaceCode" => Native,
        "SchoolName" => School,
        "Role" => Role,
        "Degree" => Degree,
        "ExpectedLeavingOn" => Leaving,
        "WillingAndSkilled" => Willing,
        "CityCode" => City,
        _ => Name,
    };
}
