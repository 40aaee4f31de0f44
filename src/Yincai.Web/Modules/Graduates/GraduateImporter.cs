using Microsoft.Extensions.Localization;
using Yincai.Modules.Imports.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;
using Yincai.Platform.Validation;

namespace Yincai.Modules.Graduates;

/// <summary>
/// Imports a university's list of graduates who left without a job into the real-name database (GRD-01): each row checked as
/// the form checks it, every problem named by row and column, the same person in the database or twice in the file is one
/// record; the import runner makes it all or nothing. Rows go to the county of the household (or the search place), which must
/// be in the importing officer's scope.
/// </summary>
public sealed class GraduateImporter(RealNameDatabase graduates, RegionDirectory regions, UniversityCatalog universities, MajorCatalog majors,
    CurrentUser current, TalentEnrolment enrolment, IStringLocalizer<GraduatesResource> text) : IRowImporter
{
    private const int Name = 0, IdNumber = 1, Mobile = 2, Household = 3, Search = 4, School = 5, Degree = 6, Major = 7, Left = 8, Intention = 9;

    private static readonly Dictionary<string, DegreeLevel> Degrees = new()
    {
        ["专科"] = DegreeLevel.Vocational, ["本科"] = DegreeLevel.Bachelor, ["硕士"] = DegreeLevel.Master, ["博士"] = DegreeLevel.Doctorate,
    };

    private static readonly Dictionary<string, GraduateIntention> Intentions = new()
    {
        ["求职就业"] = GraduateIntention.Job, ["升学深造"] = GraduateIntention.FurtherStudy, ["自主创业"] = GraduateIntention.StartBusiness,
        ["暂不就业"] = GraduateIntention.NotYet,
    };

    private RegionLookup? _regions;

    public ImportKind Kind => ImportKind.Graduates;

    public IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("姓名", true, text["Import_Help_Name"], "张三"),
        new("身份证号", true, text["Import_Help_IdNumber"], "11010519491231002X", AsText: true),
        new("手机号码", true, text["Import_Help_Mobile"], "13912345678", AsText: true),
        new("户籍所在地", true, text["Import_Help_Household"], "青岛市市南区"),
        new("求职地（外省户籍必填）", false, text["Import_Help_Search"], ""),
        new("毕业院校", true, text["Import_Help_School"], "青岛大学"),
        new("学历（专科/本科/硕士/博士）", true, text["Import_Help_Degree"], "本科"),
        new("专业", true, text["Import_Help_Major"], "软件工程"),
        new("毕业时间", true, text["Import_Help_Left"], "2026-06-30"),
        new("意向（求职就业/升学深造/自主创业/暂不就业）", true, text["Import_Help_Intention"], "求职就业"),
    ];

    public async Task<ImportBatchOutcome> ProcessAsync(ImportPass pass, IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken)
    {
        var (created, updated) = (0, 0);
        var known = _regions ??= await regions.LookupAsync(cancellationToken);
        foreach (var row in rows)
        {
            var name = row.Text(Name, required: true, maxLength: 50);
            var id = row.Code(IdNumber, required: true);
            var mobile = row.Code(Mobile, required: true);
            var household = row.RegionCode(Household, required: true, known, preferred: current.Scope);
            var search = row.RegionCode(Search, required: false, known, preferred: current.Scope);
            var school = row.Text(School, required: true, maxLength: 100);
            var degree = row.Choice(Degree, required: true, Degrees, Degrees.Keys);
            var major = row.Text(Major, required: true, maxLength: 100);
            var left = row.Date(Left, required: true, MonthOnly.LastDay);
            var intention = row.Choice(Intention, required: true, Intentions, Intentions.Keys);
            string? number = null, phone = null;
            if (id is not null)
            {
                var checkedId = ResidentIdNumber.Validate(id, row.Header(IdNumber), pass.Today);
                if (checkedId.IsError) row.Fail(IdNumber, checkedId.Error!.Message); else number = checkedId.Value;
            }
            if (mobile is not null)
            {
                var checkedMobile = MobileNumber.Validate(mobile, row.Header(Mobile));
                if (checkedMobile.IsError) row.Fail(Mobile, checkedMobile.Error!.Message); else phone = checkedMobile.Value;
            }
            if (left is { } l && (l > pass.Today.AddYears(1) || l.Year < pass.Today.Year - 10)) row.Fail(Left, text["Error_GraduationDate"]);
            if (!row.IsValid || number is null) continue;
            if (row.IsRepeated(pass, IdNumber, enrolment.BlindIndexOf(number))) continue;

            var university = universities.FindByName(school);
            var catalogued = majors.FindByName(major);
            var person = new GraduatePerson(name!, number, phone, household!, university?.Code, university?.Name ?? school!, degree!.Value,
                catalogued?.Code, catalogued?.Name ?? major!, left!.Value);
            var registration = new GraduateRegistration(person, search, intention!.Value, GraduateSource.University);
            var decided = await graduates.DecideAsync(registration, cancellationToken);
            if (decided.IsError) row.Fail(ColumnOf(decided.Error!.Field), decided.Error.Message);
            if (!row.IsValid || !pass.Write) continue;
            var registered = await graduates.RegisterAsync(registration, cancellationToken);
            if (registered.IsError)
            {
                row.Fail(ColumnOf(registered.Error!.Field), registered.Error.Message);
                continue;
            }
            if (graduates.IsNew(registered.Value!)) created++;
            else updated++;
        }
        return new ImportBatchOutcome(rows.SelectMany(r => r.Errors).ToList(), created, updated);
    }

    private static int ColumnOf(string? field) => field switch
    {
        "HouseholdRegionCode" => Household,
        "SearchRegionCode" => Search,
        "IdNumber" => IdNumber,
        _ => Name,
    };
}
