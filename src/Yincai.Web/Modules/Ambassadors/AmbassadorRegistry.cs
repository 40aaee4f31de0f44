using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Yincai.Modules.Ambassadors.Certificates;
using Yincai.Modules.Ambassadors.Filing;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Regions.Contracts;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;
using Yincai.Platform.Validation;

namespace Yincai.Modules.Ambassadors;

/// <summary>The candidate a city enters: the person and the qualification inputs.</summary>
public sealed record CandidateInput(string FullName, string IdNumber, string CityCode, AmbassadorApplication Application);

/// <summary>
/// Recruitment and the lifecycle of ambassadors: a candidate enrolled into the talent pool (Talents contract) and checked
/// (AMB-01), started by the city when the school is in the province, exits (AMB-03) and re-appointments (AMB-04), each
/// closing a term of the history. Region scope comes from YincaiDb: a city's officer reaches only the city's ambassadors.
/// </summary>
public sealed class AmbassadorRegistry(YincaiDb db, TalentEnrolment talents, UniversityCatalog universities, RegionDirectory regions,
    Notifier notifier, CurrentUser current, ChinaClock clock, IOptions<AmbassadorsOptions> options)
{
    private DateTime Now => clock.UtcNow;
    public DateOnly Today => clock.Today;

    /// <summary>Checks a candidate the way the form and the import both do; returns the school or every problem.</summary>
    public async Task<(string? IdNumber, AmbassadorSchool? School, List<Error> Problems)> CheckAsync(CandidateInput input,
        CancellationToken cancellationToken)
    {
        var problems = new List<Error>();
        if (string.IsNullOrWhiteSpace(input.FullName)) problems.Add(new Error("ambassadors.name_required", Text("Error_NameRequired"), "FullName"));
        var id = ResidentIdNumber.Validate(input.IdNumber ?? "", Text("Field_IdNumber"), Today);
        if (id.IsError) problems.Add(id.Error! with { Field = "IdNumber" });
        if (!IsCity(input.CityCode) || !current.Scope.Contains(input.CityCode))
            problems.Add(new Error("ambassadors.bad_city", Text("Error_BadCity"), "CityCode"));
        if (input.Application.NativePlaceCode is { } native && !await regions.ExistsAsync(native, cancellationToken))
            problems.Add(new Error("ambassadors.unknown_region", Text("Error_UnknownRegion"), "NativePlaceCode"));
        var province = IsCity(input.CityCode) ? input.CityCode[..2] + "0000" : "000000";
        var (school, qualification) = AmbassadorQualification.Check(input.Application, province, universities, Today);
        problems.AddRange(qualification.Where(q => problems.All(p => p.Field != q.Field)));
        if (!id.IsError)
        {
            var index = talents.BlindIndexOf(id.Value!);
            if (await IsAmbassadorAsync(index, cancellationToken)) problems.Add(AmbassadorErrors.AlreadyAmbassador);
        }
        return (id.IsError ? null : id.Value, school, problems);
    }

    /// <summary>Adds a checked candidate in the caller's unit of work (nothing saved).</summary>
    public async Task<Ambassador> AddCheckedAsync(string fullName, string idNumber, string cityCode, string nativePlaceCode, AmbassadorSchool school,
        CancellationToken cancellationToken)
    {
        var talent = await talents.EnsureAsync(fullName, idNumber, cityCode, nativePlaceCode, Now, cancellationToken);
        var ambassador = new Ambassador(talent.Id, fullName.Trim(), talent.IdNumberMasked, cityCode, nativePlaceCode, school, Now);
        db.Ambassadors.Add(ambassador);
        db.AmbassadorTerms.Add(new AmbassadorTerm(ambassador.Id, cityCode, school, Today));
        return ambassador;
    }

    public async Task<Result<Ambassador>> AddAsync(CandidateInput input, CancellationToken cancellationToken)
    {
        var (id, school, problems) = await CheckAsync(input, cancellationToken);
        if (problems.Count > 0) return problems[0];
        var ambassador = await AddCheckedAsync(input.FullName, id!, input.CityCode, input.Application.NativePlaceCode!, school!, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return ambassador;
    }

    /// <summary>The city starts an ambassador of a school in the province, who gets the province's certificate like a filed one (AMB-06).</summary>
    public async Task<Result> ActivateAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.FindInScopeAsync<Ambassador>(id, cancellationToken) is not { } ambassador) return AmbassadorErrors.NotFound;
        if (current.Id is not { } officerId) return AmbassadorErrors.NotCity;
        var result = ambassador.Activate(Today);
        if (result.IsError) return result;
        var certificate = await IssueCertificateAsync(ambassador, officerId, cancellationToken);
        await NotifyAsync(ambassador, NotificationKinds.AmbassadorStarted, certificate, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return result;
    }

    /// <summary>
    /// AMB-06: every ambassador who starts serving holds the province's certificate, numbered per province and year, whether
    /// the province accepted a filing line or the city started an ambassador of a school in the province (in the caller's
    /// unit of work, nothing saved).
    /// </summary>
    public async Task<AmbassadorCertificate> IssueCertificateAsync(Ambassador ambassador, Guid officerId, CancellationToken cancellationToken)
    {
        var certificate = new AmbassadorCertificate(ambassador.Id, ambassador.RegionCode, await NextNumberAsync(ambassador.ProvinceCode, cancellationToken),
            Today, ambassador.ExpectedLeavingOn, options.Value.CertificateYears, officerId);
        db.AmbassadorCertificates.Add(certificate);
        return certificate;
    }

    /// <summary>Tells the ambassador (when they have an account) that the certificate was issued, with its number and expiry.</summary>
    public async Task NotifyAsync(Ambassador ambassador, NotificationKind kind, AmbassadorCertificate certificate, CancellationToken cancellationToken)
    {
        var accounts = await talents.AccountsAsync([ambassador.TalentId], cancellationToken);
        if (accounts.TryGetValue(ambassador.TalentId, out var user))
            await notifier.NotifyAsync(user, kind, [certificate.Number, MessageValues.Date(certificate.ExpiresOn)], "/Ambassadors/Mine", cancellationToken);
    }

    private async Task<string> NextNumberAsync(string provinceCode, CancellationToken cancellationToken)
    {
        var prefix = $"{provinceCode}-{Today.Year}-";
        // Numbers run per province and year, whoever issued them: counted across scopes, reading numbers only.
        var last = await db.AmbassadorCertificates.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking()
            .Where(c => c.Number.StartsWith(prefix)).OrderByDescending(c => c.Number).Select(c => c.Number).FirstOrDefaultAsync(cancellationToken);
        var local = db.AmbassadorCertificates.Local.Where(c => c.Number.StartsWith(prefix, StringComparison.Ordinal)).Select(c => c.Number);
        var highest = new[] { last }.Concat(local).OfType<string>().Select(n => int.Parse(n[prefix.Length..], System.Globalization.CultureInfo.InvariantCulture))
            .DefaultIfEmpty(0).Max();
        return AmbassadorCertificate.NumberOf(provinceCode, Today.Year, highest + 1);
    }

    /// <summary>AMB-03: the exit closes the term and revokes the certificate; a normal one prompts the thank-you letter (AMB-11).</summary>
    public async Task<Result> ExitAsync(Guid id, ExitReason reason, DateOnly on, string? note, CancellationToken cancellationToken)
    {
        if (await db.FindInScopeAsync<Ambassador>(id, cancellationToken) is not { } ambassador) return AmbassadorErrors.NotFound;
        var result = ambassador.Exit(reason, on, note, Today);
        if (result.IsError) return result;
        await EndTermAsync(ambassador.Id, on, reason, note, cancellationToken);
        foreach (var certificate in await db.AmbassadorCertificates.Where(c => c.AmbassadorId == id && c.RevokedOn == null).ToListAsync(cancellationToken))
            certificate.Revoke(on, "Exit_" + reason);
        await db.SaveChangesAsync(cancellationToken);
        return result;
    }

    /// <summary>AMB-04: the new school is checked like a new candidate's; the old term ends as "re-appointed", the old certificate
    /// is superseded, and the ambassador is filed again.</summary>
    public async Task<Result> ReappointAsync(Guid id, AmbassadorApplication application, CancellationToken cancellationToken)
    {
        if (await db.FindInScopeAsync<Ambassador>(id, cancellationToken) is not { } ambassador) return AmbassadorErrors.NotFound;
        var (school, problems) = AmbassadorQualification.Check(application with { NativePlaceCode = ambassador.NativePlaceCode },
            ambassador.ProvinceCode, universities, Today);
        if (problems.Count > 0) return problems[0];
        var result = ambassador.Reappoint(school!, Today);
        if (result.IsError) return result;
        await EndTermAsync(ambassador.Id, Today, ExitReason.Reappointed, null, cancellationToken);
        db.AmbassadorTerms.Add(new AmbassadorTerm(ambassador.Id, ambassador.RegionCode, school!, Today));
        foreach (var certificate in await db.AmbassadorCertificates.Where(c => c.AmbassadorId == id && c.RevokedOn == null).ToListAsync(cancellationToken))
            certificate.Revoke(Today, "Exit_" + ExitReason.Reappointed);
        await db.SaveChangesAsync(cancellationToken);
        return result;
    }

    public async Task<Result> SetWantsToReturnAsync(Guid id, bool wants, CancellationToken cancellationToken)
    {
        if (await db.FindInScopeAsync<Ambassador>(id, cancellationToken) is not { } ambassador) return AmbassadorErrors.NotFound;
        ambassador.SetWantsToReturn(wants, Now);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }

    /// <summary>The next deadline for a city's filing, from the windows on file.</summary>
    public async Task<FilingDeadline> NextDeadlineAsync(CancellationToken cancellationToken)
    {
        var today = Today;
        var windows = await db.FilingWindows.AsNoTracking().Where(w => w.DueOn >= today).OrderBy(w => w.DueOn).Take(3)
            .Select(w => new { w.DueOn, w.Kind }).ToListAsync(cancellationToken);
        return FilingDeadlines.Next(windows.Select(w => (w.DueOn, w.Kind)), today);
    }

    public int Quota => options.Value.QuotaPerCity;

    public string BlindIndexOf(string normalisedIdNumber) => talents.BlindIndexOf(normalisedIdNumber);

    public static bool IsCity(string? code) => RegionScope.IsRegionCode(code) && code!.EndsWith("00", StringComparison.Ordinal)
        && !code.EndsWith("0000", StringComparison.Ordinal);

    private async Task EndTermAsync(Guid ambassadorId, DateOnly on, ExitReason reason, string? note, CancellationToken cancellationToken)
    {
        var open = await db.AmbassadorTerms.Where(t => t.AmbassadorId == ambassadorId && t.EndedOn == null).ToListAsync(cancellationToken);
        foreach (var term in open) term.End(on, reason, note);
    }

    private async Task<bool> IsAmbassadorAsync(string blindIndex, CancellationToken cancellationToken)
    {
        // Whether the person already serves anywhere: the look-up crosses the scope and reads no personal data.
        var talentId = await talents.TalentWithIndexAsync(blindIndex, cancellationToken);
        if (talentId is null) return false;
        return db.Ambassadors.Local.Any(a => a.TalentId == talentId)
            || await db.Ambassadors.IgnoreQueryFilters([YincaiDb.RegionFilter]).AnyAsync(a => a.TalentId == talentId, cancellationToken);
    }

    private static string Text(string key) => AmbassadorTexts.Get(key);
}
