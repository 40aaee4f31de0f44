namespace Yincai.Modules.Ambassadors.Work;

/// <summary>A line of the yearly ranking.</summary>
public sealed record RankedAmbassador(int Rank, Guid AmbassadorId, string FullName, string RegionCode, string SchoolName, int Score,
    int Contributions, int Referrals);
