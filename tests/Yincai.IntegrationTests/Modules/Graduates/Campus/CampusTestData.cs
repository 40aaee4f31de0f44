using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Yincai.Modules.Events.Contracts;
using Yincai.Modules.Graduates;
using Yincai.Modules.Graduates.Campus;
using Yincai.Modules.Talents.Contracts;
using CampusRecord = Yincai.Modules.Graduates.Campus.Campus;

namespace Yincai.IntegrationTests.Modules.Graduates.Campus;

/// <summary>
/// The campus side as its people use it, through <see cref="CampusOffice"/> and the Accounts contracts: a university account
/// (role university) acts with the principal that signing in gives it; an officer acts as the background work of a staff member of
/// their region does (<see cref="CurrentUser.ActAs"/>); a university's system calls <c>/api/v1</c> with its organisation token.
/// Each test takes universities of its own (one campus per university): none of those the demo data name.
/// </summary>
public static class CampusTestData
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static University UniversityNamed(this YincaiAppFactory app, string name) =>
        app.Services.GetRequiredService<UniversityCatalog>().FindByName(name) ?? throw new InvalidOperationException($"{name} is not in the MOE list.");

    /// <summary>A university's employment office account, registered as by the registration page (signs in with its mobile).</summary>
    public static Task<TestAccount> UniversityAccountAsync(this YincaiAppFactory app) => app.RegisterAsync(AccountKind.University);

    /// <summary>Runs <paramref name="work"/> in a request of <paramref name="account"/>: the principal the app's sign-in makes for it
    /// (its roles, its kind, no region scope for anyone but staff).</summary>
    public static Task<T> AsAsync<T>(this YincaiAppFactory app, TestAccount account, Func<IServiceProvider, Task<T>> work) =>
        app.WithServicesAsync(async s =>
        {
            var user = await s.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(account.Id.ToString())
                       ?? throw new InvalidOperationException($"No account {account.UserName}.");
            var principal = await s.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(user);
            s.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { User = principal, RequestServices = s };
            InRequestCulture();
            return await work(s);
        });

    /// <summary>Runs <paramref name="work"/> as an officer whose scope is <paramref name="regionCode"/>.</summary>
    public static Task<T> AsOfficerAsync<T>(this YincaiAppFactory app, Guid officerId, string regionCode, Func<IServiceProvider, Task<T>> work) =>
        app.WithServicesAsync(async s =>
        {
            s.GetRequiredService<CurrentUser>().ActAs(officerId, "officer.test", regionCode, [Roles.Officer]);
            InRequestCulture();
            return await work(s);
        });

    // The app's default request culture: messages and inbox texts as a request without Accept-Language gets them (the change stays
    // in the flow of the work that makes it).
    private static void InRequestCulture() => CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");

    public static Task<Result<CampusMember>> RequestCampusAsync(this YincaiAppFactory app, TestAccount account, string? university,
        string? fullName = "王老师", string? position = "就业指导中心主任") =>
        app.AsAsync(account, s => s.GetRequiredService<CampusOffice>().RequestAsync(university, fullName, position, Ct));

    public static Task<CampusRecord?> MineAsync(this YincaiAppFactory app, TestAccount account) =>
        app.AsAsync(account, s => s.GetRequiredService<CampusOffice>().MineAsync(Ct));

    /// <summary>An officer of <paramref name="regionCode"/> answers the request (at its current version).</summary>
    public static Task<Result> DecideAsync(this YincaiAppFactory app, Guid officerId, string regionCode, Guid memberId, bool approve,
        string? reason = null) =>
        app.AsOfficerAsync(officerId, regionCode, async s =>
        {
            var version = await MemberAsync(app, memberId) is { } member ? member.Version : 0;
            return await s.GetRequiredService<CampusOffice>().DecideAsync(memberId, version, approve, reason, Ct);
        });

    public static Task<CampusMember?> MemberAsync(this YincaiAppFactory app, Guid memberId) =>
        app.WithDbAsync(db => db.CampusMembers.AsNoTracking().FirstOrDefaultAsync(m => m.Id == memberId, Ct));

    /// <summary>A university account confirmed for <paramref name="universityName"/> by an officer of its city, and the campus.</summary>
    public static async Task<(CampusRecord Campus, TestAccount Office)> ConfirmedCampusAsync(this YincaiAppFactory app, string universityName)
    {
        var office = await app.UniversityAccountAsync();
        var requested = await app.RequestCampusAsync(office, universityName);
        if (requested.IsError) throw new InvalidOperationException("Not requested: " + requested.Error!.Code);
        var city = app.UniversityNamed(universityName).CityCode!;
        var decided = await app.DecideAsync(Guid.CreateVersion7(), city, requested.Value!.Id, approve: true);
        if (decided.IsError) throw new InvalidOperationException("Not approved: " + decided.Error!.Code);
        return (await app.MineAsync(office) ?? throw new InvalidOperationException("No campus after approval."), office);
    }

    /// <summary>A token of the campus's university, made by its office on the tokens page.</summary>
    public static async Task<IssuedToken> IssueTokenAsync(this YincaiAppFactory app, TestAccount office, CampusRecord campus, int days = 30,
        params string[] scopes)
    {
        var issued = await app.AsAsync(office, s => s.GetRequiredService<OrganisationTokens>().IssueAsync(OrganisationKinds.University,
            campus.UniversityCode, "招生就业系统", scopes.Length == 0 ? [TokenScopes.GraduatesRead] : scopes, days, Ct));
        if (issued.IsError) throw new InvalidOperationException("No token: " + issued.Error!.Code);
        return issued.Value!;
    }

    public static Task<bool> RevokeTokenAsync(this YincaiAppFactory app, TestAccount office, CampusRecord campus, Guid tokenId) =>
        app.AsAsync(office, s => s.GetRequiredService<OrganisationTokens>().RevokeAsync(OrganisationKinds.University, campus.UniversityCode, tokenId, Ct));

    /// <summary>A university's system: no cookies, its token on every request.</summary>
    public static HttpClient TokenClient(this YincaiAppFactory app, string token, string scheme = "Bearer")
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(scheme, token);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        return client;
    }

    /// <summary>A graduate of <paramref name="university"/> (its MOE code and name, as the forms and lists record them).</summary>
    public static GraduatePerson GraduateOf(University university, string household, string? name = null, DateOnly? left = null) =>
        GraduateTestData.Person(household, name, left) with { SchoolCode = university.Code, SchoolName = university.Name };

    /// <summary>The registration body of <c>/api/v1/graduates/registrations</c> as a university's system sends it (no consent box).</summary>
    public static object Body(GraduatePerson p, string? schoolName = null, bool? consent = null) => consent is { } given
        ? new
        {
            p.FullName, IdNumber = p.NormalisedIdNumber, Mobile = p.NormalisedMobile, p.HouseholdRegionCode, SchoolName = schoolName ?? p.SchoolName,
            Degree = p.Degree.ToString(), p.MajorName, GraduationDate = GraduateTestData.Iso(p.GraduationDate), Intention = "Job", Consent = given,
        }
        : new
        {
            p.FullName, IdNumber = p.NormalisedIdNumber, Mobile = p.NormalisedMobile, p.HouseholdRegionCode, SchoolName = schoolName ?? p.SchoolName,
            Degree = p.Degree.ToString(), p.MajorName, GraduationDate = GraduateTestData.Iso(p.GraduationDate), Intention = "Job",
        };

    public static Task<bool> AnyTalentNamedAsync(this YincaiAppFactory app, string fullName) =>
        app.WithDbAsync(db => db.Talents.AnyAsync(t => t.FullName == fullName, Ct));

    public static Task<Graduate?> GraduateOfTalentNamedAsync(this YincaiAppFactory app, string fullName) =>
        app.WithDbAsync(db => db.Graduates.AsNoTracking().FirstOrDefaultAsync(g => db.Talents.Any(t => t.Id == g.TalentId && t.FullName == fullName), Ct));

    /// <summary>A career class of the campus, published by its office: an hour's livestream from <paramref name="startsAtBeijing"/>.</summary>
    public static async Task<Guid> PublishClassAsync(this YincaiAppFactory app, TestAccount office, CampusRecord campus, DateTime startsAtBeijing,
        string title = "职业生涯规划公开课")
    {
        var published = await app.AsAsync(office, s => s.GetRequiredService<CareerClasses>().PublishAsync(campus.Id, campus.Name, campus.RegionCode,
            office.Id, new CareerClassForm(title, "面向毕业年级的职业指导", true, null, "https://live.example.cn/class", startsAtBeijing,
                startsAtBeijing.AddHours(1), 0), Ct));
        if (published.IsError) throw new InvalidOperationException("Class not published: " + published.Error!.Code);
        return published.Value;
    }

    public static Task<CampusReport> ReportAsync(this YincaiAppFactory app, TestAccount office, int cohort) =>
        app.AsAsync(office, async s =>
        {
            var campusOffice = s.GetRequiredService<CampusOffice>();
            var campus = await campusOffice.MineAsync(Ct) ?? throw new InvalidOperationException("No campus.");
            return await campusOffice.ReportAsync(campus, cohort, Ct);
        });

    /// <summary>The station's page saved with the student count (and the rest of the station as it is).</summary>
    public static Task<Result> SetStudentsAsync(this YincaiAppFactory app, TestAccount office, int? students) =>
        app.AsAsync(office, async s =>
        {
            var campusOffice = s.GetRequiredService<CampusOffice>();
            var campus = await campusOffice.MineAsync(Ct) ?? throw new InvalidOperationException("No campus.");
            return await campusOffice.UpdateStationAsync(campus, campus.Version, new CampusStation(students, "就业创业服务站", "学生活动中心101",
                "0532-88880000", "工作日 8:30–17:00", "岗位推荐\n政策咨询"), Ct);
        });

    public static async Task<CampusStaffMember> AddStaffAsync(this YincaiAppFactory app, TestAccount office, CampusStaffRole role, string? name = null)
    {
        var added = await app.AsAsync(office, async s =>
        {
            var campusOffice = s.GetRequiredService<CampusOffice>();
            var campus = await campusOffice.MineAsync(Ct) ?? throw new InvalidOperationException("No campus.");
            return await campusOffice.AddStaffAsync(campus, name ?? "指导师" + Guid.NewGuid().ToString("N")[..4], role, true, "0532-88881234", null,
                null, Ct);
        });
        if (added.IsError) throw new InvalidOperationException("Staff not added: " + added.Error!.Code);
        return added.Value!;
    }
}
