using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yincai.Platform;
using Yincai.Platform.Protection;

namespace Yincai.EndToEndTests.Infrastructure;

/// <summary>SMS as the person holding the phone reads them: tests have no SMS gateway, so the development gateway keeps
/// what was sent (an admin sees it on the delivery page).</summary>
public static partial class DevelopmentSms
{
    /// <summary>The code of the latest SMS the development gateway kept for <paramref name="mobile"/>, waiting for the sender.</summary>
    public static async Task<string> CodeAsync(YincaiE2EFixture app, string mobile, CancellationToken cancellationToken)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var index = scope.ServiceProvider.GetRequiredService<FieldProtection>().BlindIndex(mobile);
                var db = scope.ServiceProvider.GetRequiredService<YincaiDb>();
                var text = await db.DevelopmentMessages.Where(m => m.AddressIndex == index).OrderByDescending(m => m.AtUtc).Select(m => m.Text)
                    .FirstOrDefaultAsync(cancellationToken);
                if (text is not null && SixDigits().Match(text) is { Success: true } match) return match.Value;
            }
            if (DateTime.UtcNow > until) Assert.Fail("No SMS code reached the development gateway for " + mobile);
            await Task.Delay(500, cancellationToken);
        }
    }

    [GeneratedRegex(@"(?<!\d)\d{6}(?!\d)")]
    private static partial Regex SixDigits();
}
