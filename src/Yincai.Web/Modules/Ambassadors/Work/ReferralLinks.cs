namespace Yincai.Modules.Ambassadors.Work;

/// <summary>The links an ambassador forwards: through /Ambassadors/Ref, which records the referral and goes on to the page.</summary>
public static class ReferralLinks
{
    public static string Job(string code, Guid jobId) => $"/Ambassadors/Ref?code={code}&job={jobId}";

    public static string Event(string code, Guid eventId) => $"/Ambassadors/Ref?code={code}&event={eventId}";
}
