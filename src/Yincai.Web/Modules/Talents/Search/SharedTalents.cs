using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Talents.Search;

/// <summary>
/// The talent pool as employers see it (ENT-04: sharing talent information with enterprises): only people who
/// agreed to share with employers, only to verified employers, and never an ID number, mobile or disadvantaged flag.
/// </summary>
public sealed class SharedTalents(YincaiDb db, EmployerDirectory employers)
{
    /// <summary>The verified employer of the signed-in user, or null: unverified employers see nobody.</summary>
    public async Task<EmployerCard?> VerifiedEmployerAsync(Guid userId, CancellationToken cancellationToken)
    {
        var employer = await employers.OfUserAsync(userId, cancellationToken);
        return employer is { Status: EmployerStatus.Verified } ? employer : null;
    }

    public IQueryable<Talent> Visible() =>
        // Employers are not staff and have no region scope; consent is the filter here, stated explicitly.
        db.Talents.AsNoTracking().SharedWithEmployers();

    /// <summary>The visible talents whose skills, major or school hold every term (<see cref="TalentSearch"/>).</summary>
    public IQueryable<Talent> Matching(SearchTerms query) => Visible().Matching(query, db.HasBigramIndexes);

    public IQueryable<Talent> Search(string? keyword, DegreeLevel? minDegree, string? intendedRegion, TalentCategory? category)
    {
        var query = Matching(SearchTerms.Parse(keyword));
        if (minDegree is { } degree and not DegreeLevel.None) query = query.Where(t => t.HighestDegree >= degree);
        if (RegionScope.IsRegionCode(intendedRegion))
        {
            var prefix = RegionScope.PrefixOf(intendedRegion!);
            query = query.Where(t => t.IntendedRegionCodes.Any(c => c.StartsWith(prefix)));
        }
        if (category is { } c and not TalentCategory.None) query = query.Where(t => (t.Categories & c) == c);
        return query;
    }
}

public static class TalentQueries
{
    /// <summary>Talents who agreed to share their profile with employers and were not erased (ENT-04): the one rule the
    /// employers' search, the six finds and matching share.</summary>
    public static IQueryable<Talent> SharedWithEmployers(this IQueryable<Talent> talents) =>
        talents.Where(t => t.SharesWithEmployers && !t.IsErased);
}
