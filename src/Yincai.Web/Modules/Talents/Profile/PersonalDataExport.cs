using System.Data;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using Yincai.Modules.Audit.Contracts;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;
using Yincai.Platform.Excel;
using Yincai.Platform.Protection;

namespace Yincai.Modules.Talents.Profile;

/// <summary>
/// "Download my data" (PIPL Art. 45): everything the platform holds on the person, their own ID number and
/// disadvantaged groups in clear, as JSON or as an Excel workbook with one sheet per part. Each download is written
/// to the audit trail before the file is made.
/// </summary>
public sealed class PersonalDataExport(YincaiDb db, FieldProtection protection, RegionDirectory regions, IndustryCatalog industries,
    SensitiveDataViews views, IStringLocalizer<TalentsResource> text, TimeProvider clock)
{
    private static readonly string[] Fields =
        ["IdNumber", "DisadvantagedGroup", "Profile", "Educations", "Resumes", "EmploymentHistory", "Consents", "DeletionRequests"];

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // A file for the person, never embedded in a page: Chinese stays readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public async Task<byte[]> JsonAsync(Talent talent, CancellationToken cancellationToken)
    {
        await views.RecordAsync(nameof(Talent), talent.Id.ToString(), Fields, "self_download_json", talent.RegionCode, cancellationToken);
        var d = await CollectAsync(talent, cancellationToken);
        var t = d.Talent;
        var document = new
        {
            ExportedAtUtc = d.At,
            Profile = new
            {
                t.FullName, IdNumber = d.IdNumber, t.Gender, t.BirthDate,
                HouseholdRegion = Region(d, t.RegionCode), d.Mobile, NativePlace = Region(d, t.NativePlaceCode),
                CurrentRegion = Region(d, t.CurrentRegionCode), Categories = Flags(t.Categories),
                DisadvantagedGroups = d.Disadvantaged is { } groups ? Flags(groups) : null,
                t.HighestDegree, t.GraduationYear, t.SchoolName, t.MajorCode, t.MajorName,
                Intention = new
                {
                    Regions = t.IntendedRegionCodes.Select(c => Region(d, c)),
                    Industries = t.IntendedIndustryCodes.Select(c => new { Code = c, industries.Find(c)?.Name }),
                    JobTypes = t.IntendedJobTypes, t.SalaryMinYuan, t.SalaryMaxYuan,
                },
                t.Skills, t.SharesWithEmployers, t.SharesWithStations, t.Employment, t.EmployerName,
                t.CreatedAtUtc, t.UpdatedAtUtc,
            },
            Educations = d.Educations.Select(e => new { e.SchoolCode, e.SchoolName, e.Country, e.Degree, e.MajorCode, e.MajorName, e.GraduationDate }),
            Resumes = d.Resumes.Select(r => new { r.Title, r.Text, r.PdfFileName, r.PdfBytes, r.UpdatedAtUtc }),
            EmploymentHistory = d.Employment.Select(e => new { e.AtUtc, e.Status, e.EmployerName, e.Source }),
            Consents = d.Consents.Select(c => new { c.AtUtc, c.Purpose, c.Granted, c.TextVersion }),
            DeletionRequests = d.Deletions.Select(r => new { r.RequestedAtUtc, r.Reason, r.Status, r.HandledAtUtc, r.Note }),
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
        Row("Field_Gender", text["Gender_" + t.Gender].Value);
        Row("Field_BirthDate", Date(t.BirthDate));
        Row("Field_HouseholdRegion", Name(d, t.RegionCode));
        Row("Field_Mobile", d.Mobile);
        Row("Field_NativePlace", Name(d, t.NativePlaceCode));
        Row("Field_CurrentRegion", Name(d, t.CurrentRegionCode));
        Row("Field_Categories", string.Join("、", Flags(t.Categories).Select(c => text["Category_" + c].Value)));
        Row("Field_Disadvantaged", d.Disadvantaged is { } groups
            ? Flags(groups).Count == 0 ? text["Disadvantaged_None"].Value : string.Join("、", Flags(groups).Select(g => text["Disadvantaged_" + g].Value))
            : null);
        Row("Field_HighestDegree", t.HighestDegree == DegreeLevel.None ? null : text["DegreeLevel_" + t.HighestDegree].Value);
        Row("Field_GraduationYear", t.GraduationYear);
        Row("Field_IntendedRegions", string.Join("、", t.IntendedRegionCodes.Select(c => Name(d, c))));
        Row("Field_IntendedIndustries", string.Join("、", t.IntendedIndustryCodes.Select(c => industries.Find(c)?.Name ?? c)));
        Row("Field_IntendedJobTypes", string.Join("、", t.IntendedJobTypes.Select(j => text["JobType_" + j].Value)));
        Row("Field_SalaryMin", t.SalaryMinYuan);
        Row("Field_SalaryMax", t.SalaryMaxYuan);
        Row("Field_Skills", string.Join("、", t.Skills));
        Row("Purpose_ShareWithEmployers", text[t.SharesWithEmployers ? "Consent_Yes" : "Consent_No"].Value);
        Row("Purpose_ShareWithStations", text[t.SharesWithStations ? "Consent_Yes" : "Consent_No"].Value);
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
            consents.Rows.Add(Display.Time(c.AtUtc), text["Purpose_" + c.Purpose].Value, text[c.Granted ? "Consent_Yes" : "Consent_No"].Value, c.TextVersion);

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
        string?[] codes = [talent.RegionCode, talent.NativePlaceCode, talent.CurrentRegionCode, .. talent.IntendedRegionCodes];
        var names = await regions.NamesAsync(codes.OfType<string>().Distinct().ToList(), cancellationToken);
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

    private static string? Name(Collected d, string? code) => code is null ? null : d.RegionNames.GetValueOrDefault(code) ?? code;

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static List<T> Flags<T>(T value) where T : struct, Enum =>
        Enum.GetValues<T>().Where(f => Convert.ToInt32(f, CultureInfo.InvariantCulture) != 0 && value.HasFlag(f)).ToList();

    private sealed record Collected(DateTime At, Talent Talent, string IdNumber, string? Mobile, DisadvantagedGroup? Disadvantaged,
        List<Education> Educations, List<ResumeListing> Resumes, List<EmploymentChange> Employment, List<Consent> Consents,
        List<DeletionRequest> Deletions, Dictionary<string, string> RegionNames);
}
