using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Talents.Search;

/// <summary>
/// 找人才: talents who agreed to share their profile with employers (<see cref="SharedTalents"/>), by skill, major or
/// school. Names masked, never an ID number or mobile. Verified employers' users and officers (their region, by
/// YincaiDb's filter) see who; everyone else only how many, with the reason.
/// </summary>
public sealed class TalentFinds(SharedTalents talents, IStringLocalizer<TalentsResource> text) : ISixFindsSource
{
    public SixFindsKind Kind => SixFindsKind.Talents;
    public int Order => 0;

    public async Task<SixFindsResult> SearchAsync(SearchTerms query, CurrentUser viewer, int take, CancellationToken cancellationToken)
    {
        var found = talents.Matching(query);
        var (total, capped) = await SixFinds.CappedCountAsync(found, cancellationToken);

        var isOfficer = viewer.IsInRole(Roles.Officer);
        var restriction = isOfficer ? SixFindsRestriction.None
            : !viewer.IsInRole(Roles.EmployerUser) || viewer.Id is not { } userId ? SixFindsRestriction.SignInAsEmployer
            : await talents.VerifiedEmployerAsync(userId, cancellationToken) is null ? SixFindsRestriction.EmployerNotVerified
            : SixFindsRestriction.None;
        if (restriction != SixFindsRestriction.None || total == 0) return new SixFindsResult([], total, capped, null, restriction);

        var rows = take <= 0 ? [] : await found.OrderByDescending(t => t.UpdatedAtUtc).Take(take)
            .Select(t => new { t.Id, t.FullName, t.HighestDegree, t.SchoolName, t.MajorName, t.Skills }).ToListAsync(cancellationToken);
        var details = isOfficer ? "/Talents/Review/Details?id=" : "/Talents/Search/Details?id=";
        var hits = rows.Select(t => new SixFindsHit(Talent.MaskName(t.FullName), details + t.Id,
            NullIfEmpty(string.Join(" · ", new[] { t.HighestDegree == DegreeLevel.None ? null : text["Degree_" + t.HighestDegree].Value, t.SchoolName, t.MajorName }
                .Where(s => !string.IsNullOrEmpty(s)))),
            NullIfEmpty(string.Join("、", t.Skills)))).ToList();
        // The employers' talent search carries the query on; officers' own list searches names, so they stay here.
        var more = isOfficer ? null : new SixFindsLink(SixFinds.WithQuery("/Talents/Search", query), text["Nav_TalentSearch"]);
        return new SixFindsResult(hits, total, capped, more);
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
