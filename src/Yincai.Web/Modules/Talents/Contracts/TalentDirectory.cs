using Microsoft.EntityFrameworkCore;
using Yincai.Platform;
using Yincai.Platform.Protection;

namespace Yincai.Modules.Talents.Contracts;

/// <summary>Talents for other modules: look-ups, résumés for applications, and the employment change a hire makes.</summary>
public sealed class TalentDirectory(YincaiDb db, IEnumerable<IFollowsEmployment> followers, FieldProtection protection)
{
    /// <summary>The registered talent with this (validated, normalised) mobile number, wherever they live: whom a station
    /// records a service for. Erased records are nobody's.</summary>
    public Task<TalentCard?> ByMobileAsync(string normalisedMobile, CancellationToken cancellationToken)
    {
        var index = protection.BlindIndex(normalisedMobile);
        // A person, not a region's record: the station serves whoever walks in, wherever their household is.
        return db.Talents.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().Where(t => t.MobileIndex == index && !t.IsErased)
            .Select(t => new TalentCard(t.Id, t.UserId, t.FullName, t.RegionCode)).FirstOrDefaultAsync(cancellationToken);
    }

    public Task<TalentCard?> OfUserAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Talents.AsNoTracking().Where(t => t.UserId == userId)
            .Select(t => new TalentCard(t.Id, t.UserId, t.FullName, t.RegionCode)).FirstOrDefaultAsync(cancellationToken);

    /// <summary>A talent who agreed to be found by employers (ENT-04) and has a sign-in account, with the masked name an employer
    /// sees: whom an employer may invite to apply. Null for anyone else.</summary>
    public Task<TalentCard?> SharedWithEmployersAsync(Guid talentId, CancellationToken cancellationToken) =>
        db.Talents.AsNoTracking().Where(t => t.Id == talentId && t.SharesWithEmployers && !t.IsErased && t.UserId != null)
            .Select(t => new TalentCard(t.Id, t.UserId, t.FullName, t.RegionCode)).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Sign-in accounts of talents registered or living under <paramref name="regionCode"/> who are in all of
    /// <paramref name="categories"/> and hold at least <paramref name="minDegree"/>: an event's invitations. Erased records
    /// and talents without an account are left out.
    /// </summary>
    public Task<List<Guid>> AccountsInRegionAsync(string regionCode, TalentCategory categories, DegreeLevel minDegree, int max,
        CancellationToken cancellationToken)
    {
        var prefix = RegionScope.PrefixOf(regionCode);
        return db.Talents.AsNoTracking()
            .Where(t => !t.IsErased && t.UserId != null && (t.RegionCode.StartsWith(prefix) || (t.CurrentRegionCode != null && t.CurrentRegionCode.StartsWith(prefix))))
            .Where(t => (t.Categories & categories) == categories && t.HighestDegree >= minDegree)
            .OrderBy(t => t.Id).Take(max).Select(t => t.UserId!.Value).ToListAsync(cancellationToken);
    }

    /// <summary>The talent's résumés, newest first, without their content.</summary>
    public async Task<IReadOnlyList<ResumeSummary>> ResumesAsync(Guid talentId, CancellationToken cancellationToken) =>
        await db.Resumes.AsNoTracking().Where(r => r.TalentId == talentId).OrderByDescending(r => r.UpdatedAtUtc)
            .Select(r => new ResumeSummary(r.Id, r.Title, r.Pdf != null)).ToListAsync(cancellationToken);

    /// <summary>One résumé of the talent with its text and PDF; null when it is not theirs or no longer exists. The caller
    /// decides who may see it and audits the view.</summary>
    public Task<ResumeContent?> ResumeAsync(Guid talentId, Guid resumeId, CancellationToken cancellationToken) =>
        db.Resumes.AsNoTracking().Where(r => r.Id == resumeId && r.TalentId == talentId)
            .Select(r => new ResumeContent(r.Id, r.Title, r.Text, r.PdfFileName, r.Pdf)).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Which of these résumés have a PDF now (one query for a list of applications).</summary>
    public async Task<IReadOnlySet<Guid>> WithPdfAsync(IReadOnlyCollection<Guid> resumeIds, CancellationToken cancellationToken) =>
        (await db.Resumes.AsNoTracking().Where(r => resumeIds.Contains(r.Id) && r.Pdf != null).Select(r => r.Id).ToListAsync(cancellationToken))
            .ToHashSet();

    /// <summary>Records a hire, and the step in the employment history, in the caller's unit of work (saved with the
    /// caller's SaveChanges).</summary>
    public async Task RecordHiredAsync(Guid talentId, string employerName, DateTime nowUtc, CancellationToken cancellationToken)
    {
        // The hiring employer is not the talent's officer: the hire is recorded whatever the caller's region scope.
        var talent = await db.Talents.IgnoreQueryFilters([YincaiDb.RegionFilter]).FirstAsync(t => t.Id == talentId, cancellationToken);
        talent.RecordEmployment(EmploymentStatus.Employed, employerName, nowUtc);
        db.EmploymentChanges.Add(new EmploymentChange(talentId, EmploymentStatus.Employed, employerName, EmploymentSource.Hire, nowUtc));
        foreach (var follower in followers) await follower.HiredAsync(talentId, employerName, nowUtc, cancellationToken);
    }

    /// <summary>
    /// The graduates' real-name database moved a talent in or out (GRD-01): the employment status and the "unemployed
    /// graduate" category follow, with a step in the employment history, in the caller's unit of work. The graduate record,
    /// not the household region, decides who may do this, so the talent is found whatever the caller's region scope.
    /// </summary>
    public async Task FollowGraduateStatusAsync(Guid talentId, EmploymentStatus status, string? employerName, DateTime nowUtc,
        CancellationToken cancellationToken)
    {
        var talent = db.Talents.Local.FirstOrDefault(t => t.Id == talentId)
            ?? await db.Talents.IgnoreQueryFilters([YincaiDb.RegionFilter]).FirstAsync(t => t.Id == talentId, cancellationToken);
        if (talent.IsErased) return;
        db.PermitOutsideScope(talent);
        if (talent.Employment != status)
        {
            talent.RecordEmployment(status, status == EmploymentStatus.Employed ? employerName : null, nowUtc);
            db.EmploymentChanges.Add(new EmploymentChange(talentId, status, status == EmploymentStatus.Employed ? employerName : null,
                EmploymentSource.Officer, nowUtc));
        }
        talent.MarkUnemployedGraduate(status == EmploymentStatus.Seeking, nowUtc);
    }

    /// <summary>
    /// The people behind another module's records, whatever the caller's region scope: that module's own records (a county's
    /// graduates, who may be registered elsewhere) decide who may see them. Masked fields only; erased people keep their id.
    /// </summary>
    public async Task<Dictionary<Guid, GraduateCard>> CardsAsync(IReadOnlyCollection<Guid> talentIds, CancellationToken cancellationToken) =>
        talentIds.Count == 0 ? [] : await db.Talents.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().Where(t => talentIds.Contains(t.Id))
            .Select(t => new GraduateCard(t.Id, t.UserId, t.FullName, t.IdNumberMasked, t.MobileMasked, t.RegionCode, t.SchoolName, t.MajorName,
                t.HighestDegree, t.GraduationYear, t.BirthDate, t.IsErased))
            .ToDictionaryAsync(c => c.TalentId, cancellationToken);

    /// <summary>
    /// The disadvantaged groups (GRD-13) of these talents in clear, those with none left out, whatever the caller's scope. Only for
    /// a caller that has recorded why (SensitiveDataViews) and holds these people's records in its scope; never stored in clear.
    /// </summary>
    public async Task<Dictionary<Guid, DisadvantagedGroup>> DisadvantagedAsync(IReadOnlyCollection<Guid> talentIds, CancellationToken cancellationToken)
    {
        var result = new Dictionary<Guid, DisadvantagedGroup>();
        foreach (var chunk in talentIds.Chunk(1000))
            foreach (var row in await db.Talents.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking()
                         .Where(t => chunk.Contains(t.Id) && !t.IsErased && t.DisadvantagedCipher != "").Select(t => new { t.Id, t.DisadvantagedCipher })
                         .ToListAsync(cancellationToken))
                if (DisadvantagedGroupProtection.Decrypt(row.DisadvantagedCipher, protection) is { } groups and not DisadvantagedGroup.None)
                    result[row.Id] = groups;
        return result;
    }

    /// <summary>When the person left their last school (the latest graduation date on record); null without education.</summary>
    public async Task<DateOnly?> LeftSchoolOnAsync(Guid talentId, CancellationToken cancellationToken) =>
        await db.Educations.AsNoTracking().Where(e => e.TalentId == talentId).MaxAsync(e => (DateOnly?)e.GraduationDate, cancellationToken);

    /// <summary>The ids of talents whose name starts with <paramref name="prefix"/> (a surname or a whole name), whatever the
    /// caller's scope, to compose into the caller's own query. EF then ignores the region filter for the whole query: the
    /// caller states its own records' scope in the query.</summary>
    public IQueryable<Guid> NamedFrom(string prefix) =>
        db.Talents.IgnoreQueryFilters([YincaiDb.RegionFilter]).Where(t => t.FullName.StartsWith(prefix)).Select(t => t.Id);

    /// <summary>The id of the talent with this ID number's blind index, whatever the caller's scope (see <see cref="NamedFrom"/>).</summary>
    public IQueryable<Guid> WithIdIndex(string blindIndex) =>
        db.Talents.IgnoreQueryFilters([YincaiDb.RegionFilter]).Where(t => t.IdNumberIndex == blindIndex).Select(t => t.Id);
}
