using Microsoft.EntityFrameworkCore;
using Yincai.Platform;
using Yincai.Platform.Protection;

namespace Yincai.Modules.Talents.Contracts;

/// <summary>A person other modules enrol into the talent pool (an ambassador a city recruits): the record found by the ID
/// number's blind index, or a new one.</summary>
public sealed record EnrolledTalent(Guid Id, Guid? UserId, string FullName, string IdNumberMasked, bool Created);

/// <summary>
/// Finds or creates the talent behind a person another module records (one person, one record), and reads the ID number in
/// clear for an audited reveal. Writes go into the caller's unit of work.
/// </summary>
public sealed class TalentEnrolment(YincaiDb db, FieldProtection protection)
{
    public string BlindIndexOf(string normalisedIdNumber) => protection.BlindIndex(normalisedIdNumber);

    /// <summary>
    /// The talent with this (validated, normalised) ID number, wherever it is registered; otherwise a new record with
    /// <paramref name="regionCode"/> as its household region (the recruiting region, until an officer corrects it) and the
    /// native place given. Nothing is saved here.
    /// </summary>
    public async Task<EnrolledTalent> EnsureAsync(string fullName, string normalisedIdNumber, string regionCode, string? nativePlaceCode,
        DateTime nowUtc, CancellationToken cancellationToken)
    {
        var index = protection.BlindIndex(normalisedIdNumber);
        // One person nationwide: the look-up crosses the region scope and reads only what identifies the record.
        var existing = db.Talents.Local.FirstOrDefault(t => t.IdNumberIndex == index)
            ?? await db.Talents.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking()
                .FirstOrDefaultAsync(t => t.IdNumberIndex == index, cancellationToken);
        if (existing is not null) return new EnrolledTalent(existing.Id, existing.UserId, existing.FullName, existing.IdNumberMasked, false);
        var talent = new Talent(null, fullName.Trim(), ProtectedIdNumber.From(normalisedIdNumber, protection), regionCode, nowUtc);
        talent.UpdatePersonal(null, nativePlaceCode, null, TalentCategory.None, nowUtc);
        db.Talents.Add(talent);
        return new EnrolledTalent(talent.Id, null, talent.FullName, talent.IdNumberMasked, true);
    }

    /// <summary>The talent holding this (validated, normalised) ID number, wherever registered: its id, household region, whether
    /// it was erased, and whether <paramref name="normalisedMobile"/> is the mobile on record (true when none is); null when there is
    /// none. Reads only, so a caller can decide before it changes anything.</summary>
    public async Task<(Guid Id, string RegionCode, bool IsErased, bool SameMobile)?> FindAsync(string normalisedIdNumber, string? normalisedMobile,
        CancellationToken cancellationToken)
    {
        var index = protection.BlindIndex(normalisedIdNumber);
        var mobile = normalisedMobile is null ? null : protection.BlindIndex(normalisedMobile);
        if (db.Talents.Local.FirstOrDefault(t => t.IdNumberIndex == index) is { } local)
            return (local.Id, local.RegionCode, local.IsErased, local.MobileIndex is null || local.MobileIndex == mobile);
        var found = await db.Talents.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().Where(t => t.IdNumberIndex == index)
            .Select(t => new { t.Id, t.RegionCode, t.IsErased, t.MobileIndex }).FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : (found.Id, found.RegionCode, found.IsErased, found.MobileIndex is null || found.MobileIndex == mobile);
    }

    /// <summary>
    /// The talent behind a graduate of the real-name database (GRD-01), in the caller's unit of work: the record with this ID
    /// number wherever it is registered, given the mobile and the school when it lacks them; otherwise a new record with the
    /// household region, mobile and education given. An existing person's name and household region are an officer's to
    /// correct, never overwritten by a list or a form. Call it only for a graduate record the caller's scope holds: the talent
    /// record is written whatever its household region.
    /// </summary>
    public async Task<EnrolledTalent> EnsureGraduateAsync(GraduatePerson person, DateOnly today, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var index = protection.BlindIndex(person.NormalisedIdNumber);
        var talent = db.Talents.Local.FirstOrDefault(t => t.IdNumberIndex == index)
            ?? await db.Talents.IgnoreQueryFilters([YincaiDb.RegionFilter]).FirstOrDefaultAsync(t => t.IdNumberIndex == index, cancellationToken);
        var created = talent is null;
        if (talent is null)
        {
            talent = new Talent(null, person.FullName.Trim(), ProtectedIdNumber.From(person.NormalisedIdNumber, protection), person.HouseholdRegionCode, nowUtc);
            db.Talents.Add(talent);
        }
        if (talent.IsErased) return new EnrolledTalent(talent.Id, talent.UserId, talent.FullName, talent.IdNumberMasked, false);
        // The caller's graduate record is in its scope; the person's household may be elsewhere (from another province).
        db.PermitOutsideScope(talent);
        if (talent.MobileIndex is null && person.NormalisedMobile is { } mobile)
            talent.UpdatePersonal(ProtectedMobile.From(mobile, protection), talent.NativePlaceCode, talent.CurrentRegionCode, talent.Categories, nowUtc);
        if (person.Disadvantaged != DisadvantagedGroup.None)
        {
            var held = DisadvantagedGroupProtection.Decrypt(talent.DisadvantagedCipher, protection) ?? DisadvantagedGroup.None;
            if ((held | person.Disadvantaged) != held)
                talent.SetDisadvantaged(DisadvantagedGroupProtection.Encrypt(held | person.Disadvantaged, protection));
        }
        var educations = created ? [] : await db.Educations.Where(e => e.TalentId == talent.Id).ToListAsync(cancellationToken);
        educations.AddRange(db.Educations.Local.Where(e => e.TalentId == talent.Id && !educations.Contains(e)));
        var details = new EducationDetails(person.SchoolCode, person.SchoolName.Trim(), null, person.Degree, person.MajorCode, person.MajorName.Trim(),
            person.GraduationDate);
        if (!educations.Any(e => e.Degree == details.Degree && (e.SchoolCode ?? e.SchoolName) == (details.SchoolCode ?? details.SchoolName)))
        {
            var education = new Education(talent.Id, details);
            db.Educations.Add(education);
            educations.Add(education);
            talent.SummariseEducation(educations, today);
        }
        return new EnrolledTalent(talent.Id, talent.UserId, talent.FullName, talent.IdNumberMasked, created);
    }

    /// <summary>The talent holding the ID number with this blind index (tracked or stored), wherever registered.</summary>
    public async Task<Guid?> TalentWithIndexAsync(string blindIndex, CancellationToken cancellationToken) =>
        db.Talents.Local.FirstOrDefault(t => t.IdNumberIndex == blindIndex)?.Id
        ?? await db.Talents.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().Where(t => t.IdNumberIndex == blindIndex)
            .Select(t => (Guid?)t.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The ID number in clear; the caller has recorded the view (SensitiveDataViews) first.</summary>
    public async Task<string?> IdNumberAsync(Guid talentId, CancellationToken cancellationToken)
    {
        var cipher = await db.Talents.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().Where(t => t.Id == talentId)
            .Select(t => t.IdNumberCipher).FirstOrDefaultAsync(cancellationToken);
        return string.IsNullOrEmpty(cipher) ? null : protection.Decrypt(cipher);
    }

    /// <summary>The mobile number in clear (to call the person); the caller has recorded the view (SensitiveDataViews) first.</summary>
    public async Task<string?> MobileAsync(Guid talentId, CancellationToken cancellationToken)
    {
        var cipher = await db.Talents.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().Where(t => t.Id == talentId)
            .Select(t => t.MobileCipher).FirstOrDefaultAsync(cancellationToken);
        return string.IsNullOrEmpty(cipher) ? null : protection.Decrypt(cipher);
    }

    /// <summary>The sign-in accounts of these talents, where they have one.</summary>
    public async Task<Dictionary<Guid, Guid>> AccountsAsync(IReadOnlyCollection<Guid> talentIds, CancellationToken cancellationToken) =>
        await db.Talents.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking()
            .Where(t => talentIds.Contains(t.Id) && t.UserId != null && !t.IsErased)
            .ToDictionaryAsync(t => t.Id, t => t.UserId!.Value, cancellationToken);

    /// <summary>The talent of a sign-in account, if any.</summary>
    public Task<Guid?> OfUserAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Talents.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().Where(t => t.UserId == userId)
            .Select(t => (Guid?)t.Id).FirstOrDefaultAsync(cancellationToken);
}
