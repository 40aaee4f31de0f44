using Yincai.Modules.Events.Contracts;
using Yincai.Modules.Talents.Contracts;

namespace Yincai.Modules.Events;

/// <summary>The audiences the talent pool answers: everyone, graduates, returnees, PhDs, students.</summary>
public sealed class TalentAudience(EventAudience audience, TalentDirectory talents) : IEventAudienceProvider
{
    public EventAudience Audience => audience;

    public async Task<IReadOnlyList<Guid>> AccountsAsync(string regionCode, int max, CancellationToken cancellationToken)
    {
        var (categories, degree) = audience switch
        {
            EventAudience.Graduates => (TalentCategory.Graduate, DegreeLevel.None),
            EventAudience.Returnees => (TalentCategory.OverseasReturnee, DegreeLevel.None),
            EventAudience.Phds => (TalentCategory.None, DegreeLevel.Doctorate),
            EventAudience.Students => (TalentCategory.Student, DegreeLevel.None),
            _ => (TalentCategory.None, DegreeLevel.None),
        };
        return await talents.AccountsInRegionAsync(regionCode, categories, degree, max, cancellationToken);
    }
}
