namespace Yincai.EndToEndTests.Infrastructure;

/// <summary>Valid, random identity numbers and mobiles for people and employers a test creates.</summary>
public static class TestIdentities
{
    private const string CreditCodeAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] IdWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>A mainland mobile number, 139 followed by eight random digits.</summary>
    public static string NewMobile() => "139" + Random.Shared.Next(0, 100_000_000).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A unified social credit code (GB 32100) that passes the mod-31 check.</summary>
    public static string NewCreditCode(string regionCode = "370200")
    {
        var body = "91" + regionCode + string.Concat(Enumerable.Range(0, 9).Select(_ => CreditCodeAlphabet[Random.Shared.Next(10, CreditCodeAlphabet.Length)]));
        int sum = 0, weight = 1;
        foreach (var c in body)
        {
            sum += CreditCodeAlphabet.IndexOf(c, StringComparison.Ordinal) * weight;
            weight = weight * 3 % 31;
        }
        return body + CreditCodeAlphabet[(31 - sum % 31) % 31];
    }

    /// <summary>A resident ID number (GB 11643) with a valid check character.</summary>
    public static string NewIdNumber(string regionCode, DateOnly birthDate)
    {
        var body = regionCode + birthDate.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture)
            + Random.Shared.Next(0, 1000).ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
        var sum = body.Select((c, i) => (c - '0') * IdWeights[i]).Sum();
        return body + "10X98765432"[sum % 11];
    }

    /// <summary>How the app shows an ID number: the first and last four characters only.</summary>
    public static string MaskIdNumber(string idNumber) => idNumber[..4] + new string('*', idNumber.Length - 8) + idNumber[^4..];
}
