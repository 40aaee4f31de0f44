using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Graduates;

/// <summary>
/// The real-name database's use cases (GRD-01, GRD-03, GRD-15): registration from any source into the responsible county with
/// a named officer and the contact deadline, reassignment, services and where the graduate went. Changes go into the request's
/// unit of work; callers save, so an import registers a whole list or nothing.
/// </summary>
public sealed class RealNameDatabase(YincaiDb db, TalentEnrolment enrolment, TalentDirectory talents, WorkingDays workingDays,
    AccountDirectory accounts, Notifier notifier, JobReferrals jobs, RegionDirectory regions, CurrentUser current, IOptions<GraduatesOptions> options, ChinaClock clock,
    IStringLocalizer<GraduatesResource> text, HelpPlans plans, ServiceStandards standards, Counts.CohortCounts counts,
    Counts.ContactServiceCounts contactServices, Notifications.Contracts.Webhooks webhooks)
{
    public DateTime Now => clock.UtcNow;
    public DateOnly Today => clock.Today;
    public GraduatesOptions Options => options.Value;

    /// <summary>
    /// Puts a graduate into the responsible county's database: the county of the household region for the province's own
    /// households, else the county where they look for work. The same person again is the same record, wherever it is; an online
    /// registration owes GRD-03's contact within the working days configured, on the holiday calendar.
    /// </summary>
    public async Task<Result<Graduate>> RegisterAsync(GraduateRegistration registration, CancellationToken cancellationToken)
    {
        var (now, today) = (Now, Today);
        var registeredAt = registration.RegisteredAtUtc is { } at && at < now ? at : now;
        var decided = await DecideAsync(registration, cancellationToken);
        if (decided.IsError) return decided.Error!;
        var (household, county, fromElsewhere, existing) = decided.Value!;
        var search = registration.SearchRegionCode;

        var enrolled = await enrolment.EnsureGraduateAsync(registration.Person with { HouseholdRegionCode = household }, today, now, cancellationToken);
        var (due, estimated) = registration.Source == GraduateSource.Online
            ? await DueAsync(ChinaClock.DateOf(registeredAt), cancellationToken) : (null, false);
        if (existing is not null)
        {
            var before = Counts.ContactServiceCounts.StandingOf(existing);
            existing.Reregister(registration.Intention, search, registration.Source, due, estimated, now, registration.Person.SchoolCode);
            contactServices.Moved(existing, before);
            if (!existing.InDatabase && registration.Source == GraduateSource.Online)
                await SetOutcomeAsync(existing, GraduateOutcome.NotYet, today, text["Evidence_Reregistered"], null, OutcomeSource.Officer, cancellationToken);
            return existing;
        }

        var graduate = new Graduate(enrolled.Id, county, fromElsewhere, search, registration.Person.GraduationDate.Year, registration.Intention,
            registration.Source, registeredAt, due, estimated, registration.Person.SchoolCode);
        db.Graduates.Add(graduate);
        counts.Joined(graduate);
        contactServices.Joined(graduate);
        if (await NextOfficerAsync(county, cancellationToken) is { } officer)
        {
            graduate.Assign(officer, now);
            await TellAssignedAsync(officer, enrolled.FullName, due, graduate.Id, cancellationToken);
        }
        await talents.FollowGraduateStatusAsync(enrolled.Id, EmploymentStatus.Seeking, null, now, cancellationToken);
        return graduate;
    }

    /// <summary>Where a registration would go, checked without changing anything (an import's checking pass asks this of every
    /// row): the household (a person on record keeps the one an officer may have corrected), the county, and the record the
    /// person already has; or why it cannot go.</summary>
    public async Task<Result<Placement>> DecideAsync(GraduateRegistration registration, CancellationToken cancellationToken)
    {
        var known = await enrolment.FindAsync(registration.Person.NormalisedIdNumber, registration.Person.NormalisedMobile, cancellationToken);
        if (known is { IsErased: true }) return GraduateErrors.Erased;
        // Anyone may use the public form: one who knows a person's ID number must not change their record from it. An officer's
        // entry or list speaks for the office.
        if (known is { SameMobile: false } && registration.Source == GraduateSource.Online) return GraduateErrors.NotTheSamePerson;
        var household = known?.RegionCode ?? registration.Person.HouseholdRegionCode;
        var search = registration.SearchRegionCode;
        var province = RegionScope.PrefixOf(options.Value.ProvinceCode);
        var fromElsewhere = !household.StartsWith(province, StringComparison.Ordinal);
        if (fromElsewhere && search is null) return GraduateErrors.SearchPlaceNeeded;
        if (fromElsewhere && !search!.StartsWith(province, StringComparison.Ordinal)) return GraduateErrors.SearchPlaceOutside;
        if (!await regions.ExistsAsync(household, cancellationToken)) return GraduateErrors.UnknownHousehold;
        if (search is not null && !await regions.ExistsAsync(search, cancellationToken)) return GraduateErrors.UnknownSearchPlace;
        var county = fromElsewhere ? search! : household;
        // One person, one record, in whichever county holds it: looked up across the caller's scope only to say so.
        var existing = known is not { Id: var talentId } ? null
            : db.Graduates.Local.FirstOrDefault(g => g.TalentId == talentId)
              ?? await db.Graduates.IgnoreQueryFilters([YincaiDb.RegionFilter]).FirstOrDefaultAsync(g => g.TalentId == talentId, cancellationToken);
        // A university's own system speaks for that university only: a person on record under another school (or none) whose
        // mobile it does not know is not its to change (one university must not take another's graduate by an ID number).
        if (known is { SameMobile: false } && registration.ByUniversityCode is { } by && existing?.UniversityCode != by)
            return GraduateErrors.NotTheSamePerson;
        if (existing is not null && !db.Scope.Contains(existing.RegionCode)) return GraduateErrors.InOtherCounty;
        if (existing is null && !db.Scope.Contains(county)) return GraduateErrors.OutsideScope;
        return new Placement(household, county, fromElsewhere, existing);
    }

    /// <summary>Where a registration goes: see <see cref="DecideAsync"/>.</summary>
    public sealed record Placement(string Household, string County, bool FromElsewhere, Graduate? Existing);

    /// <summary>GRD-03's due date for a registration today, and whether the holidays of its year are unknown.</summary>
    public async Task<(DateOnly? Due, bool Estimated)> DueAsync(DateOnly registeredOn, CancellationToken cancellationToken)
    {
        var answer = await workingDays.AddAsync(registeredOn, options.Value.ContactWorkingDays, cancellationToken);
        return (answer.Value, !answer.Known);
    }

    /// <summary>Whether the graduate was added by this unit of work (not yet saved), rather than found.</summary>
    public bool IsNew(Graduate graduate) => db.Entry(graduate).State == EntityState.Added;

    // Per unit of work: an import of a county's list asks once.
    private readonly Dictionary<string, List<StaffMember>> _officers = new(StringComparer.Ordinal);

    /// <summary>The county's officer with the fewest graduates still in the database; none when the county has no officer
    /// account yet (the city's officers then see the graduate as unassigned).</summary>
    private async Task<Guid?> NextOfficerAsync(string county, CancellationToken cancellationToken)
    {
        if (!_officers.TryGetValue(county, out var officers))
            _officers[county] = officers = await accounts.StaffOfRegionAsync(Roles.Officer, county, cancellationToken);
        if (officers.Count == 0) return null;
        var ids = officers.Select(o => o.Id).ToList();
        var load = await db.Graduates.IgnoreQueryFilters([YincaiDb.RegionFilter])
            .Where(g => g.OfficerId != null && ids.Contains(g.OfficerId.Value) && g.Outcome == GraduateOutcome.NotYet)
            .GroupBy(g => g.OfficerId!.Value).Select(x => new { x.Key, Count = x.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        foreach (var pending in db.Graduates.Local.Where(g => g.OfficerId is { } o && ids.Contains(o) && db.Entry(g).State == EntityState.Added))
            load[pending.OfficerId!.Value] = load.GetValueOrDefault(pending.OfficerId.Value) + 1;
        return officers.OrderBy(o => load.GetValueOrDefault(o.Id)).ThenBy(o => o.Id).First().Id;
    }

    /// <summary>Hands the graduate to another officer whose scope covers the graduate's county; the new officer is told.</summary>
    public async Task<Result> ReassignAsync(Graduate graduate, Guid officerId, string fullName, CancellationToken cancellationToken)
    {
        if (graduate.OfficerId == officerId) return Result.Ok();
        var candidates = await OfficersForAsync(graduate.RegionCode, cancellationToken);
        if (candidates.All(o => o.Id != officerId)) return GraduateErrors.NotAnOfficerHere;
        graduate.Assign(officerId, Now);
        await TellAssignedAsync(officerId, fullName, graduate.ContactedOn is null ? graduate.ContactDueOn : null, graduate.Id, cancellationToken);
        return Result.Ok();
    }

    /// <summary>Tells the officer a graduate is theirs now, with the day the first contact is due if it is still to come.</summary>
    private Task TellAssignedAsync(Guid officerId, string fullName, DateOnly? contactDue, Guid graduateId, CancellationToken cancellationToken) =>
        contactDue is { } due
            ? notifier.NotifyAsync(officerId, NotificationKinds.GraduateAssignedContactBy, [fullName, MessageValues.Date(due)], Link(graduateId), cancellationToken)
            : notifier.NotifyAsync(officerId, NotificationKinds.GraduateAssigned, [fullName], Link(graduateId), cancellationToken);

    /// <summary>Who may serve a graduate of <paramref name="county"/>: the officers of the county, its city and its province.</summary>
    public async Task<List<StaffMember>> OfficersForAsync(string county, CancellationToken cancellationToken)
    {
        var list = new List<StaffMember>();
        foreach (var code in new[] { county, county[..4] + "00", county[..2] + "0000" }.Distinct())
            list.AddRange(await accounts.StaffOfRegionAsync(Roles.Officer, code, cancellationToken));
        return list;
    }

    /// <summary>Records a service or contact; recommended jobs must exist. The first one meets GRD-03's contact.</summary>
    public async Task<Result<ServiceRecord>> RecordServiceAsync(Graduate graduate, ServiceKind kind, ServiceChannel channel, DateOnly onDate,
        string outcome, IReadOnlyCollection<Guid> jobIds, CancellationToken cancellationToken)
    {
        if (jobIds.Count > 0)
        {
            var open = await jobs.SummariesAsync(jobIds, openOnly: true, cancellationToken);
            if (open.Count != jobIds.Distinct().Count()) return GraduateErrors.UnknownJob;
        }
        var before = Counts.ContactServiceCounts.StandingOf(graduate);
        var recorded = graduate.RecordService(onDate, Today, Now);
        if (recorded.IsError) return recorded.Error!;
        contactServices.Moved(graduate, before);
        var record = new ServiceRecord(graduate, kind, channel, onDate, outcome, jobIds, current.Id, Now);
        db.GraduateServices.Add(record);
        await standards.EvaluateAsync(graduate, onDate.Year, cancellationToken);
        return record;
    }

    /// <summary>Where the graduate went (GRD-15), with what shows it; the talent record's employment follows.</summary>
    public async Task<Result> SetOutcomeAsync(Graduate graduate, GraduateOutcome outcome, DateOnly onDate, string evidence, string? employerName,
        OutcomeSource source, CancellationToken cancellationToken)
    {
        if (outcome != GraduateOutcome.NotYet && string.IsNullOrWhiteSpace(evidence)) return GraduateErrors.EvidenceNeeded;
        var now = Now;
        var before = Counts.ContactServiceCounts.StandingOf(graduate);
        var changed = graduate.SetOutcome(outcome, onDate, Today, now);
        if (changed.IsError) return changed;
        contactServices.Moved(graduate, before);
        var step = new OutcomeChange(graduate, outcome, onDate, evidence, employerName, source, current.Id, now);
        db.GraduateOutcomes.Add(step);
        await counts.SteppedAsync(graduate, step, cancellationToken);
        await GraduateWebhooks.PublishAsync(webhooks, graduate, step, cancellationToken);
        await plans.FollowOutcomeAsync(graduate, onDate, text["Outcome_" + outcome], cancellationToken);
        await talents.FollowGraduateStatusAsync(graduate.TalentId, EmploymentOf(outcome), employerName, now, cancellationToken);
        return Result.Ok();
    }

    /// <summary>What the graduate wants now (GRD-02 counts those who want a job).</summary>
    public void ChangeIntention(Graduate graduate, GraduateIntention intention)
    {
        var before = Counts.ContactServiceCounts.StandingOf(graduate);
        graduate.ChangeIntention(intention, Now);
        contactServices.Moved(graduate, before);
    }

    /// <summary>The talent record's employment status for an outcome: further study is neither seeking nor in work.</summary>
    public static EmploymentStatus EmploymentOf(GraduateOutcome outcome) => outcome switch
    {
        GraduateOutcome.NotYet => EmploymentStatus.Seeking,
        GraduateOutcome.FurtherStudy => EmploymentStatus.Unknown,
        _ => EmploymentStatus.Employed,
    };

    public static string Link(Guid graduateId) => $"/Graduates/Details?id={graduateId}";
}
