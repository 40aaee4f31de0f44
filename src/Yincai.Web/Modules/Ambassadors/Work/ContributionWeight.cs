namespace Yincai.Modules.Ambassadors.Work;

/// <summary>Points per unit of a contribution kind in the yearly evaluation: data (seeded, changeable by an admin), not code.</summary>
public sealed class ContributionWeight
{
    private ContributionWeight() { }

    public ContributionWeight(ContributionKind kind, int points) => (Kind, Points) = (kind, points);

    public ContributionKind Kind { get; private set; }
    public int Points { get; private set; }

    public void Set(int points) => Points = points;

    public static IEnumerable<ContributionWeight> Defaults() =>
    [
        new(ContributionKind.CampusPromotion, 2), new(ContributionKind.StudentsReferred, 1), new(ContributionKind.RecruitmentHelp, 3),
        new(ContributionKind.EventOrganised, 5), new(ContributionKind.ReferralRegistration, 1), new(ContributionKind.ReferralApplication, 2),
        new(ContributionKind.ReferralHire, 10),
    ];
}
