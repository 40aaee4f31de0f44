using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Talents.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Talents.Profile;

/// <summary>
/// What the talent agrees to share, purpose by purpose, with the text shown. A change appends a record with the time
/// and the text version (never an update), so the history proves what was agreed when; withdrawing is as easy as agreeing.
/// </summary>
public sealed class ConsentsModel(YincaiDb db, TalentProfiles profiles, CurrentUser current, TimeProvider clock,
    IStringLocalizer<TalentsResource> text) : PageModel
{
    public static readonly IReadOnlyList<ConsentPurpose> Purposes = [ConsentPurpose.ShareWithEmployers, ConsentPurpose.ShareWithStations];

    public Talent Talent { get; private set; } = null!;
    public IReadOnlyList<Consent> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await MineAsync() is not { } talent) return PersonalFirst();
        Talent = talent;
        History = await db.Consents.AsNoTracking().Where(c => c.TalentId == talent.Id).OrderByDescending(c => c.AtUtc)
            .ThenByDescending(c => c.Id).ToListAsync(HttpContext.RequestAborted);
        return Page();
    }

    /// <summary>One purpose at a time: the button pressed is the answer. From the workspace's reminder, back there.</summary>
    public async Task<IActionResult> OnPostAsync(ConsentPurpose purpose, bool granted, string? returnUrl)
    {
        if (await MineAsync() is not { } talent) return PersonalFirst();
        if (!Purposes.Contains(purpose)) return BadRequest();
        var now = clock.GetUtcNow().UtcDateTime;
        db.Consents.Add(new Consent(talent.Id, purpose, granted, Consent.CurrentTextVersion, now));
        talent.RecordConsent(purpose, granted);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        TempData["Status"] = text[granted ? "Consent_Granted" : "Consent_Withdrawn", text["Purpose_" + purpose]].Value;
        return Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToPage();
    }

    public bool Current(ConsentPurpose purpose) =>
        purpose == ConsentPurpose.ShareWithEmployers ? Talent.SharesWithEmployers : Talent.SharesWithStations;

    private async Task<Talent?> MineAsync() =>
        current.Id is { } userId ? await profiles.MineAsync(userId, HttpContext.RequestAborted) : null;

    private RedirectResult PersonalFirst()
    {
        TempData["Status"] = text["Profile_PersonalFirst"].Value;
        return Redirect("/Talents/Profile");
    }
}
