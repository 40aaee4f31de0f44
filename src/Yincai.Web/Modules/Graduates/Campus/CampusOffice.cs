using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Events.Contracts;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Graduates.Campus;

/// <summary>GRD-07 for one campus and cohort: advisors against the students, classes against the two deadlines, and where its
/// graduates stand.</summary>
/// <param name="ClassesByYearEnd">Classes from 1 September of the year before the cohort leaves to that year's end.</param>
/// <param name="ClassesByJune">Classes from 1 January to 30 June of the year the cohort leaves.</param>
public sealed record CampusReport(int Cohort, int? StudentCount, int Advisors, int AdvisorsNeeded, int Specialists, int ClassesByYearEnd,
    int ClassesByJune, int ClassesTarget, DateOnly YearEndDeadline, DateOnly JuneDeadline, int Graduates, int InDatabase, int Placed)
{
    public bool AdvisorsMet => StudentCount is not null && Advisors >= AdvisorsNeeded;
    /// <summary>Placed (any outcome but "not yet", as GRD-15's rate counts) of the cohort's graduates on record, in percent.</summary>
    public double? PlacedRate => Graduates == 0 ? null : 100.0 * Placed / Graduates;
}

/// <summary>
/// The campus side of the Graduates module (GRD-06, GRD-07): who acts for a university (asked by the person, confirmed by an
/// officer of its city), its station and contact card, its people, its classes (as events) and its report. Everything a
/// university's account reads is found through its confirmed campus, never through a region scope (it has none).
/// </summary>
public sealed class CampusOffice(YincaiDb db, UniversityCatalog universities, AccountDirectory accounts, CareerClasses classes, Notifier notifier,
    CurrentUser current, ChinaClock clock, IOptions<GraduatesOptions> options)
{
    public DateOnly Today => clock.Today;
    public GraduatesOptions Options => options.Value;
    public Guid CurrentUserId => current.Id!.Value;

    /// <summary>The cohort a campus works for today: this year's until the end of August, next year's from September.</summary>
    public int CurrentCohort => Today.Month >= 9 ? Today.Year + 1 : Today.Year;

    /// <summary>The cohorts a campus page offers: next year's, the current one and the two before.</summary>
    public IReadOnlyList<int> Cohorts => [CurrentCohort + 1, CurrentCohort, CurrentCohort - 1, CurrentCohort - 2];

    /// <summary>The latest cohort that has left school (in July): the one whose graduates the real-name database holds now.</summary>
    public int LeftCohort => Today.Month >= 7 ? Today.Year : Today.Year - 1;

    /// <summary>The campus the signed-in account acts for, once an officer confirmed it.</summary>
    public async Task<Campus?> MineAsync(CancellationToken cancellationToken)
    {
        if (current.Id is not { } userId) return null;
        var campusId = await db.CampusMembers.IgnoreQueryFilters([YincaiDb.RegionFilter])
            .Where(m => m.UserId == userId && m.Status == CampusMemberStatus.Approved).Select(m => (Guid?)m.CampusId).FirstOrDefaultAsync(cancellationToken);
        return campusId is null ? null : await AllCampuses().AsNoTracking().FirstOrDefaultAsync(c => c.Id == campusId, cancellationToken);
    }

    /// <summary>The signed-in account's latest request, whatever its answer.</summary>
    public Task<CampusMember?> LatestRequestAsync(CancellationToken cancellationToken) =>
        db.CampusMembers.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().Where(m => m.UserId == current.Id)
            .OrderByDescending(m => m.RequestedAtUtc).FirstOrDefaultAsync(cancellationToken);

    public Task<string?> CampusNameAsync(Guid campusId, CancellationToken cancellationToken) =>
        AllCampuses().Where(c => c.Id == campusId).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken);

    /// <summary>A campus of the officer's scope (404 outside it), or of a university's code for the public card.</summary>
    public Task<Campus?> InScopeAsync(string code, CancellationToken cancellationToken) =>
        db.Campuses.AsNoTracking().FirstOrDefaultAsync(c => c.UniversityCode == code, cancellationToken);

    public Task<Campus?> PublicAsync(string code, CancellationToken cancellationToken) =>
        AllCampuses().AsNoTracking().FirstOrDefaultAsync(c => c.UniversityCode == code, cancellationToken);

    /// <summary>Asks to act for a university of the province; its city's officers are told. The campus record starts here.</summary>
    public async Task<Result<CampusMember>> RequestAsync(string? universityName, string? fullName, string? position, CancellationToken cancellationToken)
    {
        var university = universities.FindByName(universityName) ?? universities.Find(universityName?.Trim());
        if (university is null) return GraduateErrors.UnknownUniversity;
        if (university.ProvinceCode != Options.ProvinceCode) return GraduateErrors.UniversityElsewhere;
        if (string.IsNullOrWhiteSpace(fullName) || fullName.Trim().Length > 50) return GraduateErrors.MemberNameNeeded;
        if (string.IsNullOrWhiteSpace(position) || position.Trim().Length > 50) return GraduateErrors.PositionNeeded;
        var userId = current.Id!.Value;
        if (await db.CampusMembers.IgnoreQueryFilters([YincaiDb.RegionFilter])
                .AnyAsync(m => m.UserId == userId && (m.Status == CampusMemberStatus.Pending || m.Status == CampusMemberStatus.Approved), cancellationToken))
            return GraduateErrors.AlreadyRequested;
        var campus = await EnsureAsync(university, cancellationToken);
        var member = new CampusMember(campus.Id, campus.RegionCode, userId, fullName, position, clock.UtcNow);
        db.CampusMembers.Add(member);
        var officers = await accounts.StaffOfRegionAsync(Roles.Officer, campus.RegionCode, cancellationToken);
        await notifier.NotifyAllAsync(officers.Select(o => o.Id), NotificationKinds.CampusAccountRequested, [university.Name, member.FullName, member.Position],
            "/Graduates/Campus/Universities", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return member;
    }

    /// <summary>The campus of a university, made on first need (a request, the demo).</summary>
    public async Task<Campus> EnsureAsync(University university, CancellationToken cancellationToken)
    {
        var campus = await AllCampuses().FirstOrDefaultAsync(c => c.UniversityCode == university.Code, cancellationToken)
                     ?? db.Campuses.Local.FirstOrDefault(c => c.UniversityCode == university.Code);
        if (campus is not null) return campus;
        campus = new Campus(university.Code, university.Name, university.CityCode ?? university.ProvinceCode, clock.UtcNow);
        db.Campuses.Add(campus);
        db.PermitOutsideScope(campus);
        return campus;
    }

    /// <summary>Requests and members of the campuses in the officer's scope: pending first.</summary>
    public Task<List<CampusMember>> MembersInScopeAsync(CancellationToken cancellationToken) =>
        db.CampusMembers.AsNoTracking().Where(m => m.Status == CampusMemberStatus.Pending || m.Status == CampusMemberStatus.Approved)
            .OrderBy(m => m.Status).ThenBy(m => m.RequestedAtUtc).Take(500).ToListAsync(cancellationToken);

    public Task<List<Campus>> CampusesInScopeAsync(CancellationToken cancellationToken) =>
        db.Campuses.AsNoTracking().OrderBy(c => c.RegionCode).ThenBy(c => c.Name).Take(500).ToListAsync(cancellationToken);

    /// <summary>An officer confirms or refuses a request of their scope; the person is told.</summary>
    public async Task<Result> DecideAsync(Guid memberId, int version, bool approve, string? reason, CancellationToken cancellationToken)
    {
        var found = await MemberAsync(memberId, version, cancellationToken);
        if (found.IsError) return found.Error!;
        var member = found.Value!;
        var decided = member.Decide(approve, reason, current.Id!.Value, clock.UtcNow);
        if (decided.IsError) return decided;
        var campus = await db.Campuses.AsNoTracking().FirstAsync(c => c.Id == member.CampusId, cancellationToken);
        if (approve) await notifier.NotifyAsync(member.UserId, NotificationKinds.CampusAccountApproved, [campus.Name], "/Graduates/Campus", cancellationToken);
        else await notifier.NotifyAsync(member.UserId, NotificationKinds.CampusAccountRefused, [campus.Name, member.Reason!], "/Graduates/Campus", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }

    /// <summary>An officer takes a confirmed person off the campus (they left the office); their tokens stay the campus's.</summary>
    public async Task<Result> RemoveAsync(Guid memberId, int version, string? reason, CancellationToken cancellationToken)
    {
        var found = await MemberAsync(memberId, version, cancellationToken);
        if (found.IsError) return found.Error!;
        var member = found.Value!;
        var removed = member.Remove(reason ?? "", current.Id!.Value, clock.UtcNow);
        if (removed.IsError) return removed;
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }

    /// <summary>A request or member of the officer's scope at the version the officer saw.</summary>
    private async Task<Result<CampusMember>> MemberAsync(Guid memberId, int version, CancellationToken cancellationToken) =>
        await db.CampusMembers.FirstOrDefaultAsync(m => m.Id == memberId, cancellationToken) switch
        {
            null => GraduateErrors.NotFound,
            { } member when member.Version != version => GraduateErrors.Stale,
            { } member => member,
        };

    public async Task<Result> UpdateStationAsync(Campus campus, int version, CampusStation station, CancellationToken cancellationToken)
    {
        var tracked = await AllCampuses().FirstAsync(c => c.Id == campus.Id, cancellationToken);
        if (tracked.Version != version) return GraduateErrors.Stale;
        if (station.StudentCount is < 0 or > 1_000_000) return GraduateErrors.StudentCount;
        tracked.Update(station, clock.UtcNow);
        db.PermitOutsideScope(tracked);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }

    public Task<List<CampusStaffMember>> StaffAsync(Guid campusId, bool includeLeft, CancellationToken cancellationToken) =>
        db.CampusStaff.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking()
            .Where(s => s.CampusId == campusId && (includeLeft || s.LeftOn == null))
            .OrderBy(s => s.Role).ThenBy(s => s.FullName).Take(2000).ToListAsync(cancellationToken);

    public async Task<Result<CampusStaffMember>> AddStaffAsync(Campus campus, string? fullName, CampusStaffRole role, bool fullTime, string? phone,
        string? certificate, DateOnly? since, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(fullName) || fullName.Trim().Length > 50) return GraduateErrors.StaffNameNeeded;
        if (!Enum.IsDefined(role)) return GraduateErrors.StaffRole;
        if (phone is { Length: > 30 } || certificate is { Length: > 50 }) return GraduateErrors.StaffDetails;
        if (role == CampusStaffRole.ServiceSpecialist && string.IsNullOrWhiteSpace(phone)) return GraduateErrors.SpecialistPhone;
        var start = since ?? Today;
        if (start > Today) return GraduateErrors.StaffSinceFuture;
        var member = new CampusStaffMember(campus.Id, campus.RegionCode, fullName, role, fullTime, phone, certificate, start);
        db.CampusStaff.Add(member);
        db.PermitOutsideScope(member);
        await db.SaveChangesAsync(cancellationToken);
        return member;
    }

    public async Task<Result> StaffLeftAsync(Campus campus, Guid staffId, CancellationToken cancellationToken)
    {
        var member = await db.CampusStaff.IgnoreQueryFilters([YincaiDb.RegionFilter])
            .FirstOrDefaultAsync(s => s.Id == staffId && s.CampusId == campus.Id, cancellationToken);
        if (member is null) return GraduateErrors.NotFound;
        member.Leave(Today);
        db.PermitOutsideScope(member);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }

    /// <summary>GRD-07's figures for a cohort: advisors serving today against the students; classes by the two deadlines.</summary>
    public async Task<CampusReport> ReportAsync(Campus campus, int cohort, CancellationToken cancellationToken) =>
        (await ReportsAsync([campus], cohort, cancellationToken))[campus.Id];

    /// <summary>The same for many campuses (an officer's list) in a few queries, not a few per campus.</summary>
    public async Task<Dictionary<Guid, CampusReport>> ReportsAsync(IReadOnlyList<Campus> campuses, int cohort, CancellationToken cancellationToken)
    {
        var ids = campuses.Select(c => c.Id).ToList();
        var codes = campuses.Select(c => c.UniversityCode).ToList();
        var staff = ids.Count == 0 ? [] : await db.CampusStaff.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking()
            .Where(s => ids.Contains(s.CampusId) && s.LeftOn == null).ToListAsync(cancellationToken);
        var (autumn, newYear, july) = (new DateOnly(cohort - 1, 9, 1), new DateOnly(cohort, 1, 1), new DateOnly(cohort, 7, 1));
        var byYearEnd = await classes.CountAsync(ids, ChinaClock.StartOfDayUtc(autumn), ChinaClock.StartOfDayUtc(newYear), cancellationToken);
        var byJune = await classes.CountAsync(ids, ChinaClock.StartOfDayUtc(newYear), ChinaClock.StartOfDayUtc(july), cancellationToken);
        var counts = codes.Count == 0 ? [] : await db.Graduates.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking()
            .Where(g => g.UniversityCode != null && codes.Contains(g.UniversityCode) && g.CohortYear == cohort)
            .GroupBy(g => new { g.UniversityCode, g.Outcome }).Select(g => new { g.Key.UniversityCode, g.Key.Outcome, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return campuses.ToDictionary(c => c.Id, c =>
        {
            var serving = staff.Where(s => s.CampusId == c.Id && s.ServesOn(Today)).ToList();
            var needed = c.StudentCount is { } students ? (students + Options.StudentsPerAdvisor - 1) / Options.StudentsPerAdvisor : 0;
            var own = counts.Where(x => x.UniversityCode == c.UniversityCode).ToList();
            return new CampusReport(cohort, c.StudentCount, serving.Count(s => s.Role == CampusStaffRole.CareerAdvisor), needed,
                serving.Count(s => s.Role == CampusStaffRole.ServiceSpecialist), byYearEnd.GetValueOrDefault(c.Id), byJune.GetValueOrDefault(c.Id),
                Options.CareerClasses, new DateOnly(cohort - 1, 12, 31), new DateOnly(cohort, 6, 30), own.Sum(x => x.Count),
                own.Where(x => x.Outcome == GraduateOutcome.NotYet).Sum(x => x.Count), own.Where(x => x.Outcome != GraduateOutcome.NotYet).Sum(x => x.Count));
        });
    }

    private IQueryable<Campus> AllCampuses() => db.Campuses.IgnoreQueryFilters([YincaiDb.RegionFilter]);
}
