using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Graduates;

/// <summary>A hire on the platform takes the graduate out of the real-name database (GRD-01, GRD-15): the employer hired them
/// today, which is the evidence. The talent record's employment is the hire's own doing.</summary>
public sealed class GraduateHires(YincaiDb db, CurrentUser current, ChinaClock clock, Counts.CohortCounts counts,
    Counts.ContactServiceCounts contactServices, Notifications.Contracts.Webhooks webhooks) : IFollowsEmployment
{
    public async Task HiredAsync(Guid talentId, string employerName, DateTime nowUtc, CancellationToken cancellationToken)
    {
        // The employer is not the county's officer: the record is found whatever the caller's scope.
        var graduate = db.Graduates.Local.FirstOrDefault(g => g.TalentId == talentId)
            ?? await db.Graduates.IgnoreQueryFilters([YincaiDb.RegionFilter]).FirstOrDefaultAsync(g => g.TalentId == talentId, cancellationToken);
        if (graduate is null || graduate.Outcome == GraduateOutcome.Employed) return;
        var before = Counts.ContactServiceCounts.StandingOf(graduate);
        if (graduate.SetOutcome(GraduateOutcome.Employed, clock.Today, clock.Today, nowUtc).IsError) return;
        contactServices.Moved(graduate, before);
        var step = new OutcomeChange(graduate, GraduateOutcome.Employed, clock.Today, GraduateTexts.HireEvidence(employerName), employerName,
            OutcomeSource.Hire, current.Id, nowUtc);
        db.GraduateOutcomes.Add(step);
        await counts.SteppedAsync(graduate, step, cancellationToken);
        await GraduateWebhooks.PublishAsync(webhooks, graduate, step, cancellationToken);
        // Not through HelpPlans: it reads talents, whose hire is what called this.
        if (await db.HelpPlans.IgnoreQueryFilters([YincaiDb.RegionFilter]).FirstOrDefaultAsync(p => p.GraduateId == graduate.Id, cancellationToken) is { IsOpen: true } plan)
            plan.Close(clock.Today, GraduateTexts.HireEvidence(employerName));
    }
}
