using Yincai.Platform;

namespace Yincai.Modules.Ambassadors.Work;

/// <summary>An ambassador's score for a year (AMB-10): the weighted contributions and referrals, as scored by an officer.</summary>
public sealed class Evaluation : IRegionScoped
{
    private Evaluation() { }

    public Evaluation(Guid ambassadorId, string regionCode, int year)
    {
        Id = Ids.New();
        (AmbassadorId, RegionCode, Year) = (ambassadorId, regionCode, year);
    }

    public Guid Id { get; private set; }
    public Guid AmbassadorId { get; private set; }
    public string RegionCode { get; private set; } = "";
    public int Year { get; private set; }
    public int Score { get; private set; }
    public int Contributions { get; private set; }
    public int Referrals { get; private set; }
    public Guid ScoredBy { get; private set; }
    public DateTime ScoredAtUtc { get; private set; }

    public void Set(int score, int contributions, int referrals, Guid officerId, DateTime nowUtc) =>
        (Score, Contributions, Referrals, ScoredBy, ScoredAtUtc) = (score, contributions, referrals, officerId, nowUtc);
}
