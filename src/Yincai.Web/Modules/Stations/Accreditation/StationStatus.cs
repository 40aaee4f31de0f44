namespace Yincai.Modules.Stations.Accreditation;

/// <summary>Where an application or station stands (DESIGN.md §3, accreditation).</summary>
public enum StationStatus
{
    Draft = 1,
    /// <summary>In review at <see cref="Station.StageIndex"/>.</summary>
    InReview = 2,
    /// <summary>Sent back to the applicant to fix; resubmitting returns it to the stage that sent it back.</summary>
    Returned = 3,
    /// <summary>公示: anyone may object until <see cref="Station.NoticeUntil"/>.</summary>
    PublicNotice = 4,
    Named = 5,
    Rejected = 6,
    /// <summary>撤站摘牌 after a failed evaluation (STN-14): off the public pages, its certificate says revoked.</summary>
    Revoked = 7,
}
