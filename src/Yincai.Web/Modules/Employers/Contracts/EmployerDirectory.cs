using Microsoft.EntityFrameworkCore;
using Yincai.Platform;

namespace Yincai.Modules.Employers.Contracts;

/// <summary>Look-ups of employers for other modules (Jobs: whose jobs, and may they be published).</summary>
public sealed class EmployerDirectory(YincaiDb db)
{
    public Task<EmployerCard?> OfUserAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Employers.AsNoTracking().Where(e => db.EmployerMembers.Any(m => m.EmployerId == e.Id && m.UserId == userId))
            .Select(e => new EmployerCard(e.Id, e.Name, e.RegionCode, e.IndustryCode, e.Status) { Blacklisted = e.BlacklistedAtUtc != null })
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>An employer by id whatever the caller's scope: the employer its own API key acts for.</summary>
    public Task<EmployerCard?> CardAsync(Guid employerId, CancellationToken cancellationToken) =>
        db.Employers.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().Where(e => e.Id == employerId)
            .Select(e => new EmployerCard(e.Id, e.Name, e.RegionCode, e.IndustryCode, e.Status) { Blacklisted = e.BlacklistedAtUtc != null })
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The employers with these credit codes that lie in the caller's region scope, by code (job imports).</summary>
    public Task<Dictionary<string, EmployerCard>> InScopeByCreditCodeAsync(IReadOnlyCollection<string> creditCodes,
        CancellationToken cancellationToken) =>
        db.Employers.AsNoTracking().Where(e => creditCodes.Contains(e.CreditCode))
            .Select(e => new { e.CreditCode, Card = new EmployerCard(e.Id, e.Name, e.RegionCode, e.IndustryCode, e.Status) { Blacklisted = e.BlacklistedAtUtc != null } })
            .ToDictionaryAsync(e => e.CreditCode, e => e.Card, cancellationToken);

    /// <summary>Whether the employer is verified, whatever the caller's region scope (a job may be in another region).</summary>
    /// <summary>The sign-in accounts of an employer's members (to tell them something in their inbox).</summary>
    public Task<List<Guid>> MemberUserIdsAsync(Guid employerId, CancellationToken cancellationToken) =>
        db.EmployerMembers.AsNoTracking().Where(m => m.EmployerId == employerId).Select(m => m.UserId).ToListAsync(cancellationToken);

    /// <summary>The verified employer with this credit code, wherever it is registered (a host of internships): verification
    /// is a public fact.</summary>
    public Task<EmployerCard?> VerifiedByCreditCodeAsync(string creditCode, CancellationToken cancellationToken) =>
        db.Employers.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking()
            .Where(e => e.CreditCode == creditCode && e.Status == EmployerStatus.Verified)
            .Select(e => new EmployerCard(e.Id, e.Name, e.RegionCode, e.IndustryCode, e.Status)).FirstOrDefaultAsync(cancellationToken);

    public Task<bool> IsVerifiedAsync(Guid employerId, CancellationToken cancellationToken) =>
        // Verification is public fact about an employer, not its record: asked across scopes on purpose.
        db.Employers.IgnoreQueryFilters([YincaiDb.RegionFilter])
            .AnyAsync(e => e.Id == employerId && e.Status == EmployerStatus.Verified && e.BlacklistedAtUtc == null, cancellationToken);

    /// <summary>Whether the employer is blacklisted (GRD-14), whatever the caller's scope: a public fact like verification.</summary>
    public Task<bool> IsBlacklistedAsync(Guid employerId, CancellationToken cancellationToken) =>
        db.Employers.IgnoreQueryFilters([YincaiDb.RegionFilter]).AnyAsync(e => e.Id == employerId && e.BlacklistedAtUtc != null, cancellationToken);

    /// <summary>The verified employer whose name or credit code is exactly <paramref name="nameOrCode"/>, wherever it is
    /// registered (the employer a complaint is against).</summary>
    public Task<EmployerCard?> VerifiedByNameOrCodeAsync(string nameOrCode, CancellationToken cancellationToken) =>
        db.Employers.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking()
            .Where(e => (e.Name == nameOrCode || e.CreditCode == nameOrCode) && e.Status == EmployerStatus.Verified)
            .OrderBy(e => e.RegisteredAtUtc)
            .Select(e => new EmployerCard(e.Id, e.Name, e.RegionCode, e.IndustryCode, e.Status) { Blacklisted = e.BlacklistedAtUtc != null })
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Blacklists the employer in the caller's unit of work (stored with its SaveChanges): an officer whose scope
    /// holds the employer, after an upheld complaint. False when the employer is not in the caller's scope.</summary>
    public async Task<bool> BlacklistAsync(Guid employerId, string reason, Guid officerId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        if (await db.Employers.FirstOrDefaultAsync(e => e.Id == employerId, cancellationToken) is not { } employer) return false;
        employer.Blacklist(reason, officerId, nowUtc);
        return true;
    }

    /// <summary>Verified employers as benefits judge them (policy finds people): a page in id order, across region scopes (the benefit's region decides, and the caller says so). The registration date is the platform's
    /// own record of the business, checked by the officer who verified it.</summary>
    public async Task<List<EmployerFactRow>> VerifiedPageAsync(Guid? after, int size, CancellationToken cancellationToken)
    {
        var employers = db.Employers.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().Where(e => e.Status == EmployerStatus.Verified);
        if (after is { } last) employers = employers.Where(e => e.Id.CompareTo(last) > 0);
        return await employers.OrderBy(e => e.Id).Take(size)
            .Select(e => new EmployerFactRow(e.Id, e.Name, e.RegionCode, e.Status, e.RegisteredAtUtc)).ToListAsync(cancellationToken);
    }

    /// <summary>These employers as benefits' rules read them, by id, whatever the caller's scope (a background round of Benefits).</summary>
    public Task<Dictionary<Guid, EmployerFactRow>> FactsAsync(IReadOnlyCollection<Guid> employerIds, CancellationToken cancellationToken) =>
        db.Employers.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking().Where(e => employerIds.Contains(e.Id))
            .Select(e => new EmployerFactRow(e.Id, e.Name, e.RegionCode, e.Status, e.RegisteredAtUtc)).ToDictionaryAsync(e => e.Id, cancellationToken);

    public async Task<EmployerFactRow?> FactsAsync(Guid employerId, CancellationToken cancellationToken) =>
        (await FactsAsync([employerId], cancellationToken)).GetValueOrDefault(employerId);
}

/// <summary>An employer as benefits' rules read it.</summary>
public sealed record EmployerFactRow(Guid Id, string Name, string RegionCode, EmployerStatus Status, DateTime RegisteredAtUtc);
