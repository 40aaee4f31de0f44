using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Imports.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;
using Yincai.Platform.Protection;
using Yincai.Platform.Validation;

namespace Yincai.Modules.Talents.Import;

/// <summary>
/// Imports talents (a university's list of graduates, a county's register): one person per ID number, found by its
/// blind index. A person on file in the officer's scope is updated, or left alone when the row says what is on file;
/// a person on file elsewhere is refused, never updated. Each row brings at most one education, which replaces the
/// education an earlier import brought.
/// </summary>
public sealed class TalentImporter(YincaiDb db, FieldProtection protection, RegionDirectory regions, UniversityCatalog universities,
    MajorCatalog majors, IStringLocalizer<TalentsResource> text) : IRowImporter
{
    private const int Name = 0, IdNumber = 1, Mobile = 2, Household = 3, Native = 4, Current = 5, School = 6, Country = 7,
        Degree = 8, Major = 9, Graduation = 10, Categories = 11, Employment = 12, EmployerName = 13;

    private static readonly Dictionary<string, DegreeLevel> Degrees = new()
    {
        ["专科"] = DegreeLevel.Vocational, ["大专"] = DegreeLevel.Vocational, ["本科"] = DegreeLevel.Bachelor,
        ["硕士"] = DegreeLevel.Master, ["硕士研究生"] = DegreeLevel.Master, ["博士"] = DegreeLevel.Doctorate, ["博士研究生"] = DegreeLevel.Doctorate,
    };

    private static readonly Dictionary<string, TalentCategory> CategoryNames = new()
    {
        ["在校生"] = TalentCategory.Student, ["毕业生"] = TalentCategory.Graduate, ["离校未就业"] = TalentCategory.UnemployedGraduate,
        ["离校未就业毕业生"] = TalentCategory.UnemployedGraduate, ["留学回国"] = TalentCategory.OverseasReturnee,
        ["留学回国人员"] = TalentCategory.OverseasReturnee,
    };

    private static readonly Dictionary<string, EmploymentStatus> Statuses = new()
    {
        ["未知"] = EmploymentStatus.Unknown, ["求职中"] = EmploymentStatus.Seeking, ["已就业"] = EmploymentStatus.Employed,
    };

    // Bookkeeping that every update method moves; a row that changes only these changes nothing.
    private static readonly HashSet<string> Bookkeeping = [nameof(Talent.Version), nameof(Talent.UpdatedAtUtc)];

    private RegionLookup? _regions;

    // The check pass's reading of each good row, by row number: the write pass takes it rather than validate, hash and
    // look up every cell of the same file again. What the database holds is looked up again in the write pass.
    private readonly Dictionary<int, TalentLine> _checked = [];

    public ImportKind Kind => ImportKind.Talents;

    public IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("姓名", true, text["Import_Help_Name"], "张三"),
        // The standard's own sample number, born 1949: it never passes the age rule, so a forgotten example row is refused.
        new("身份证号", true, text["Import_Help_IdNumber"], "11010519491231002X", AsText: true),
        new("手机号", false, text["Import_Help_Mobile"], "13800138000", AsText: true),
        new("户籍地区代码", true, text["Import_Help_Household"], "370202"),
        new("籍贯地区代码", false, text["Import_Help_Native"], "370202"),
        new("现居地区代码", false, text["Import_Help_Current"], "370212"),
        new("学校", false, text["Import_Help_School"], "中国海洋大学"),
        new("学校所在国家（境外填写）", false, text["Import_Help_Country"], ""),
        new("学历（专科/本科/硕士/博士）", false, text["Import_Help_Degree"], "本科"),
        new("专业", false, text["Import_Help_Major"], "计算机科学与技术"),
        new("毕业日期", false, text["Import_Help_Graduation"], "2026-06-30"),
        new("人员类别（在校生/毕业生/离校未就业/留学回国，可多选用、分隔）", false, text["Import_Help_Categories"], "毕业生、离校未就业"),
        new("就业状态（未知/求职中/已就业）", false, text["Import_Help_Employment"], "求职中"),
        new("就业单位", false, text["Import_Help_EmployerName"], ""),
    ];

    public async Task<ImportBatchOutcome> ProcessAsync(ImportPass pass, IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken)
    {
        var known = _regions ??= await regions.LookupAsync(cancellationToken);
        var lines = rows.Select(row => (Row: row, Line: pass.Write && _checked.Remove(row.RowNumber, out var line) ? line : Read(pass, row, known)))
            .Where(l => l.Line is not null && l.Row.IsValid)
            .Select(l => (l.Row, Line: l.Line!)).ToList();

        // The number is unique nationwide, so whether it is on file anywhere decides between create and refuse:
        // this one look-up crosses the region scope, and reads nothing but the index, the household region and the id.
        var indexes = lines.Select(l => l.Line.Index).ToList();
        // In the write pass the table grows with every batch, in this transaction: planned for its size now (CustomPlans).
        var onFile = await db.Database.PlannedForTablesAsTheyAreAsync(() => db.Talents.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking()
            .Where(t => indexes.Contains(t.IdNumberIndex)).Select(t => new { t.IdNumberIndex, t.RegionCode, t.Id }).ToListAsync(cancellationToken),
            cancellationToken);
        var elsewhere = onFile.Where(t => !db.Scope.Contains(t.RegionCode)).Select(t => t.IdNumberIndex).ToHashSet();
        foreach (var (row, _) in lines.Where(l => elsewhere.Contains(l.Line.Index)))
            row.Fail(IdNumber, text["Import_OtherRegion", row.Header(IdNumber)]);

        var errors = rows.SelectMany(r => r.Errors).ToList();
        if (!pass.Write)
        {
            foreach (var (row, line) in lines.Where(l => l.Row.IsValid)) _checked[row.RowNumber] = line;
            return new ImportBatchOutcome(errors);
        }
        var valid = lines.Where(l => l.Row.IsValid).Select(l => l.Line).ToList();

        // The people on file in scope are read whole, through the region filter; a batch of new people reads nothing more.
        var ids = onFile.Where(t => db.Scope.Contains(t.RegionCode)).Select(t => t.Id).ToList();
        var existing = ids.Count == 0 ? []
            : await db.Talents.Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.IdNumberIndex, cancellationToken);
        var educations = (ids.Count == 0 ? [] : await db.Educations.Where(e => ids.Contains(e.TalentId)).ToListAsync(cancellationToken))
            .ToLookup(e => e.TalentId);
        var (created, updated, unchanged) = (0, 0, 0);
        foreach (var line in valid)
        {
            if (!existing.TryGetValue(line.Index, out var talent)) { Create(pass, line); created++; }
            else if (Update(pass, line, talent, educations[talent.Id].ToList())) updated++;
            else unchanged++;
        }
        return new ImportBatchOutcome(errors, created, updated, unchanged);
    }

    private TalentLine? Read(ImportPass pass, ImportRow row, RegionLookup known)
    {
        var name = row.Text(Name, required: true, maxLength: 50);
        string? idNumber = null, index = null;
        if (row.Code(IdNumber, required: true) is { } rawId)
        {
            var id = ResidentIdNumber.Validate(rawId, row.Header(IdNumber), pass.Today);
            var blindIndex = id.IsError ? null : protection.BlindIndex(id.Value!);
            if (id.IsError) row.Fail(IdNumber, id.Error!.Message);
            else if (!row.IsRepeated(pass, IdNumber, blindIndex!)) (idNumber, index) = (id.Value, blindIndex);
        }
        string? mobile = null;
        if (row.Text(Mobile) is { } rawMobile)
        {
            var validated = MobileNumber.Validate(rawMobile, row.Header(Mobile));
            if (validated.IsError) row.Fail(Mobile, validated.Error!.Message);
            else mobile = validated.Value;
        }
        var household = row.RegionCode(Household, required: true, known, db.Scope);
        var native = row.RegionCode(Native, required: false, known, preferred: db.Scope);
        var current = row.RegionCode(Current, required: false, known, preferred: db.Scope);
        var education = ReadEducation(pass, row);
        var categories = ReadCategories(row);
        var status = row.Choice(Employment, required: false, Statuses, Statuses.Keys);
        var employer = row.Text(EmployerName, required: false, maxLength: 200);
        if (name is null || idNumber is null || index is null || household is null || !row.IsValid) return null;
        return new TalentLine(name, idNumber, index, mobile, household, native, current, education, categories, status, employer);
    }

    private EducationDetails? ReadEducation(ImportPass pass, ImportRow row)
    {
        var school = row.Text(School, required: false, maxLength: 100);
        var country = row.Text(Country, required: false, maxLength: 50);
        var major = row.Text(Major, required: false, maxLength: 100);
        var anyGiven = school is not null || country is not null || row.Text(Degree) is not null || major is not null || row.Text(Graduation) is not null;
        var degree = row.Choice(Degree, required: anyGiven, Degrees, ["专科", "本科", "硕士", "博士"]);
        // A month alone (2026年6月) is its first day: the person counts as graduated in the month of graduation, when
        // graduation-season services apply to them.
        var graduated = row.Date(Graduation, required: anyGiven, MonthOnly.FirstDay);
        if (!anyGiven) return null;
        if (school is null) row.FailKey(School, "Cell_Required");
        if (graduated is { } date && (date.Year < 1950 || date > pass.Today.AddYears(8)))
            row.Fail(Graduation, text["Import_GraduationRange", row.Header(Graduation), pass.Today.Year + 8]);

        var overseas = country is not null && country is not ("中国" or "中国大陆");
        University? university = null;
        if (school is not null && !overseas && (university = universities.FindByName(school)) is null)
            row.Fail(School, text["Import_UnknownSchool", row.Header(School), school]);
        if (school is null || degree is null || graduated is null || !row.IsValid) return null;

        // A major outside the undergraduate catalog (graduate programmes, schools abroad) is kept as its name.
        var known = majors.Find(major) ?? majors.FindByName(major);
        return new EducationDetails(university?.Code, university?.Name ?? school, overseas ? country : null, degree.Value,
            known?.Code, known?.Name ?? major ?? "", graduated.Value);
    }

    private static TalentCategory? ReadCategories(ImportRow row)
    {
        if (row.Text(Categories) is not { } given) return null;
        var categories = TalentCategory.None;
        foreach (var part in given.Split(['、', ',', '，', ';', '；', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (CategoryNames.TryGetValue(part, out var category)) categories |= category;
            else row.FailKey(Categories, "Cell_NotOneOf", part, "在校生/毕业生/离校未就业/留学回国");
        }
        return categories;
    }

    private void Create(ImportPass pass, TalentLine line)
    {
        var talent = new Talent(null, line.Name, ProtectedIdNumber.From(line.IdNumber, protection), line.Household, pass.NowUtc);
        db.Talents.Add(talent);
        talent.UpdatePersonal(line.Mobile is null ? null : ProtectedMobile.From(line.Mobile, protection), line.Native, line.Current,
            line.Categories ?? TalentCategory.None, pass.NowUtc);
        List<Education> educations = [];
        if (line.Education is { } details) educations.Add(db.Educations.Add(new Education(talent.Id, details, imported: true)).Entity);
        talent.SummariseEducation(educations, pass.Today);
        if (line.Employment is { } status && (status != EmploymentStatus.Unknown || line.EmployerName is not null))
            RecordEmployment(pass, talent, status, line.EmployerName);
    }

    /// <summary>Applies the row to a person on file; false (and nothing to save) when the row says what is on file.</summary>
    private bool Update(ImportPass pass, TalentLine line, Talent talent, List<Education> educations)
    {
        // Same index, same number: keep the cipher on file rather than encrypt it anew (a new nonce is a new value).
        talent.Update(line.Name, new ProtectedIdNumber(talent.IdNumberCipher, talent.IdNumberIndex, talent.IdNumberMasked,
            talent.Gender!.Value, talent.BirthDate!.Value), line.Household, pass.NowUtc);
        // An empty optional cell keeps what is on file: an import only adds to what the person or an officer entered.
        var onFile = talent.MobileCipher is null ? null : new ProtectedMobile(talent.MobileCipher, talent.MobileIndex!, talent.MobileMasked!);
        var mobile = line.Mobile is null || protection.BlindIndex(line.Mobile) == talent.MobileIndex ? onFile : ProtectedMobile.From(line.Mobile, protection);
        talent.UpdatePersonal(mobile, line.Native ?? talent.NativePlaceCode, line.Current ?? talent.CurrentRegionCode,
            line.Categories ?? talent.Categories, pass.NowUtc);

        var changed = false;
        if (line.Education is { } details)
        {
            var imported = educations.FirstOrDefault(e => e.IsImported);
            if (imported is null)
            {
                educations.Add(db.Educations.Add(new Education(talent.Id, details, imported: true)).Entity);
                changed = true;
            }
            else if (imported.Details != details)
            {
                imported.Edit(details);
                changed = true;
            }
        }
        talent.SummariseEducation(educations, pass.Today);

        if (line.Employment is { } status)
        {
            var employer = line.EmployerName ?? (status == talent.Employment ? talent.EmployerName : null);
            if (status != talent.Employment || employer != talent.EmployerName)
            {
                RecordEmployment(pass, talent, status, employer);
                changed = true;
            }
        }

        var entry = db.Entry(talent);
        entry.DetectChanges();
        if (changed || HasRealChanges(entry)) return true;
        entry.CurrentValues.SetValues(entry.OriginalValues);
        entry.State = EntityState.Unchanged;
        return false;
    }

    private void RecordEmployment(ImportPass pass, Talent talent, EmploymentStatus status, string? employerName)
    {
        talent.RecordEmployment(status, employerName, pass.NowUtc);
        db.EmploymentChanges.Add(new EmploymentChange(talent.Id, status, employerName, EmploymentSource.Import, pass.NowUtc));
    }

    private static bool HasRealChanges(EntityEntry entry) =>
        entry.Properties.Any(p => p.IsModified && !Bookkeeping.Contains(p.Metadata.Name)
            && !p.Metadata.GetValueComparer().Equals(p.OriginalValue, p.CurrentValue));

    private sealed record TalentLine(string Name, string IdNumber, string Index, string? Mobile, string Household, string? Native,
        string? Current, EducationDetails? Education, TalentCategory? Categories, EmploymentStatus? Employment, string? EmployerName);
}
