using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Audit.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;
using Yincai.Platform.Protection;
using Yincai.Platform.Validation;

namespace Yincai.Modules.Talents;

/// <summary>A talent keeps their own record; one person, one record, found by the ID number's blind index.
/// Officers correct records in their scope through the same checks.</summary>
public sealed class TalentProfiles(YincaiDb db, FieldProtection protection, RegionDirectory regions,
    IStringLocalizer<TalentsResource> text, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public Task<Talent?> MineAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Talents.FirstOrDefaultAsync(t => t.UserId == userId, cancellationToken);

    public Task<Result<Talent>> SaveAsync(Guid userId, string fullName, string? idNumber, string? householdRegionCode,
        CancellationToken cancellationToken) =>
        SaveAsync(userId, fullName, idNumber, householdRegionCode, null, cancellationToken);

    /// <summary>
    /// Saves the person's own record in one go: name, ID number (null keeps the number on file), household region
    /// and, when given, the other personal details. Any invalid field changes nothing.
    /// </summary>
    public async Task<Result<Talent>> SaveAsync(Guid userId, string fullName, string? idNumber, string? householdRegionCode,
        PersonalDetails? personal, CancellationToken cancellationToken)
    {
        var now = Now;
        var mine = await MineAsync(userId, cancellationToken);
        if (idNumber is null && mine is null) return new Error("talents.id_number_required", text["Error_IdNumberRequired"], "IdNumber");
        var id = ResidentIdNumber.Validate(idNumber ?? protection.Decrypt(mine!.IdNumberCipher), text["Field_IdNumber"], ChinaClock.DateOf(now));
        if (id.IsError) return id.Error! with { Field = "IdNumber" };
        if (!await IsRegionAsync(householdRegionCode, cancellationToken))
            return new Error("talents.unknown_region", text["Error_UnknownRegion"], "HouseholdRegionCode");
        if (personal is not null)
        {
            var checkedDetails = await CheckAsync(personal, cancellationToken);
            if (checkedDetails.IsError) return checkedDetails.Error!;
            personal = checkedDetails.Value;
        }

        var protectedId = ProtectedIdNumber.From(id.Value!, protection);
        if (mine is not null && protectedId.Index != mine.IdNumberIndex)
            return new Error("talents.id_number_locked", text["Error_IdNumberLocked"], "IdNumber");
        var holder = await db.Talents.AsNoTracking().Where(t => t.IdNumberIndex == protectedId.Index)
            .Select(t => new { t.Id, t.UserId }).FirstOrDefaultAsync(cancellationToken);
        if (holder is not null && holder.Id != mine?.Id)
            return new Error("talents.id_number_taken", text["Error_IdNumberTaken"], "IdNumber");

        if (mine is null)
        {
            mine = new Talent(userId, fullName.Trim(), protectedId, householdRegionCode!, now);
            db.Talents.Add(mine);
        }
        else
        {
            mine.Update(fullName.Trim(), protectedId, householdRegionCode!, now);
        }
        if (personal is not null) Apply(mine, personal, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique index caught a registration of the same person at the same moment.
            db.ChangeTracker.Clear();
            if (await db.Talents.AnyAsync(t => t.IdNumberIndex == protectedId.Index && t.UserId != userId, cancellationToken))
                return new Error("talents.id_number_taken", text["Error_IdNumberTaken"], "IdNumber");
            throw;
        }
        return mine;
    }

    /// <summary>
    /// An officer's correction of the ID number of a talent in their scope, with the reason, which goes to the audit
    /// trail beside the record's own change (the numbers there only masked).
    /// </summary>
    public async Task<Result> CorrectIdNumberAsync(Talent talent, string? idNumber, string? reason, CurrentUser officer,
        CancellationToken cancellationToken)
    {
        var id = ResidentIdNumber.Validate(idNumber, text["Field_IdNumber"], ChinaClock.DateOf(Now));
        if (id.IsError) return id.Error! with { Field = "IdNumber" };
        if (string.IsNullOrWhiteSpace(reason)) return new Error("talents.correction_reason", text["Error_CorrectionReason"], "Reason");
        var protectedId = ProtectedIdNumber.From(id.Value!, protection);
        if (protectedId.Index == talent.IdNumberIndex) return new Error("talents.id_number_same", text["Error_IdNumberSame"], "IdNumber");
        var before = talent.IdNumberMasked;
        talent.CorrectIdNumber(protectedId, Now);
        db.Audit(new AuditRecord(AuditActions.IdNumberCorrected, AuditOutcome.Success, officer.Id, officer.UserName, nameof(Talent),
            talent.Id.ToString(), talent.RegionCode, AuditJson.Serialize(new { idNumber = before }),
            AuditJson.Serialize(new { idNumber = talent.IdNumberMasked, reason = reason.Trim() }), officer.IpAddress));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            // The unique index: another record, perhaps outside this officer's scope, holds the number.
            db.ChangeTracker.Clear();
            if (await db.Talents.IgnoreQueryFilters([YincaiDb.RegionFilter]).AnyAsync(t => t.IdNumberIndex == protectedId.Index, cancellationToken))
                return new Error("talents.id_number_taken", text["Error_IdNumberTaken"], "IdNumber");
            throw;
        }
        return Result.Ok();
    }

    /// <summary>Saves name and region of an existing record without touching the ID number on file.</summary>
    public Task<Result<Talent>> SaveKeepingIdAsync(Guid userId, string fullName, string? householdRegionCode,
        CancellationToken cancellationToken) =>
        SaveAsync(userId, fullName, null, householdRegionCode, null, cancellationToken);

    /// <summary>
    /// An officer's correction of a record in their scope: name, household region (only to a region in the same
    /// scope), personal details and, when it changed, the employment status (history source Officer).
    /// </summary>
    public async Task<Result> CorrectAsync(Talent talent, string fullName, string? householdRegionCode, PersonalDetails personal,
        EmploymentStatus employment, string? employerName, CancellationToken cancellationToken)
    {
        if (!await IsRegionAsync(householdRegionCode, cancellationToken))
            return new Error("talents.unknown_region", text["Error_UnknownRegion"], "HouseholdRegionCode");
        if (!db.Scope.Contains(householdRegionCode))
            return new Error("talents.region_outside_scope", text["Error_RegionOutsideScope"], "HouseholdRegionCode");
        var checkedDetails = await CheckAsync(personal, cancellationToken);
        if (checkedDetails.IsError) return checkedDetails.Error!;
        var employmentChange = CheckEmployment(employment, employerName);
        if (employmentChange.IsError) return employmentChange.Error!;

        var now = Now;
        talent.CorrectIdentity(fullName.Trim(), householdRegionCode!, now);
        Apply(talent, checkedDetails.Value!, now);
        if (talent.Employment != employment || talent.EmployerName != employmentChange.Value)
            RecordEmployment(talent, employment, employmentChange.Value, EmploymentSource.Officer, now);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }

    /// <summary>The keyed hash under which a (normalised) ID number is found, without decrypting anything.</summary>
    public string BlindIndexOf(string normalised) => protection.BlindIndex(normalised);

    /// <summary>Checks a status and employer name; returns the employer name to keep (none unless employed).</summary>
    public Result<string?> CheckEmployment(EmploymentStatus status, string? employerName)
    {
        if (status is not (EmploymentStatus.Seeking or EmploymentStatus.Employed))
            return new Error("talents.employment_status", text["Error_EmploymentStatus"], "Employment");
        if (status == EmploymentStatus.Seeking) return Result<string?>.Ok(null);
        var name = employerName?.Trim();
        if (string.IsNullOrEmpty(name)) return new Error("talents.employer_required", text["Error_EmployerRequired"], "EmployerName");
        if (name.Length > 200) return new Error("talents.employer_too_long", text["Error_EmployerTooLong"], "EmployerName");
        return name;
    }

    /// <summary>Changes the current status and appends the change to the history, in the caller's unit of work.</summary>
    public void RecordEmployment(Talent talent, EmploymentStatus status, string? employerName, EmploymentSource source, DateTime nowUtc)
    {
        talent.RecordEmployment(status, employerName, nowUtc);
        db.EmploymentChanges.Add(new EmploymentChange(talent.Id, status, employerName, source, nowUtc));
    }

    /// <summary>The flags in clear, for the person themselves or after an audited reveal.</summary>
    public DisadvantagedGroup? Disadvantaged(Talent talent) => DisadvantagedGroupProtection.Decrypt(talent.DisadvantagedCipher, protection);

    /// <summary>The mobile number in clear, for the person themselves (their own data needs no reveal).</summary>
    public string? MobileOf(Talent talent) => talent.MobileCipher is null ? null : protection.Decrypt(talent.MobileCipher);

    private void Apply(Talent talent, PersonalDetails personal, DateTime now)
    {
        // No number given keeps the one on file: officers edit without ever seeing it in clear.
        var mobile = personal.Mobile is { } number ? ProtectedMobile.From(number, protection)
            : talent.MobileCipher is null ? null : new ProtectedMobile(talent.MobileCipher, talent.MobileIndex!, talent.MobileMasked!);
        talent.UpdatePersonal(mobile, personal.NativePlaceCode, personal.CurrentRegionCode, personal.Categories, now);
        if (personal.Disadvantaged is { } groups)
            talent.SetDisadvantaged(DisadvantagedGroupProtection.Encrypt(groups, protection));
    }

    private async Task<Result<PersonalDetails>> CheckAsync(PersonalDetails personal, CancellationToken cancellationToken)
    {
        string? mobile = null;
        if (!string.IsNullOrWhiteSpace(personal.Mobile))
        {
            var number = MobileNumber.Validate(personal.Mobile, text["Field_Mobile"]);
            if (number.IsError) return number.Error! with { Field = "Mobile" };
            mobile = number.Value;
        }
        var native = Blank(personal.NativePlaceCode);
        if (native is not null && !await IsRegionAsync(native, cancellationToken))
            return new Error("talents.unknown_native_place", text["Error_UnknownNativePlace"], "NativePlaceCode");
        var current = Blank(personal.CurrentRegionCode);
        if (current is not null && !await IsRegionAsync(current, cancellationToken))
            return new Error("talents.unknown_current_region", text["Error_UnknownCurrentRegion"], "CurrentRegionCode");
        const DisadvantagedGroup all = DisadvantagedGroup.PoorFamily | DisadvantagedGroup.MinimumLivingAllowance
            | DisadvantagedGroup.Disabled | DisadvantagedGroup.ZeroEmploymentFamily;
        return personal with
        {
            Mobile = mobile, NativePlaceCode = native, CurrentRegionCode = current,
            Categories = personal.Categories & Talent.DeclarableCategories,
            Disadvantaged = personal.Disadvantaged & all,
        };
    }

    private async Task<bool> IsRegionAsync(string? code, CancellationToken cancellationToken) =>
        RegionScope.IsRegionCode(code) && await regions.ExistsAsync(code!, cancellationToken);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
