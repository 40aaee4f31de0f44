namespace Yincai.Modules.Ambassadors.Work;

/// <summary>What counts in an ambassador's evaluation (AMB-10). The referral kinds are counted from their links, never typed in.</summary>
public enum ContributionKind
{
    CampusPromotion = 1,
    StudentsReferred = 2,
    RecruitmentHelp = 3,
    EventOrganised = 4,
    ReferralRegistration = 11,
    ReferralApplication = 12,
    ReferralHire = 13,
}
