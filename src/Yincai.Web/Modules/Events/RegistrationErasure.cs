using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Events;

/// <summary>Erases the name copied into a talent's event registrations when the talent is erased.</summary>
public sealed class RegistrationErasure(YincaiDb db) : IErasesTalentData
{
    public async Task EraseAsync(Guid talentId, Guid? userId, CancellationToken cancellationToken)
    {
        if (userId is not { } user) return;
        foreach (var registration in await db.EventRegistrations.IgnoreQueryFilters().Where(r => r.UserId == user).ToListAsync(cancellationToken))
            registration.EraseName();
    }
}
