namespace Yincai.Modules.Events.Contracts;

/// <summary>Whom an event is for; invitations go to the people an <see cref="IEventAudienceProvider"/> finds for it.</summary>
public enum EventAudience
{
    All = 1,
    Graduates = 2,
    Returnees = 3,
    Ambassadors = 4,
    Phds = 5,
    Students = 6,
    /// <summary>Ambassadors with a PhD or studying for one (AMB-08): the province's exchanges invite them.</summary>
    PhdAmbassadors = 7,
}
