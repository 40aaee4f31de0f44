using System.Security.Cryptography;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Ambassadors;

/// <summary>
/// A campus youth talent ambassador (校园青年引才大使): a talent of the pool, recruited by a city (its region), serving at a
/// school. Candidate → filed (备案) → active → exited. Those at schools outside the province or abroad reach active only
/// through the province's filing (AMB-02); a city may start one at a school of its own province itself. The current
/// term's school and role are kept here; every term, with how it ended, in <see cref="AmbassadorTerm"/>.
/// </summary>
public sealed class Ambassador : IRegionScoped
{
    private Ambassador() { }

    public Ambassador(Guid talentId, string fullName, string idNumberMasked, string cityCode, string nativePlaceCode, AmbassadorSchool school,
        DateTime nowUtc)
    {
        Id = Ids.New();
        (TalentId, FullName, IdNumberMasked, RegionCode, NativePlaceCode) = (talentId, fullName, idNumberMasked, cityCode, nativePlaceCode);
        SetSchool(school);
        (Status, CreatedAtUtc, UpdatedAtUtc) = (AmbassadorStatus.Candidate, nowUtc, nowUtc);
        ReferralCode = NewReferralCode();
    }

    public Guid Id { get; private set; }
    public Guid TalentId { get; private set; }

    /// <summary>Copied from the talent for lists; the ID number stays encrypted on the talent, only its mask is here.</summary>
    public string FullName { get; private set; } = "";
    public string IdNumberMasked { get; private set; } = "";

    /// <summary>The recruiting city: its officers manage the ambassador.</summary>
    public string RegionCode { get; private set; } = "";

    /// <summary>籍贯, inside the province (AMB-01).</summary>
    public string NativePlaceCode { get; private set; } = "";

    public string? SchoolCode { get; private set; }
    public string SchoolName { get; private set; } = "";
    /// <summary>The province of a school of the MOE list; null abroad.</summary>
    public string? SchoolProvinceCode { get; private set; }
    /// <summary>Set for a school abroad.</summary>
    public string? Country { get; private set; }
    public AmbassadorRole Role { get; private set; }
    public DegreeLevel Degree { get; private set; }
    /// <summary>Holds a PhD or studies for one (AMB-08).</summary>
    public bool IsPhd { get; private set; }
    public DateOnly ExpectedLeavingOn { get; private set; }

    public AmbassadorStatus Status { get; private set; }
    public DateOnly? ActiveSince { get; private set; }
    public DateOnly? ExitedOn { get; private set; }
    public ExitReason? ExitReason { get; private set; }
    public string? ExitNote { get; private set; }
    /// <summary>Whether the province accepted the exit in a filing batch (AMB-15).</summary>
    public bool ExitFiled { get; private set; }
    /// <summary>Why the province returned the last filing line, until the next one.</summary>
    public string? ReturnedReason { get; private set; }

    /// <summary>A normal exit waits for the thank-you letter (AMB-11).</summary>
    public bool ThanksLetterDue { get; private set; }

    /// <summary>Wants to come back to work in the province: matched to jobs and programmes first (AMB-12).</summary>
    public bool WantsToReturn { get; private set; }

    /// <summary>Put in the links the ambassador forwards, so that what they bring is counted for them.</summary>
    public string ReferralCode { get; private set; } = "";

    public int Reappointments { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }
    public int Version { get; private set; }

    public AmbassadorSchool School => new(SchoolCode, SchoolName, SchoolProvinceCode, Country, Role, Degree, IsPhd, ExpectedLeavingOn);

    public string ProvinceCode => RegionCode[..2] + "0000";

    /// <summary>AMB-02: a school outside the province or abroad makes the province's filing necessary.</summary>
    public static bool RequiresFiling(AmbassadorSchool school, string provinceCode) =>
        school.IsAbroad || school.SchoolProvinceCode != provinceCode;

    public bool NeedsFiling => RequiresFiling(School, ProvinceCode);

    /// <summary>A city starts an ambassador of a school in its own province itself; others go through filing.</summary>
    public Result Activate(DateOnly today)
    {
        if (Status != AmbassadorStatus.Candidate) return AmbassadorErrors.NotCandidate;
        if (NeedsFiling) return AmbassadorErrors.MustBeFiled;
        (Status, ActiveSince, ReturnedReason) = (AmbassadorStatus.Active, today, null);
        Touch();
        return Result.Ok();
    }

    /// <summary>The province accepted the filing line: filed, and active once the certificate is issued (same save).</summary>
    public Result File(DateOnly today)
    {
        if (Status != AmbassadorStatus.Candidate) return AmbassadorErrors.NotCandidate;
        if (ExpectedLeavingOn <= today) return AmbassadorErrors.AlreadyLeft;
        (Status, ReturnedReason) = (AmbassadorStatus.Filed, null);
        Touch();
        return Result.Ok();
    }

    public void StartService(DateOnly today)
    {
        (Status, ActiveSince) = (AmbassadorStatus.Active, today);
        Touch();
    }

    public void ReturnFromFiling(string reason, DateOnly today)
    {
        ReturnedReason = reason;
        Touch();
    }

    /// <summary>AMB-03: exits on own wish, on leaving campus, or when no longer qualified; dated and kept. A normal exit
    /// (own wish, end of time at school) of a serving ambassador waits for a thank-you letter (AMB-11).</summary>
    public Result Exit(ExitReason reason, DateOnly on, string? note, DateOnly today)
    {
        if (reason == Ambassadors.ExitReason.Reappointed) return AmbassadorErrors.BadExitReason;
        if (Status == AmbassadorStatus.Exited) return AmbassadorErrors.AlreadyExited;
        if (on > today) return AmbassadorErrors.ExitInFuture;
        var served = Status is AmbassadorStatus.Active or AmbassadorStatus.Filed;
        (Status, ExitedOn, ExitReason, ExitNote, ExitFiled) = (AmbassadorStatus.Exited, on, reason, note, false);
        ThanksLetterDue = served && reason != Ambassadors.ExitReason.NoLongerQualified;
        Touch();
        return Result.Ok();
    }

    /// <summary>
    /// AMB-04 (连选连聘): further study or a job changed the school, role or dates, but the person still qualifies. The
    /// record, its history and its referral code stay; the new term is filed again as a candidate.
    /// </summary>
    public Result Reappoint(AmbassadorSchool school, DateOnly today)
    {
        if (Status == AmbassadorStatus.Candidate) return AmbassadorErrors.NotServing;
        if (Status == AmbassadorStatus.Exited && ExitReason == Ambassadors.ExitReason.NoLongerQualified) return AmbassadorErrors.NotQualified;
        SetSchool(school);
        (Status, ActiveSince, ExitedOn, ExitReason, ExitNote, ExitFiled, ThanksLetterDue) =
            (AmbassadorStatus.Candidate, null, null, null, null, false, false);
        Reappointments++;
        Touch();
        return Result.Ok();
    }

    public void MarkExitFiled(DateOnly today)
    {
        (ExitFiled, ReturnedReason) = (true, null);
        Touch();
    }

    public void ThanksLetterSent() => ThanksLetterDue = false;

    public void SetWantsToReturn(bool wants, DateTime nowUtc)
    {
        (WantsToReturn, UpdatedAtUtc) = (wants, nowUtc);
        Version++;
    }

    private void SetSchool(AmbassadorSchool school)
    {
        (SchoolCode, SchoolName, SchoolProvinceCode, Country) = (school.SchoolCode, school.SchoolName, school.SchoolProvinceCode, school.Country);
        (Role, Degree, IsPhd, ExpectedLeavingOn) = (school.Role, school.Degree, school.IsPhd, school.ExpectedLeavingOn);
    }

    // The workflow moves by calendar day; the version guards concurrent officers.
    private void Touch() => Version++;

    private static string NewReferralCode() => RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 10);
}
