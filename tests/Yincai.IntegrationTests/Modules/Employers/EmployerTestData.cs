namespace Yincai.IntegrationTests.Modules.Employers;

/// <summary>Employers for tests: valid, unique credit codes, registered through the app's own service.</summary>
public static class EmployerTestData
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /// <summary>A code that passes GB 32100's mod-31 check, unique per call (random organisation part).</summary>
    public static string NewCreditCode(string regionCode = "370200")
    {
        var body = "91" + regionCode + string.Concat(Enumerable.Range(0, 9).Select(_ => Alphabet[Random.Shared.Next(10, Alphabet.Length)]));
        int sum = 0, weight = 1;
        foreach (var c in body)
        {
            sum += Alphabet.IndexOf(c, StringComparison.Ordinal) * weight;
            weight = weight * 3 % 31;
        }
        return body + Alphabet[(31 - sum % 31) % 31];
    }

    /// <summary>A code that passes GB 32100, whose embedded organisation code (characters 9–17) passes GB 11714 or not.</summary>
    public static string NewCreditCode(string regionCode, bool organisationCodeValid)
    {
        int[] weights = [3, 7, 9, 10, 5, 8, 4, 2];
        var organisation = string.Concat(Enumerable.Range(0, 8).Select(_ => (char)('0' + Random.Shared.Next(10))));
        var sum = organisation.Select((c, i) => (c - '0') * weights[i]).Sum();
        var check = (11 - sum % 11) switch { 10 => 'X', 11 => '0', var d => (char)('0' + d) };
        if (!organisationCodeValid) check = check == '1' ? '2' : '1';
        var body = "91" + regionCode + organisation + check;
        int total = 0, weight = 1;
        foreach (var c in body)
        {
            total += Alphabet.IndexOf(c, StringComparison.Ordinal) * weight;
            weight = weight * 3 % 31;
        }
        return body + Alphabet[(31 - total % 31) % 31];
    }

    public static EmployerForm Form(string regionCode, string? creditCode = null, string name = "测试科技有限公司") => new()
    {
        CreditCode = creditCode ?? NewCreditCode(regionCode), Name = name, RegionCode = regionCode, IndustryCode = "65",
        Ownership = OwnershipType.Private, Size = EmployerSize.Small, Address = "测试路1号", ContactName = "王芳", ContactPhone = "0532-80000000",
    };

    public static async Task<(TestAccount User, Employer Employer)> RegisterEmployerAsync(this YincaiAppFactory app, string regionCode,
        string name = "测试科技有限公司", string? creditCode = null)
    {
        var user = await app.RegisterAsync(AccountKind.Employer);
        var result = await app.WithServicesAsync(s => s.GetRequiredService<EmployerRegistration>()
            .SaveAsync(user.Id, Form(regionCode, creditCode, name), TestContext.Current.CancellationToken));
        if (result.IsError) throw new InvalidOperationException("Employer not registered: " + result.Error!.Code);
        return (user, result.Value!);
    }

    /// <summary>A registered employer, verified by an officer (as the review page does).</summary>
    public static async Task<(TestAccount User, Employer Employer)> RegisterVerifiedEmployerAsync(this YincaiAppFactory app, string regionCode,
        string name = "测试科技有限公司")
    {
        var (user, employer) = await app.RegisterEmployerAsync(regionCode, name);
        await app.WithDbAsync(async db =>
        {
            (await db.Employers.SingleAsync(e => e.Id == employer.Id, TestContext.Current.CancellationToken)).Verify(Guid.CreateVersion7(), DateTime.UtcNow);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        return (user, employer);
    }

    public static Task<Employer> ReloadAsync(this YincaiAppFactory app, Guid employerId) =>
        app.WithDbAsync(db => db.Employers.AsNoTracking().SingleAsync(e => e.Id == employerId, TestContext.Current.CancellationToken));
}
