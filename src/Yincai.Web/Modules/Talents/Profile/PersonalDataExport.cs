using System.Data;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using Yincai.Modules.Audit.Contracts;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;
using Yincai.Platform.Excel;
using Yincai.Platform.Protection;

namespace Yincai.Modules.Talents.Profile;

/// <summary>
/// "Download my data" (PIPL Art. 45): everything the platform holds on the person, their own ID number and
/// disadvantaged groups in clear, as JSON or as an Excel workbook with one sheet per part, both readable as they are:
/// values in the reader's language and regions by their full names (山东省青岛市市南区). Each download is written
/// to the audit trail before the file is made.
/// </summary>
public sealed class PersonalDataExport(YincaiDb db, FieldProtection protection, RegionDirectory regions, IndustryCatalog industries,
    OccupationCatalog occupations,
    SensitiveDataViews views, IStringLocalizer<TalentsResource> text, TimeProvider clock)
{
    private static readonly string[] Fields =
        ["IdNumber", "DisadvantagedGroup", "Profile", "Educations", "Resumes", "EmploymentHistory", "Consents", "DeletionRequests"];

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // A file for the person, never embedded in a page: Chinese and quotes stay readable rather than \uXXXX.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The person's data as JSON: keys stay English (a machine-readable format), values read as on screen,
    /// in the reader's language (genders, categories, statuses as words, regions with their full names).</summary>
    public async Task<byte[]> JsonAsync(Talent talent, CancellationToken cancellationToken)
    {
        await views.RecordAsync(nameof(Talent), talent.Id.ToString(), Fields, "self_download_json", talent.RegionCode, cancellationToken);
        var d = await CollectAsync(talent, cancellationToken);
        var t = d.Talent;
        var document = new
        {
            ExportedAt = Display.Time(d.At),
            Profile = new
            {
                t.FullName, IdNumber = d.IdNumber, Gender = t.Gender is { } gender ? text["Gender_" + gender].Value : "", BirthDate = Date(t.BirthDate),
                HouseholdRegion = Region(d, t.RegionCode), d.Mobile, NativePlace = Region(d, t.NativePlaceCode),
                CurrentRegion = Region(d, t.CurrentRegionCode), Categories = Categories(t.Categories),
                DisadvantagedGroups = d.Disadvantaged is { } groups ? Disadvantaged(groups) : null,
                HighestDegree = Degree(t.HighestDegree), t.GraduationYear, t.SchoolName, t.MajorCode, t.MajorName,
                Intention = new
                {
                    Regions = t.IntendedRegionCodes.Select(c => Region(d, c)),
                    Industries = t.IntendedIndustryCodes.Select(c => new { Code = c, industries.Find(c)?.Name }),
                    JobTypes = t.IntendedJobTypes.Select(j => text["JobType_" + j].Value), t.SalaryMinYuan, t.SalaryMaxYuan,
                    Positions = t.IntendedPositions.Select(p => new
                    {
                        p.OccupationCode, Occupation = occupations.Find(p.OccupationCode)?.Name, p.Title,
                        City = p.RegionCode is null ? null : Region(d, p.RegionCode), p.SalaryMinYuan,
                    }),
                },
                t.Skills, SharesWithEmployers = YesNo(t.SharesWithEmployers), SharesWithStations = YesNo(t.SharesWithStations),
                Employment = text["Employment_" + t.Employment].Value, t.EmployerName,
                CreatedAt = Display.Time(t.CreatedAtUtc), UpdatedAt = Display.Time(t.UpdatedAtUtc),
            },
            Educations = d.Educations.Select(e => new
            {
                e.SchoolCode, e.SchoolName, e.Country, Degree = Degree(e.Degree), e.MajorCode, e.MajorName, GraduationDate = Date(e.GraduationDate),
            }),
            Resumes = d.Resumes.Select(r => new { r.Title, r.Text, r.PdfFileName, r.PdfBytes, UpdatedAt = Display.Time(r.UpdatedAtUtc) }),
            EmploymentHistory = d.Employment.Select(e => new
            {
                At = Display.Time(e.AtUtc), Status = text["Employment_" + e.Status].Value, e.EmployerName, Source = text["Source_" + e.Source].Value,
            }),
            Consents = d.Consents.Select(c => new
            {
                At = Display.Time(c.AtUtc), Purpose = text["Purpose_" + c.Purpose].Value, Answer = YesNo(c.Granted), c.TextVersion,
            }),
            DeletionRequests = d.Deletions.Select(r => new
            {
                RequestedAt = Display.Time(r.RequestedAtUtc), r.Reason, Status = text["Deletion_" + r.Status].Value,
                HandledAt = r.HandledAtUtc is { } handled ? Display.Time(handled) : null, r.Note,
            }),
        };
        return JsonSerializer.SerializeToUtf8Bytes(document, Json);
    }

    public async Task<byte[]> ExcelAsync(Talent talent, CancellationToken cancellationToken)
    {
        await views.RecordAsync(nameof(Talent), talent.Id.ToString(), Fields, "self_download_xlsx", talent.RegionCode, cancellationToken);
        var d = await CollectAsync(talent, cancellationToken);
        var t = d.Talent;

        var profile = Table(text["Export_Item"], text["Export_Value"]);
        void Row(string key, object? value) => profile.Rows.Add(text[key].Value, Cell(value));
        Row("Field_FullName", t.FullName);
        Row("Field_IdNumber", d.IdNumber);
        Row("Field_Gender", t.Gender is { } g ? text["Gender_" + g].Value : "");
        Row("Field_BirthDate", Date(t.BirthDate));
        Row("Field_HouseholdRegion", Name(d, t.RegionCode));
        Row("Field_Mobile", d.Mobile);
        Row("Field_NativePlace", Name(d, t.NativePlaceCode));
        Row("Field_CurrentRegion", Name(d, t.CurrentRegionCode));
        Row("Field_Categories", string.Join("、", Categories(t.Categories)));
        Row("Field_Disadvantaged", d.Disadvantaged is { } groups ? string.Join("、", Disadvantaged(groups)) : null);
        Row("Field_HighestDegree", Degree(t.HighestDegree));
        Row("Field_GraduationYear", t.GraduationYear);
        Row("Field_IntendedRegions", string.Join("、", t.IntendedRegionCodes.Select(c => Name(d, c))));
        Row("Field_IntendedIndustries", string.Join("、", t.IntendedIndustryCodes.Select(c => industries.Find(c)?.Name ?? c)));
        Row("Field_IntendedJobTypes", string.Join("、", t.IntendedJobTypes.Select(j => text["JobType_" + j].Value)));
        Row("Field_Positions", string.Join("；", t.IntendedPositions.Select(p => PositionText(p, d))));
        Row("Field_SalaryMin", t.SalaryMinYuan);
        Row("Field_SalaryMax", t.SalaryMaxYuan);
        Row("Field_Skills", string.Join("、", t.Skills));
        Row("Purpose_ShareWithEmployers", YesNo(t.SharesWithEmployers));
        Row("Purpose_ShareWithStations", YesNo(t.SharesWithStations));
        Row("Field_Employment", text["Employment_" + t.Employment].Value);
        Row("Field_EmployerName", t.EmployerName);

        var educations = Table(text["Field_School"], text["Field_Country"], text["Field_Degree"], text["Field_Major"],
            text["Field_MajorCode"], text["Field_GraduationDate"]);
        foreach (var e in d.Educations)
            educations.Rows.Add(Cell(e.SchoolName), Cell(e.Country), text["DegreeLevel_" + e.Degree].Value, Cell(e.MajorName), e.MajorCode, Date(e.GraduationDate));

        var resumes = Table(text["Field_ResumeTitle"], text["Field_ResumeText"], text["Field_Pdf"], text["Field_UpdatedAt"]);
        foreach (var r in d.Resumes) resumes.Rows.Add(Cell(r.Title), Cell(r.Text), Cell(r.PdfFileName), Display.Time(r.UpdatedAtUtc));

        var employment = Table(text["Field_Time"], text["Field_Employment"], text["Field_EmployerName"], text["Field_Source"]);
        foreach (var e in d.Employment)
            employment.Rows.Add(Display.Time(e.AtUtc), text["Employment_" + e.Status].Value, Cell(e.EmployerName), text["Source_" + e.Source].Value);

        var consents = Table(text["Field_Time"], text["Field_ConsentPurpose"], text["Field_Answer"], text["Field_TextVersion"]);
        foreach (var c in d.Consents)
            consents.Rows.Add(Display.Time(c.AtUtc), text["Purpose_" + c.Purpose].Value, YesNo(c.Granted), c.TextVersion);

        var deletions = Table(text["Field_RequestedAt"], text["Field_Reason"], text["Field_Status"], text["Field_HandledAt"], text["Field_Note"]);
        foreach (var r in d.Deletions)
            deletions.Rows.Add(Display.Time(r.RequestedAtUtc), Cell(r.Reason), text["Deletion_" + r.Status].Value,
                r.HandledAtUtc is { } handled ? Display.Time(handled) : "", Cell(r.Note));

        var sheets = new Dictionary<string, object>
        {
            [text["Sheet_Profile"]] = profile, [text["Sheet_Educations"]] = educations, [text["Sheet_Resumes"]] = resumes,
            [text["Sheet_Employment"]] = employment, [text["Sheet_Consents"]] = consents, [text["Sheet_Deletions"]] = deletions,
        };
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, cancellationToken: cancellationToken);
        return stream.ToArray();
    }

    private async Task<Collected> CollectAsync(Talent talent, CancellationToken cancellationToken)
    {
        var id = talent.Id;
        var educations = await db.Educations.AsNoTracking().Where(e => e.TalentId == id).OrderBy(e => e.GraduationDate).ToListAsync(cancellationToken);
        var resumes = await db.Resumes.AsNoTracking().Where(r => r.TalentId == id).OrderBy(r => r.UpdatedAtUtc)
            .Select(r => new ResumeListing(r.Id, r.Title, r.Text, r.PdfFileName, r.PdfBytes, r.UpdatedAtUtc)).ToListAsync(cancellationToken);
        var employment = await db.EmploymentChanges.AsNoTracking().Where(e => e.TalentId == id).OrderBy(e => e.AtUtc).ToListAsync(cancellationToken);
        var consents = await db.Consents.AsNoTracking().Where(c => c.TalentId == id).OrderBy(c => c.AtUtc).ToListAsync(cancellationToken);
        var deletions = await db.DeletionRequests.AsNoTracking().Where(r => r.TalentId == id).OrderBy(r => r.RequestedAtUtc).ToListAsync(cancellationToken);
        string?[] codes = [talent.RegionCode, talent.NativePlaceCode, talent.CurrentRegionCode, .. talent.IntendedRegionCodes,
            .. talent.IntendedPositions.Select(p => p.RegionCode)];
        var names = await regions.FullNamesAsync(codes.OfType<string>().Distinct().ToList(), cancellationToken);
        return new Collected(clock.GetUtcNow().UtcDateTime, talent, protection.Decrypt(talent.IdNumberCipher),
            talent.MobileCipher is null ? null : protection.Decrypt(talent.MobileCipher),
            DisadvantagedGroupProtection.Decrypt(talent.DisadvantagedCipher, protection),
            educations, resumes, employment, consents, deletions, names);
    }

    private static DataTable Table(params LocalizedString[] columns)
    {
        var table = new DataTable();
        foreach (var column in columns) table.Columns.Add(column.Value, typeof(object));
        return table;
    }

    /// <summary>A value as a cell; text that a spreadsheet could take for a formula gets a leading quote (SECURITY.md §3).</summary>
    private static object? Cell(object? value) =>
        value is string s ? ExcelWriter.Neutralise(s) : value;

    private static object? Region(Collected d, string? code) => code is null ? null : new { Code = code, Name = d.RegionNames.GetValueOrDefault(code) };

    private List<string> Categories(TalentCategory categories) => Flags(categories).Select(c => text["Category_" + c].Value).ToList();

    private List<string> Disadvantaged(DisadvantagedGroup groups) =>
        Flags(groups) is { Count: > 0 } flags ? flags.Select(g => text["Disadvantaged_" + g].Value).ToList() : [text["Disadvantaged_None"].Value];

    private string? Degree(DegreeLevel degree) => degree == DegreeLevel.None ? null : text["DegreeLevel_" + degree].Value;

    private string YesNo(bool yes) => text[yes ? "Consent_Yes" : "Consent_No"].Value;

    /// <summary>2-02-10 信息和通信工程技术人员（Java开发，济南市，9000元起）.</summary>
    private string PositionText(IntendedPosition p, Collected d)
    {
        var details = new[] { p.Title, Name(d, p.RegionCode), p.SalaryMinYuan is { } pay ? text["Position_PayFrom", pay].Value : null }
            .Where(x => !string.IsNullOrEmpty(x)).ToList();
        var name = $"{p.OccupationCode} {occupations.Find(p.OccupationCode)?.Name}".Trim();
        return details.Count == 0 ? name : $"{name}（{string.Join("，", details)}）";
    }

    private static string? Name(Collected d, string? code) => code is null ? null : d.RegionNames.GetValueOrDefault(code) ?? code;

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static List<T> Flags<T>(T value) where T : struct, Enum =>
        Enum.GetValues<T>().Where(f => Convert.ToInt32(f, CultureInfo.InvariantCulture) != 0 && value.HasFlag(f)).ToList();

    private sealed record Collected(DateTime At, Talent Talent, string IdNumber, string? Mobile, DisadvantagedGroup? Disadvantaged,
        List<Education> Educations, List<ResumeListing> Resumes, List<EmploymentChange> Employment, List<Consent> Consents,
        List<DeletionRequest> Deletions, Dictionary<string, string> RegionNames);
}
