using System.Globalization;
using Yincai.IntegrationTests.Modules.Talents;
using Yincai.Modules.Graduates;
using Yincai.Modules.Talents.Contracts;

namespace Yincai.IntegrationTests.Modules.Graduates;

/// <summary>Graduates a test makes for itself through <see cref="RealNameDatabase"/> (as the system: no scope), and the phone form's fields.</summary>
public static class GraduateTestData
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static GraduatePerson Person(string household, string? name = null, DateOnly? left = null) =>
        new(name ?? "毕业生" + Guid.NewGuid().ToString("N")[..4], TalentTestData.NewIdNumber(household), TestData.NewMobile(), household, null,
            "青岛大学", DegreeLevel.Bachelor, null, "软件工程", left ?? new DateOnly(2026, 6, 30));

    public static Dictionary<string, string> Form(GraduatePerson p, string? search, GraduateIntention intention = GraduateIntention.Job) => new()
    {
        ["Form.FullName"] = p.FullName, ["Form.IdNumber"] = p.NormalisedIdNumber, ["Form.Mobile"] = p.NormalisedMobile ?? "",
        ["HouseholdProvince"] = p.HouseholdRegionCode[..2] + "0000", ["Form.HouseholdRegionCode"] = p.HouseholdRegionCode,
        ["Form.SearchRegionCode"] = search ?? "", ["Form.SchoolName"] = p.SchoolName, ["Form.Degree"] = p.Degree.ToString(),
        ["Form.MajorName"] = p.MajorName, ["Form.GraduationDate"] = Iso(p.GraduationDate), ["Form.Intention"] = intention.ToString(),
        ["Consent"] = "true",
    };

    public static Task<Graduate> RegisterAsync(this YincaiAppFactory app, GraduatePerson person, string? search = null,
        GraduateSource source = GraduateSource.Online, DateTime? registeredAtUtc = null, GraduateIntention intention = GraduateIntention.Job) =>
        app.WithServicesAsync(async s =>
        {
            var registered = await s.GetRequiredService<RealNameDatabase>()
                .RegisterAsync(new GraduateRegistration(person, search, intention, source, registeredAtUtc), Ct);
            if (registered.IsError) throw new InvalidOperationException("Not registered: " + registered.Error!.Code);
            await s.GetRequiredService<YincaiDb>().SaveChangesAsync(Ct);
            return registered.Value!;
        });

    public static Task<Graduate> GraduateAsync(this YincaiAppFactory app, Guid id) =>
        app.WithDbAsync(db => db.Graduates.AsNoTracking().SingleAsync(g => g.Id == id, Ct));

    /// <summary>10:00 in China on <paramref name="day"/>, as UTC.</summary>
    public static DateTime ChinaMorning(DateOnly day) => ChinaClock.StartOfDayUtc(day) + TimeSpan.FromHours(10);
}
