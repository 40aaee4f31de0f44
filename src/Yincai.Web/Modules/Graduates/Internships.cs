using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Graduates;

/// <summary>
/// GRD-08's use cases: placing a graduate in an internship at a verified host (eligibility checked on the start date, recorded as
/// an internship service for GRD-02), ending it, and each host's retention per intake.
/// </summary>
public sealed class Internships(YincaiDb db, RealNameDatabase graduates, TalentDirectory talents, EmployerDirectory employers, CurrentUser current,
    ChinaClock clock)
{
    /// <summary>The longest internship the platform records; the notices' 见习 runs 3 to 12 months.</summary>
    public const int MaxMonths = 12;

    public sealed record Retention(Guid HostEmployerId, string HostName, int IntakeYear, int Completed, int Retained, int Ongoing, int LeftEarly)
    {
        /// <summary>Kept on among those who completed the period; null before anyone has.</summary>
        public double? Rate => Completed == 0 ? null : 100.0 * Retained / Completed;
    }

    public async Task<Result<InternshipPlacement>> PlaceAsync(Graduate graduate, string hostCreditCode, DateOnly startOn, DateOnly endOn,
        CancellationToken cancellationToken)
    {
        if (endOn <= startOn || endOn > startOn.AddMonths(MaxMonths)) return GraduateErrors.InternshipPeriod;
        if (await employers.VerifiedByCreditCodeAsync(hostCreditCode.Trim().ToUpperInvariant(), cancellationToken) is not { } host)
            return GraduateErrors.UnknownHost;
        var born = (await talents.CardsAsync([graduate.TalentId], cancellationToken)).GetValueOrDefault(graduate.TalentId)?.BirthDate;
        var left = await talents.LeftSchoolOnAsync(graduate.TalentId, cancellationToken);
        if (InternshipEligibility.Check(born, left, startOn) is not { } basis) return GraduateErrors.NotEligibleForInternship;
        if (await db.Internships.AnyAsync(p => p.GraduateId == graduate.Id && p.Outcome == InternshipOutcome.Ongoing, cancellationToken))
            return GraduateErrors.InternshipOngoing;
        var placement = new InternshipPlacement(graduate, host.Id, host.Name, basis, startOn, endOn, current.Id, clock.UtcNow);
        db.Internships.Add(placement);
        var service = await graduates.RecordServiceAsync(graduate, ServiceKind.InternshipPlacement, ServiceChannel.InPerson,
            clock.Today < graduate.RegisteredOn ? graduate.RegisteredOn : clock.Today, host.Name, [], cancellationToken);
        if (service.IsError) return service.Error!;
        return placement;
    }

    /// <summary>Each host's interns per intake in the caller's scope, newest intake first.</summary>
    public async Task<List<Retention>> RetentionAsync(CancellationToken cancellationToken) =>
        (await db.Internships.AsNoTracking().GroupBy(p => new { p.HostEmployerId, p.HostName, p.IntakeYear })
            .Select(x => new
            {
                x.Key.HostEmployerId, x.Key.HostName, x.Key.IntakeYear,
                Retained = x.Count(p => p.Outcome == InternshipOutcome.Retained),
                NotRetained = x.Count(p => p.Outcome == InternshipOutcome.NotRetained),
                Ongoing = x.Count(p => p.Outcome == InternshipOutcome.Ongoing),
                LeftEarly = x.Count(p => p.Outcome == InternshipOutcome.LeftEarly),
            }).ToListAsync(cancellationToken))
        .Select(x => new Retention(x.HostEmployerId, x.HostName, x.IntakeYear, x.Retained + x.NotRetained, x.Retained, x.Ongoing, x.LeftEarly))
        .OrderByDescending(r => r.IntakeYear).ThenBy(r => r.HostName, StringComparer.Ordinal).ToList();
}
