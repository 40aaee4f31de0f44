using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;
using Yincai.Platform.Protection;
using Yincai.Platform.Validation;

namespace Yincai.Modules.Talents;

/// <summary>A talent keeps their own record; one person, one record, found by the ID number's blind index.</summary>
public sealed class TalentProfiles(YincaiDb db, FieldProtection protection, RegionDirectory regions,
    IStringLocalizer<TalentsResource> text, TimeProvider clock)
{
    public Task<Talent?> MineAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Talents.FirstOrDefaultAsync(t => t.UserId == userId, cancellationToken);

    public async Task<Result<Talent>> SaveAsync(Guid userId, string fullName, string? idNumber, string? householdRegionCode,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var id = ResidentIdNumber.Validate(idNumber, text["Field_IdNumber"], DateOnly.FromDateTime(now));
        if (id.IsError) return id.Error! with { Field = "IdNumber" };
        if (!RegionScope.IsRegionCode(householdRegionCode) || !await regions.ExistsAsync(householdRegionCode!, cancellationToken))
            return new Error("talents.unknown_region", text["Error_UnknownRegion"], "HouseholdRegionCode");

        var protectedId = ProtectedIdNumber.From(id.Value!, protection);
        var mine = await MineAsync(userId, cancellationToken);
        var holder = await db.Talents.AsNoTracking().Where(t => t.IdNumberIndex == protectedId.Index)
            .Select(t => new { t.Id, t.UserId }).FirstOrDefaultAsync(cancellationToken);
        if (holder is not null && holder.Id != mine?.Id)
            return new Error("talents.id_number_taken", text["Error_IdNumberTaken"], "IdNumber");

        if (mine is null)
        {
            mine = new Talent(userId, fullName.Trim(), protectedId, householdRegionCode!, now);
            db.Talents.Add(mine);
        }
        else
        {
            mine.Update(fullName.Trim(), protectedId, householdRegionCode!, now);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique index caught a registration of the same person at the same moment.
            db.ChangeTracker.Clear();
            if (await db.Talents.AnyAsync(t => t.IdNumberIndex == protectedId.Index && t.UserId != userId, cancellationToken))
                return new Error("talents.id_number_taken", text["Error_IdNumberTaken"], "IdNumber");
            throw;
        }
        return mine;
    }

    /// <summary>Saves name and region of an existing record without touching the ID number on file.</summary>
    public async Task<Result<Talent>> SaveKeepingIdAsync(Guid userId, string fullName, string? householdRegionCode,
        CancellationToken cancellationToken)
    {
        var mine = await MineAsync(userId, cancellationToken);
        if (mine is null) return new Error("talents.id_number_required", text["Error_IdNumberRequired"], "IdNumber");
        var number = protection.Decrypt(mine.IdNumberCipher);
        return await SaveAsync(userId, fullName, number, householdRegionCode, cancellationToken);
    }

    /// <summary>The keyed hash under which a (normalised) ID number is found, without decrypting anything.</summary>
    public string BlindIndexOf(string normalised) => protection.BlindIndex(normalised);
}
