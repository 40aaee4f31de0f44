using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Events.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Ambassadors;

/// <summary>Event audiences of serving ambassadors: all of them (home visits, AMB-07) or those with a PhD or studying for one
/// (the province's exchanges, AMB-08), recruited by a city under the event's region.</summary>
public sealed class AmbassadorAudience(EventAudience audience, YincaiDb db, TalentEnrolment talents) : IEventAudienceProvider
{
    public EventAudience Audience => audience;

    public async Task<IReadOnlyList<Guid>> AccountsAsync(string regionCode, int max, CancellationToken cancellationToken)
    {
        var prefix = RegionScope.PrefixOf(regionCode);
        var phdOnly = audience == EventAudience.PhdAmbassadors;
        var talentIds = await db.Ambassadors.AsNoTracking()
            .Where(a => a.Status == AmbassadorStatus.Active && a.RegionCode.StartsWith(prefix) && (!phdOnly || a.IsPhd))
            .OrderBy(a => a.Id).Take(max).Select(a => a.TalentId).ToListAsync(cancellationToken);
        return (await talents.AccountsAsync(talentIds, cancellationToken)).Values.ToList();
    }
}
