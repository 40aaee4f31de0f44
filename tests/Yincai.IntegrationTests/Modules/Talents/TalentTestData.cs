using System.Globalization;

namespace Yincai.IntegrationTests.Modules.Talents;

/// <summary>Talents for tests: valid resident ID numbers (GB 11643 check digit), unique per call.</summary>
public static class TalentTestData
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    public static string NewIdNumber(string regionCode = "370202")
    {
        var birth = new DateOnly(1990, 1, 1).AddDays(Random.Shared.Next(0, 3650));
        var body = regionCode + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture)
            + Random.Shared.Next(0, 1000).ToString("D3", CultureInfo.InvariantCulture);
        var sum = body.Select((c, i) => (c - '0') * Weights[i]).Sum();
        return body + "10X98765432"[sum % 11];
    }

    public static async Task<(TestAccount User, Talent Talent, string IdNumber)> CreateTalentAsync(this YincaiAppFactory app,
        string householdRegionCode, string fullName = "测试人才")
    {
        var user = await app.RegisterAsync(AccountKind.Talent);
        var idNumber = NewIdNumber(householdRegionCode);
        var result = await app.WithServicesAsync(s => s.GetRequiredService<TalentProfiles>()
            .SaveAsync(user.Id, fullName, idNumber, householdRegionCode, TestContext.Current.CancellationToken));
        if (result.IsError) throw new InvalidOperationException("Talent not saved: " + result.Error!.Code);
        return (user, result.Value!, idNumber);
    }
}
