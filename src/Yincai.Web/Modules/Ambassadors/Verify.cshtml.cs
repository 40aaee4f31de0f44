using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Yincai.Modules.Ambassadors.Certificates;
using Yincai.Modules.Regions.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Ambassadors;

/// <summary>The public check of a certificate, by the code in its QR link or by its number: the holder's name partly masked,
/// the city, the ambassador's status and whether the certificate is valid, expired or revoked. Nothing else is shown.</summary>
public sealed class VerifyModel(YincaiDb db, RegionDirectory regions, AmbassadorRegistry registry) : PageModel
{
    public sealed record Result(string Number, string MaskedName, string City, AmbassadorStatus Status, DateOnly IssuedOn, DateOnly ExpiresOn,
        CertificateState State);

    public Result? Found { get; private set; }
    public bool Searched { get; private set; }

    public async Task OnGetAsync(string? code, string? number)
    {
        if (string.IsNullOrWhiteSpace(code) && string.IsNullOrWhiteSpace(number)) return;
        Searched = true;
        var ct = HttpContext.RequestAborted;
        // A public page: certificates are looked up whatever the visitor's scope, and only what the page shows is read.
        var certificates = db.AmbassadorCertificates.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking();
        certificates = string.IsNullOrWhiteSpace(code) ? certificates.Where(c => c.Number == number!.Trim()) : certificates.Where(c => c.VerificationCode == code.Trim());
        var hit = await certificates.Join(db.Ambassadors.IgnoreQueryFilters([YincaiDb.RegionFilter]).AsNoTracking(), c => c.AmbassadorId, a => a.Id,
            (c, a) => new { Certificate = c, a.FullName, a.RegionCode, a.Status }).FirstOrDefaultAsync(ct);
        if (hit is null) return;
        var city = (await regions.NamesAsync([hit.RegionCode], ct)).GetValueOrDefault(hit.RegionCode) ?? hit.RegionCode;
        Found = new Result(hit.Certificate.Number, Mask(hit.FullName), city, hit.Status, hit.Certificate.IssuedOn, hit.Certificate.ExpiresOn,
            hit.Certificate.StateOn(registry.Today));
    }

    /// <summary>张*明 (SECURITY.md §2); demo names lose their "（演示）" mark first.</summary>
    public static string Mask(string name)
    {
        name = name.Replace("（演示）", "", StringComparison.Ordinal);
        return name.Length switch
        {
            <= 1 => name,
            2 => name[0] + "*",
            _ => name[0] + new string('*', name.Length - 2) + name[^1],
        };
    }
}
