using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Employers.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;
using Yincai.Platform.Validation;

namespace Yincai.Modules.Employers;

/// <summary>An employer user registers their employer, or corrects it; the officer of its region then verifies it.</summary>
public sealed class EmployerRegistration(YincaiDb db, RegionDirectory regions, IndustryCatalog industries,
    IStringLocalizer<EmployersResource> text, TimeProvider clock)
{
    public Task<Employer?> MineAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Employers.Where(e => db.EmployerMembers.Any(m => m.EmployerId == e.Id && m.UserId == userId))
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<Result<Employer>> SaveAsync(Guid userId, EmployerForm form, CancellationToken cancellationToken)
    {
        var details = await ValidateAsync(form, cancellationToken);
        if (details.IsError) return details.Error!;
        var mine = await MineAsync(userId, cancellationToken);
        var code = details.Value!.CreditCode;
        if (await db.Employers.AnyAsync(e => e.CreditCode == code && (mine == null || e.Id != mine.Id), cancellationToken))
            return EmployerErrors.CreditCodeTaken;

        var now = clock.GetUtcNow().UtcDateTime;
        if (mine is null)
        {
            mine = new Employer(details.Value, userId, now);
            db.Employers.Add(mine);
            db.EmployerMembers.Add(new EmployerMember(mine.Id, userId, now));
        }
        else
        {
            mine.Update(details.Value);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique index on the code: someone registered it at the same moment.
            var id = mine.Id;
            if (await db.Employers.AsNoTracking().AnyAsync(e => e.CreditCode == code && e.Id != id, cancellationToken))
                return EmployerErrors.CreditCodeTaken;
            throw;
        }
        return mine;
    }

    private async Task<Result<EmployerDetails>> ValidateAsync(EmployerForm form, CancellationToken cancellationToken)
    {
        var code = SocialCreditCode.Validate(form.CreditCode, text["Field_CreditCode"]);
        if (code.IsError) return code.Error! with { Field = nameof(form.CreditCode) };
        if (!RegionScope.IsRegionCode(form.RegionCode) || !await regions.ExistsAsync(form.RegionCode!, cancellationToken))
            return EmployerErrors.UnknownRegion;
        if (industries.Find(form.IndustryCode) is not { Level: "division" })
            return EmployerErrors.UnknownIndustry;
        return new EmployerDetails(code.Value!.Value, form.Name.Trim(), form.RegionCode!, form.IndustryCode!, form.Ownership,
            form.Size, form.Address.Trim(), form.ContactName.Trim(), form.ContactPhone.Trim());
    }
}
