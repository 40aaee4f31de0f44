namespace Yincai.Modules.Events.Contracts;

/// <summary>
/// Finds the people of one <see cref="EventAudience"/> in a region, to invite them to an event. Talents' groups come from
/// the Talents module; the Ambassadors module (issue 6) registers its own provider for <see cref="EventAudience.Ambassadors"/>.
/// </summary>
public interface IEventAudienceProvider
{
    EventAudience Audience { get; }

    /// <summary>Sign-in accounts of the audience whose region lies under <paramref name="regionCode"/>, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<Guid>> AccountsAsync(string regionCode, int max, CancellationToken cancellationToken);
}
