using Yincai.Platform;

namespace Yincai.Modules.Graduates;

/// <summary>
/// A graduate in a county's real-name database of unemployed graduates (实名数据库, GRD-01): the talent record is the person
/// (one person, one record); this is the county's work on them. The county is that of the household region for Shandong
/// households and the place where they came to look for work for those from elsewhere; a named officer of it serves them.
/// While <see cref="Outcome"/> is <see cref="GraduateOutcome.NotYet"/> the graduate is in the database; any other outcome
/// takes them out, and back in when it is undone.
/// </summary>
public sealed class Graduate : IRegionScoped
{
    private Graduate() { }

    public Graduate(Guid talentId, string countyCode, bool fromElsewhere, string? searchRegionCode, int cohortYear, GraduateIntention intention,
        GraduateSource source, DateTime registeredAtUtc, DateOnly? contactDueOn, bool contactDueEstimated, string? universityCode = null)
    {
        Id = Ids.New();
        UniversityCode = universityCode;
        (TalentId, RegionCode, FromElsewhere, SearchRegionCode, CohortYear, Intention, Source) =
            (talentId, countyCode, fromElsewhere, searchRegionCode, cohortYear, intention, source);
        (RegisteredAtUtc, RegisteredOn, UpdatedAtUtc) = (registeredAtUtc, ChinaClock.DateOf(registeredAtUtc), registeredAtUtc);
        (ContactDueOn, ContactDueEstimated) = (contactDueOn, contactDueEstimated);
        Rekey();
    }

    /// <summary>The work list's first key when no contact is owed: after every due date.</summary>
    public static readonly DateOnly NoContactOwed = DateOnly.MaxValue;

    public Guid Id { get; private set; }
    public Guid TalentId { get; private set; }

    /// <summary>The responsible county (GB/T 2260): the scope of the officers who serve this graduate.</summary>
    public string RegionCode { get; private set; } = "";

    /// <summary>Household registration outside the province: the county is that of <see cref="SearchRegionCode"/>.</summary>
    public bool FromElsewhere { get; private set; }

    /// <summary>Where the graduate looks for work (求职地), when they said.</summary>
    public string? SearchRegionCode { get; private set; }

    /// <summary>The year they left school (届别): 2026 for the class of 2026.</summary>
    public int CohortYear { get; private set; }

    /// <summary>The MOE code of the school they left (the catalog's; null for a school not in it): its campus sees them (GRD-06).</summary>
    public string? UniversityCode { get; private set; }

    public GraduateIntention Intention { get; private set; }
    public GraduateSource Source { get; private set; }
    public DateTime RegisteredAtUtc { get; private set; }

    /// <summary>The date of registration in China, from which GRD-03's working days count.</summary>
    public DateOnly RegisteredOn { get; private set; }

    public Guid? OfficerId { get; private set; }

    /// <summary>GRD-03: first contact due by this date (registration + 5 working days); null when no online registration asks it.</summary>
    public DateOnly? ContactDueOn { get; private set; }

    /// <summary>The due date fell in a year whose holidays are not loaded: counted Monday to Friday, shown with a warning.</summary>
    public bool ContactDueEstimated { get; private set; }

    /// <summary>The date of the first service or contact recorded.</summary>
    public DateOnly? ContactedOn { get; private set; }

    /// <summary>GRD-02: the latest year whose services met the standard in force for the county (null before any); a graduate who
    /// wants a job is short of services in a year unless this is that year. Kept by the service record and a standard's change.</summary>
    public int? StandardMetYear { get; private set; }

    public GraduateOutcome Outcome { get; private set; }

    /// <summary>The work list's order, kept on the row so that an index serves it at a million graduates: the due date while a
    /// contact is owed (in the database, not contacted), else <see cref="NoContactOwed"/>.</summary>
    public DateOnly WorkKey { get; private set; } = NoContactOwed;

    public DateOnly? OutcomeOn { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }
    public int Version { get; private set; }

    public bool InDatabase => Outcome == GraduateOutcome.NotYet;

    /// <summary>GRD-03's contact is overdue on <paramref name="today"/>: owed, not made, and the due date has passed.</summary>
    public bool IsContactOverdue(DateOnly today) => ContactDueOn is { } due && ContactedOn is null && InDatabase && today > due;

    private void Rekey() =>
        WorkKey = ContactDueOn is { } due && ContactedOn is null && Outcome == GraduateOutcome.NotYet ? due : NoContactOwed;

    /// <summary>The same person registered again (a second list, the form after an import): one record, whose intention and
    /// search place follow the latest word. An online registration owes a contact if none was owed or made yet.</summary>
    public void Reregister(GraduateIntention intention, string? searchRegionCode, GraduateSource source, DateOnly? contactDueOn, bool estimated,
        DateTime nowUtc, string? universityCode = null)
    {
        Intention = intention;
        if (universityCode is not null) UniversityCode = universityCode;
        if (searchRegionCode is not null) SearchRegionCode = searchRegionCode;
        if (source == GraduateSource.Online && ContactDueOn is null && ContactedOn is null && contactDueOn is not null)
            (ContactDueOn, ContactDueEstimated) = (contactDueOn, estimated);
        Rekey();
        UpdatedAtUtc = nowUtc;
        Version++;
    }

    public void Assign(Guid officerId, DateTime nowUtc)
    {
        (OfficerId, UpdatedAtUtc) = (officerId, nowUtc);
        Version++;
    }

    public void ChangeIntention(GraduateIntention intention, DateTime nowUtc)
    {
        (Intention, UpdatedAtUtc) = (intention, nowUtc);
        Version++;
    }

    /// <summary>A service or contact on <paramref name="onDate"/>; the first one is GRD-03's contact.</summary>
    public Result RecordService(DateOnly onDate, DateOnly today, DateTime nowUtc)
    {
        if (onDate > today) return GraduateErrors.ServiceInFuture;
        if (onDate < RegisteredOn) return GraduateErrors.ServiceBeforeRegistration;
        if (ContactedOn is null || onDate < ContactedOn) ContactedOn = onDate;
        Rekey();
        UpdatedAtUtc = nowUtc;
        Version++;
        return Result.Ok();
    }

    /// <summary>Whether the services of <paramref name="year"/> meet the standard: a later year's answer is kept over an earlier one.</summary>
    public void MarkStandard(int year, bool met)
    {
        if (met && (StandardMetYear is null || year >= StandardMetYear)) StandardMetYear = year;
        else if (!met && StandardMetYear == year) StandardMetYear = null;
        else return;
        Version++;
    }

    /// <summary>Where the graduate went (GRD-15), from <paramref name="onDate"/>; <see cref="GraduateOutcome.NotYet"/> puts them
    /// back into the database (a job lost, an entry corrected).</summary>
    public Result SetOutcome(GraduateOutcome outcome, DateOnly onDate, DateOnly today, DateTime nowUtc)
    {
        if (outcome == Outcome) return GraduateErrors.SameOutcome;
        if (onDate > today) return GraduateErrors.OutcomeInFuture;
        if (onDate < new DateOnly(CohortYear, 1, 1)) return GraduateErrors.OutcomeBeforeCohort;
        (Outcome, OutcomeOn, UpdatedAtUtc) = (outcome, outcome == GraduateOutcome.NotYet ? null : onDate, nowUtc);
        Rekey();
        Version++;
        return Result.Ok();
    }
}
