using Microsoft.AspNetCore.Mvc;
using Yincai.Platform;

namespace Yincai.Modules.Talents.Profile;

/// <summary>
/// On the talent's workspace: a profile complete enough to be matched (an education and skills or wanted positions) that
/// is not shared with employers says so, with the one click that shares it. Nothing is shared without that click (PIPL:
/// the consent stays "not shared" until the person gives it).
/// </summary>
public sealed class SharingReminderViewComponent(TalentProfiles profiles, CurrentUser current) : ViewComponent
{
    public const string Name = "SharingReminder";

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var talent = current.Id is { } userId ? await profiles.MineAsync(userId, HttpContext.RequestAborted) : null;
        var show = talent is { SharesWithEmployers: false, IsErased: false } && IsComplete(talent);
        return show ? View("~/Modules/Talents/Profile/_SharingReminder.cshtml") : Content("");
    }

    /// <summary>What an employer would find: an education, and skills or positions wanted.</summary>
    public static bool IsComplete(Talent t) =>
        (t.HighestDegree != Contracts.DegreeLevel.None || t.MajorName is not null) && (t.Skills.Count > 0 || t.IntendedPositions.Count > 0);
}
