using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Platform;

namespace Yincai.Modules.Notifications;

/// <summary>Each user's say over what reaches them: e-mail and SMS, the address, quiet hours, language and the digest.</summary>
public sealed class PreferencesModel(YincaiDb db, Notifier notifier, CurrentUser current, TimeProvider clock,
    IStringLocalizer<NotificationsResource> text) : PageModel
{
    [BindProperty] public bool Email { get; set; }
    [BindProperty] public bool Sms { get; set; }
    [BindProperty, EmailAddress, StringLength(200)] public string? EmailAddress { get; set; }
    [BindProperty] public TimeOnly? QuietFrom { get; set; }
    [BindProperty] public TimeOnly? QuietUntil { get; set; }
    [BindProperty] public string Culture { get; set; } = "zh-CN";
    [BindProperty] public bool Digest { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (current.Id is not { } userId) return Challenge();
        var p = await notifier.PreferenceAsync(userId, HttpContext.RequestAborted);
        (Email, Sms, EmailAddress, QuietFrom, QuietUntil, Culture, Digest) = (p.Email, p.Sms, p.EmailAddress, p.QuietFrom, p.QuietUntil, p.Culture, p.Digest);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (current.Id is not { } userId) return Challenge();
        if ((QuietFrom is null) != (QuietUntil is null)) ModelState.AddModelError(nameof(QuietUntil), text["Error_QuietHoursPair"]);
        if (!ModelState.IsValid) return Page();
        var ct = HttpContext.RequestAborted;
        var now = clock.GetUtcNow().UtcDateTime;
        var preference = await db.NotificationPreferences.FindAsync([userId], ct);
        if (preference is null) db.NotificationPreferences.Add(preference = new NotificationPreference(userId, now));
        preference.Change(Email, Sms, EmailAddress, QuietFrom, QuietUntil, MessageTemplates.CultureOf(Culture).Name, Digest, now);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = text["Preferences_Saved"].Value;
        return RedirectToPage();
    }
}
