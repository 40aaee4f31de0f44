using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;
using Yincai.Platform.Protection;

namespace Yincai.Modules.Talents.Demo;

/// <summary>
/// A demo talent pool on first start, so that officers' lists, filters and the employers' talent search show real
/// behaviour: generated people of Shandong with an education, skills and, for about half, consent to share with
/// employers. Not run again once demo talents exist.
/// </summary>
public sealed class DemoTalents(YincaiDb db, FieldProtection protection, UniversityCatalog universities, MajorCatalog majors,
    TimeProvider clock)
{
    public const int Count = 300;

    public async Task<int> SeedAsync(CancellationToken cancellationToken)
    {
        // Talents without a sign-in account come only from imports and this seed.
        if (await db.Talents.IgnoreQueryFilters([YincaiDb.RegionFilter]).AnyAsync(t => t.UserId == null, cancellationToken)) return 0;
        var now = clock.GetUtcNow().UtcDateTime;
        var generator = new TalentGenerator(seed: 37, DateOnly.FromDateTime(now), universities, majors);
        var entities = new TalentEntities(protection, universities, majors, now);
        foreach (var row in generator.Generate(Count))
        {
            var (talent, education) = entities.From(row);
            var shares = (row.IdNumber[16] - '0') % 2 == 0;
            talent.RecordConsent(ConsentPurpose.ShareWithEmployers, shares);
            db.Talents.Add(talent);
            db.Educations.Add(education);
            db.Consents.Add(new Consent(talent.Id, ConsentPurpose.ShareWithEmployers, shares, Consent.CurrentTextVersion, now));
        }
        await db.SaveChangesAsync(cancellationToken);
        return Count;
    }
}
