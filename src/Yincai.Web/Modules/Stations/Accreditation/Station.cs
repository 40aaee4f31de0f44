using Yincai.Modules.Stations.Programs;
using Yincai.Platform;

namespace Yincai.Modules.Stations.Accreditation;

/// <summary>
/// A talent station or returnee home, from its application to its naming and, if it fails an evaluation, its revocation
/// (DESIGN.md §3). The state machine is here; the service checks who may act and what other records say (site visits,
/// expert scores, objections) and hands the facts in.
/// </summary>
public sealed class Station : IRegionScoped, IFeedsChanges
{
    private StationContent? _content;

    private Station() { }

    public Station(Guid programId, StationDetails details, Guid operatorId, DateTime nowUtc)
    {
        Id = Ids.New();
        (ProgramId, OperatorId, CreatedAtUtc, Status) = (programId, operatorId, nowUtc, StationStatus.Draft);
        Apply(details);
    }

    public Guid Id { get; private set; }
    public Guid ProgramId { get; private set; }
    public string RegionCode { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string OrganisationName { get; private set; } = "";
    public OrganisationKind OrganisationKind { get; private set; }
    public string TypeKey { get; private set; } = "";
    public string Address { get; private set; } = "";
    public string ContactName { get; private set; } = "";
    public string ContactPhone { get; private set; } = "";
    public string Introduction { get; private set; } = "";
    /// <summary>Service keys separated by commas (<see cref="StationServices"/>).</summary>
    public string ServiceKeys { get; private set; } = "";
    public string ContentJson { get; private set; } = "";
    public Guid OperatorId { get; private set; }
    public StationStatus Status { get; private set; }
    /// <summary>The review stage it is at (or was sent back from), an index into the program's stages.</summary>
    public int StageIndex { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? SubmittedAtUtc { get; private set; }
    public DateOnly? NoticeFrom { get; private set; }
    public DateOnly? NoticeUntil { get; private set; }
    public DateOnly? NamedOn { get; private set; }
    public string? CertificateNumber { get; private set; }
    /// <summary>Random: the certificate's QR link carries it, so certificates cannot be walked through by number.</summary>
    public string? VerificationCode { get; private set; }
    public DateOnly? RevokedOn { get; private set; }
    /// <summary>The last return, rejection or revocation's reason, shown to the applicant.</summary>
    public string? Reason { get; private set; }
    /// <summary>How many nights one stay of discounted lodging may last (STN-03), set by the operator.</summary>
    public int LodgingMaxNights { get; private set; } = DefaultLodgingNights;
    public int Version { get; private set; }

    public const int DefaultLodgingNights = 7;

    public Result SetLodgingLimit(int nights)
    {
        if (nights is < 1 or > 90) return StationErrors.LodgingLimit;
        LodgingMaxNights = nights;
        Version++;
        return Result.Ok();
    }

    public StationContent Content => _content ??= StationContent.Parse(ContentJson);

    public IReadOnlyList<string> Services => ServiceKeys.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public bool IsEditable => Status is StationStatus.Draft or StationStatus.Returned;

    /// <summary>Shown on the public pages: named, or in its public notice.</summary>
    public bool IsPublic => Status is StationStatus.Named or StationStatus.PublicNotice;

    public Result Edit(StationDetails details)
    {
        if (!IsEditable) return StationErrors.NotEditable;
        // Its files and steps are filed under the region it applied in.
        if (details.RegionCode != RegionCode) return StationErrors.RegionFixed;
        Apply(details);
        Version++;
        return Result.Ok();
    }

    private void Apply(StationDetails d)
    {
        (Name, OrganisationName, OrganisationKind, TypeKey, RegionCode, Address) = (d.Name, d.OrganisationName, d.OrganisationKind, d.TypeKey, d.RegionCode, d.Address);
        (ContactName, ContactPhone, Introduction) = (d.ContactName, d.ContactPhone, d.Introduction);
        ServiceKeys = string.Join(',', d.Services.Distinct());
        ContentJson = d.Content.ToJson();
        _content = d.Content;
    }

    /// <summary>Sends the application for review: a draft to the first stage, a returned one back to the stage that returned it.</summary>
    public Result Submit(DateTime nowUtc)
    {
        if (!IsEditable) return StationErrors.NotEditable;
        if (Status == StationStatus.Draft) StageIndex = 0;
        (Status, SubmittedAtUtc, Reason) = (StationStatus.InReview, nowUtc, null);
        Version++;
        return Result.Ok();
    }

    /// <summary>
    /// The stage's reviewer passes it: the stage's site visit must be on record and its experts must have scored, on
    /// average at least the program's pass score. After the last stage the public notice starts (<paramref name="noticeFrom"/>
    /// to <paramref name="noticeUntil"/>).
    /// </summary>
    public Result Pass(ReviewStage stage, bool siteVisited, IReadOnlyCollection<int> scores, int passScore, int stageCount,
        DateOnly noticeFrom, DateOnly noticeUntil)
    {
        if (Status != StationStatus.InReview) return StationErrors.NotInReview;
        if (stage.SiteVisit && !siteVisited) return StationErrors.SiteVisitMissing;
        if (scores.Count < stage.Experts) return StationErrors.ScoresMissing(stage.Experts, scores.Count);
        if (stage.Experts > 0 && scores.Average() < passScore) return StationErrors.ScoreTooLow(passScore);
        if (StageIndex + 1 < stageCount) StageIndex++;
        else (Status, NoticeFrom, NoticeUntil) = (StationStatus.PublicNotice, noticeFrom, noticeUntil);
        Version++;
        return Result.Ok();
    }

    public Result Return(string reason)
    {
        if (Status != StationStatus.InReview) return StationErrors.NotInReview;
        if (string.IsNullOrWhiteSpace(reason)) return StationErrors.ReasonRequired;
        (Status, Reason) = (StationStatus.Returned, reason.Trim());
        Version++;
        return Result.Ok();
    }

    /// <summary>Refused in review, or after the public notice (an objection upheld).</summary>
    public Result Reject(string reason)
    {
        if (Status is not (StationStatus.InReview or StationStatus.PublicNotice)) return StationErrors.NotInReview;
        if (string.IsNullOrWhiteSpace(reason)) return StationErrors.ReasonRequired;
        (Status, Reason) = (StationStatus.Rejected, reason.Trim());
        Version++;
        return Result.Ok();
    }

    public bool TakesObjectionsOn(DateOnly day) => Status == StationStatus.PublicNotice && day >= NoticeFrom && day <= NoticeUntil;

    /// <summary>组织审定: named once its public notice is over and every objection has been answered.</summary>
    public Result Accredit(DateOnly today, int openObjections, string certificateNumber, string verificationCode)
    {
        if (Status != StationStatus.PublicNotice) return StationErrors.NotInNotice;
        if (today <= NoticeUntil) return StationErrors.NoticeNotOver(NoticeUntil!.Value);
        if (openObjections > 0) return StationErrors.ObjectionsOpen(openObjections);
        (Status, NamedOn, CertificateNumber, VerificationCode, Reason) = (StationStatus.Named, today, certificateNumber, verificationCode, null);
        Version++;
        return Result.Ok();
    }

    /// <summary>撤站摘牌 (STN-14): the history stays; the certificate now verifies as revoked.</summary>
    public Result Revoke(DateOnly today, string reason)
    {
        if (Status != StationStatus.Named) return StationErrors.NotNamed;
        if (string.IsNullOrWhiteSpace(reason)) return StationErrors.ReasonRequired;
        (Status, RevokedOn, Reason) = (StationStatus.Revoked, today, reason.Trim());
        Version++;
        return Result.Ok();
    }

    /// <summary>Certificate numbers read QDRCYZ-2026-001: the program's prefix, the year of naming, a running number.</summary>
    public static string NumberOf(string prefix, int year, int sequence) => $"{prefix}-{year}-{sequence:D3}";
}
