using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Imports.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;
using Yincai.Platform.Validation;

namespace Yincai.Modules.Employers.Import;

/// <summary>
/// Imports employers by unified social credit code. The importing officer vouches for them: a new or changed
/// employer is verified by that officer at once. An employer on file in another region is refused, never updated.
/// </summary>
public sealed partial class EmployerImporter(YincaiDb db, RegionDirectory regions, IndustryCatalog industries,
    IStringLocalizer<EmployersResource> text) : IRowImporter
{
    private const int Name = 0, CreditCode = 1, Region = 2, Industry = 3, Ownership = 4, Size = 5, Address = 6, ContactName = 7,
        ContactPhone = 8;

    private static readonly Dictionary<string, OwnershipType> Ownerships = new()
    {
        ["国有"] = OwnershipType.StateOwned, ["国有企业"] = OwnershipType.StateOwned, ["集体"] = OwnershipType.Collective,
        ["集体企业"] = OwnershipType.Collective, ["民营"] = OwnershipType.Private, ["民营企业"] = OwnershipType.Private,
        ["私营"] = OwnershipType.Private, ["私营企业"] = OwnershipType.Private, ["外资"] = OwnershipType.ForeignInvested,
        ["外资企业"] = OwnershipType.ForeignInvested, ["港澳台"] = OwnershipType.HongKongMacaoTaiwan,
        ["港澳台资企业"] = OwnershipType.HongKongMacaoTaiwan, ["事业单位"] = OwnershipType.PublicInstitution,
        ["社会组织"] = OwnershipType.SocialOrganisation, ["其他"] = OwnershipType.Other,
    };

    private static readonly Dictionary<string, EmployerSize> Sizes = new()
    {
        ["微型"] = EmployerSize.Micro, ["小型"] = EmployerSize.Small, ["中型"] = EmployerSize.Medium, ["大型"] = EmployerSize.Large,
    };

    private RegionLookup? _regions;

    public ImportKind Kind => ImportKind.Employers;

    public IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("单位名称", true, text["Import_Help_Name"], "青岛示例科技有限公司"),
        new("统一社会信用代码", true, text["Import_Help_CreditCode"], "91350100M000100Y43", AsText: true),
        new("所在地区代码", true, text["Import_Help_Region"], "370202"),
        new("行业代码（国民经济行业分类大类）", true, text["Import_Help_Industry"], "65"),
        new("单位性质（国有企业/集体企业/民营企业/外资企业/港澳台资企业/事业单位/社会组织/其他）", true, text["Import_Help_Ownership"], "民营企业"),
        new("单位规模（微型/小型/中型/大型）", true, text["Import_Help_Size"], "小型"),
        new("单位地址", true, text["Import_Help_Address"], "青岛市市南区香港中路 1 号"),
        new("联系人", true, text["Import_Help_ContactName"], "王芳"),
        new("联系电话", true, text["Import_Help_ContactPhone"], "0532-80000000", AsText: true),
    ];

    public async Task<ImportBatchOutcome> ProcessAsync(ImportPass pass, IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken)
    {
        var known = _regions ??= await regions.LookupAsync(cancellationToken);
        var lines = rows.Select(row => (Row: row, Details: Read(pass, row, known))).Where(l => l.Details is not null && l.Row.IsValid)
            .Select(l => (l.Row, Details: l.Details!)).ToList();

        // A credit code is unique nationwide: whether it is on file anywhere decides between create and refuse.
        var codes = lines.Select(l => l.Details.CreditCode).ToList();
        // In the write pass the table grows with every batch, in this transaction: planned for its size now (CustomPlans).
        var elsewhere = (await db.Database.PlannedForTablesAsTheyAreAsync(() => db.Employers.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking()
                .Where(e => codes.Contains(e.CreditCode)).Select(e => new { e.CreditCode, e.RegionCode }).ToListAsync(cancellationToken), cancellationToken))
            .Where(e => !db.Scope.Contains(e.RegionCode)).Select(e => e.CreditCode).ToHashSet();
        foreach (var (row, _) in lines.Where(l => elsewhere.Contains(l.Details.CreditCode)))
            row.Fail(CreditCode, text["Import_OtherRegion", row.Header(CreditCode)]);

        var errors = rows.SelectMany(r => r.Errors).ToList();
        if (!pass.Write) return new ImportBatchOutcome(errors);

        var valid = lines.Where(l => l.Row.IsValid).Select(l => l.Details).ToList();
        var validCodes = valid.Select(d => d.CreditCode).ToList();
        var existing = await db.Database.PlannedForTablesAsTheyAreAsync(
            () => db.Employers.Where(e => validCodes.Contains(e.CreditCode)).ToDictionaryAsync(e => e.CreditCode, cancellationToken), cancellationToken);
        var (created, updated, unchanged) = (0, 0, 0);
        foreach (var details in valid)
        {
            if (!existing.TryGetValue(details.CreditCode, out var employer))
            {
                employer = new Employer(details, pass.OfficerId, pass.NowUtc);
                employer.Verify(pass.OfficerId, pass.NowUtc);
                db.Employers.Add(employer);
                created++;
                continue;
            }
            if (DetailsOf(employer) == details && employer.Status == EmployerStatus.Verified)
            {
                unchanged++;
                continue;
            }
            // A rejected employer goes back to pending on update; the officer's import then verifies it.
            if (DetailsOf(employer) != details || employer.Status == EmployerStatus.Rejected) employer.Update(details);
            if (employer.Status == EmployerStatus.Pending) employer.Verify(pass.OfficerId, pass.NowUtc);
            updated++;
        }
        return new ImportBatchOutcome(errors, created, updated, unchanged);
    }

    private EmployerDetails? Read(ImportPass pass, ImportRow row, RegionLookup known)
    {
        var name = row.Text(Name, required: true, maxLength: 200);
        string? code = null;
        if (row.Code(CreditCode, required: true) is { } rawCode)
        {
            var checkedCode = SocialCreditCode.Validate(rawCode, row.Header(CreditCode));
            if (checkedCode.IsError) row.Fail(CreditCode, checkedCode.Error!.Message);
            else if (!row.IsRepeated(pass, CreditCode, checkedCode.Value!.Value)) code = checkedCode.Value.Value;
        }
        var region = row.RegionCode(Region, required: true, known, db.Scope);
        var industry = row.Text(Industry);
        // A division typed as a number loses its leading zero (01 agriculture becomes 1).
        if (industry is { Length: 1 }) industry = "0" + industry;
        if (industry is null) row.FailKey(Industry, "Cell_Required");
        else if (industries.Find(industry) is not { Level: "division" }) row.Fail(Industry, text["Import_UnknownIndustry", row.Header(Industry), industry]);
        var ownership = row.Choice(Ownership, required: true, Ownerships,
            ["国有企业", "集体企业", "民营企业", "外资企业", "港澳台资企业", "事业单位", "社会组织", "其他"]);
        var size = row.Choice(Size, required: true, Sizes, Sizes.Keys);
        var address = row.Text(Address, required: true, maxLength: 200);
        var contact = row.Text(ContactName, required: true, maxLength: 50);
        var phone = row.Text(ContactPhone, required: true, maxLength: 20);
        if (phone is not null && !Phone().IsMatch(phone)) row.Fail(ContactPhone, text["Import_PhoneFormat", row.Header(ContactPhone)]);
        if (name is { Length: < 2 }) row.Fail(Name, text["Import_NameTooShort", row.Header(Name)]);
        if (!row.IsValid) return null;
        return new EmployerDetails(code!, name!, region!, industry!, ownership!.Value, size!.Value, address!, contact!, phone!);
    }

    private static EmployerDetails DetailsOf(Employer e) =>
        new(e.CreditCode, e.Name, e.RegionCode, e.IndustryCode, e.Ownership, e.Size, e.Address, e.ContactName, e.ContactPhone);

    // The registration form's rule (EmployerForm.ContactPhone).
    [GeneratedRegex(@"\A[0-9+\- ]{7,20}\z")]
    private static partial Regex Phone();
}
