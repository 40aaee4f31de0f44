namespace Yincai.Modules.Ambassadors.Work;

/// <summary>What an ambassador's links brought: visits, event registrations, job applications and hires.</summary>
public sealed record ReferralCounts(int Visits, int Registrations, int Applications, int Hires)
{
    public static readonly ReferralCounts None = new(0, 0, 0, 0);
}
