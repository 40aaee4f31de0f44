using System.Globalization;
using System.Net.Http.Headers;
using Yincai.IntegrationTests.Modules.Talents;
using Yincai.Modules.Stations;
using Yincai.Modules.Stations.Accreditation;
using Yincai.Modules.Stations.Programs;

namespace Yincai.IntegrationTests.Modules.Stations;

/// <summary>Someone who acts on a station: a demo account (or one a test made) with its scope and role.</summary>
public sealed record StationActor(string UserName, string Scope, string Role)
{
    public static readonly StationActor QingdaoOperator = new(DemoUsers.QingdaoStation, DemoData.Shinan, Roles.StationOperator);
    public static readonly StationActor NanjingOperator = new(DemoUsers.NanjingStation, DemoData.Nanjing, Roles.StationOperator);
    public static readonly StationActor ShinanOfficer = new(DemoUsers.CountyOfficer, DemoData.Shinan, Roles.Officer);
    public static readonly StationActor QingdaoOfficer = new(DemoUsers.QingdaoOfficer, DemoData.Qingdao, Roles.Officer);
    public static readonly StationActor NanjingOfficer = new(DemoUsers.NanjingOfficer, DemoData.Nanjing, Roles.Officer);
    public static readonly StationActor JiangsuOfficer = new(DemoUsers.JiangsuOfficer, DemoData.Jiangsu, Roles.Officer);

    public static IReadOnlyList<StationActor> QingdaoExperts { get; } =
        DemoUsers.QingdaoExperts.Select(e => new StationActor(e, DemoData.Qingdao, Roles.Reviewer)).ToList();

    public static IReadOnlyList<StationActor> JiangsuExperts { get; } =
        DemoUsers.JiangsuExperts.Select(e => new StationActor(e, DemoData.Jiangsu, Roles.Reviewer)).ToList();
}

/// <summary>
/// Applications a test makes for itself (unique names), through the service as the demo accounts, or through the pages:
/// complete forms that meet every condition of their program, which a test then breaks one condition at a time.
/// </summary>
public static class StationTestData
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public const string Qingdao = StationProgramData.QingdaoTalentStations;
    public const string Jiangsu = StationProgramData.JiangsuReturneeHomes;

    /// <summary>The conditions each program asks a file for.</summary>
    public static IReadOnlyList<string> EvidenceConditions(string program) => program == Qingdao ? ["venue", "plan", "rules"] : ["served", "venue", "rules"];

    public static string Unique(string name) => name + "-" + Guid.NewGuid().ToString("N")[..8];

    public static StationActor OperatorOf(string program) => program == Qingdao ? StationActor.QingdaoOperator : StationActor.NanjingOperator;

    public static StationActor LocalOfficerOf(string program) => program == Qingdao ? StationActor.ShinanOfficer : StationActor.NanjingOfficer;

    public static StationActor ProgramOfficerOf(string program) => program == Qingdao ? StationActor.QingdaoOfficer : StationActor.JiangsuOfficer;

    public static IReadOnlyList<StationActor> ExpertsOf(string program) => program == Qingdao ? StationActor.QingdaoExperts : StationActor.JiangsuExperts;

    public static Task<StationProgram> ProgramAsync(this YincaiAppFactory app, string code) =>
        app.WithDbAsync(db => db.StationPrograms.AsNoTracking().SingleAsync(p => p.Code == code, Ct));

    /// <summary>A Qingdao talent station's application in 市南区 that meets STN-01..05.</summary>
    public static StationForm QingdaoForm(Guid programId, string name) => new()
    {
        ProgramId = programId, Name = name, OrganisationName = name + "运营有限公司", OrganisationKind = OrganisationKind.Company, TypeKey = "professional",
        RegionCode = DemoData.Shinan, Address = "青岛市市南区香港中路8号", ContactName = "赵经理", ContactPhone = "0532-81234567",
        Introduction = "面向集成电路产业的专业型人才驿站，提供免费职介、特价住宿、政策代办和创业赋能。",
        Services = [StationServices.Referral, StationServices.Lodging, StationServices.Policy, StationServices.Startup],
        Answers = new()
        {
            ["venue"] = new() { Ticked = ["negotiation", "rest", "network", "multimedia", "projector"] },
            ["plan"] = new() { Industry = "65", Text = "每季度举办集成电路专场招聘和项目路演，全年引进人才不少于100人。" },
            ["lodging"] = new() { Text = "与周边人才公寓合作，来青求职人才最长7晚、每晚100元。" },
            ["rules"] = new() { Ticked = ["attendance", "funds", "events", "safety"] },
        },
        Staff =
        [
            new() { Name = "赵站长", Role = "站长", FullTime = true, Degree = StaffDegree.Master },
            new() { Name = "钱专员", Role = "人才服务专员", FullTime = true, Degree = StaffDegree.Bachelor },
            new() { Name = "孙专员", Role = "活动专员", FullTime = false, Degree = StaffDegree.College },
        ],
    };

    /// <summary>A Jiangsu returnee home's application in 南京市玄武区 that meets RET-01..06.</summary>
    public static StationForm JiangsuForm(Guid programId, string name) => new()
    {
        ProgramId = programId, Name = name, OrganisationName = name + "服务中心", OrganisationKind = OrganisationKind.PublicWindow, TypeKey = "window",
        RegionCode = "320102", Address = "南京市玄武区中山路1号", ContactName = "周老师", ContactPhone = "025-81234567",
        Introduction = "为留学人员和海外人才提供一站式公共服务、产才对接和联谊交流。",
        Services = [StationServices.Public, StationServices.Matching, StationServices.Networking],
        Answers = new()
        {
            ["served"] = new() { Number = 800 },
            ["venue"] = new() { Ticked = ["display", "exchange", "public"] },
            ["equipment"] = new() { Ticked = ["printer", "copier", "computers", "selfservice", "kiosk", "screen", "networking"] },
            ["rules"] = new() { Text = "服务项目：就业指导、项目申报、人事人才、待遇落实。服务流程：登记—受理—办理—回访。" },
            ["matching"] = new() { Text = "每月征集区域内用人单位的岗位和项目需求，按专业人岗适配，每季度举办项目路演。" },
        },
        Staff =
        [
            new() { Name = "周老师", Role = "窗口负责人", FullTime = true, Degree = StaffDegree.Master, English = true },
            new() { Name = "吴老师", Role = "窗口服务人员", FullTime = true, Degree = StaffDegree.Bachelor, English = true },
            new() { Name = "郑老师", Role = "联络员", FullTime = false, Degree = StaffDegree.College, English = true },
        ],
    };

    public static StationForm Form(string program, Guid programId, string name) =>
        program == Qingdao ? QingdaoForm(programId, name) : JiangsuForm(programId, name);

    public static IReadOnlyList<StationUpload> Files(string program) =>
        EvidenceConditions(program).Select(c => new StationUpload(c, c + ".pdf", ProfileTestData.Pdf())).ToList();

    /// <summary>Runs <paramref name="work"/> with the service as <paramref name="actor"/> (zh-CN messages), in a DI scope of its own.</summary>
    public static async Task<T> AsAsync<T>(this YincaiAppFactory app, StationActor actor, Func<StationAccreditation, IServiceProvider, Task<T>> work)
    {
        var id = await app.UserIdAsync(actor.UserName);
        return await app.WithServicesAsync(async services =>
        {
            services.GetRequiredService<CurrentUser>().ActAs(id, actor.UserName, actor.Scope, [actor.Role]);
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
            return await work(services.GetRequiredService<StationAccreditation>(), services);
        });
    }

    public static Task<T> AsAsync<T>(this YincaiAppFactory app, StationActor actor, Func<StationAccreditation, Task<T>> work) =>
        app.AsAsync(actor, (service, _) => work(service));

    public static Task<Station> StationAsync(this YincaiAppFactory app, Guid id) =>
        app.WithDbAsync(db => db.Stations.IgnoreQueryFilters().AsNoTracking().SingleAsync(s => s.Id == id, Ct));

    public static Task<Station?> StationNamedAsync(this YincaiAppFactory app, string name) =>
        app.WithDbAsync(db => db.Stations.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(s => s.Name == name, Ct));

    public static Task<List<StationStep>> StepsAsync(this YincaiAppFactory app, Guid id) =>
        app.WithDbAsync(db => db.StationSteps.IgnoreQueryFilters().AsNoTracking().Where(s => s.StationId == id).OrderBy(s => s.AtUtc).ToListAsync(Ct));

    public static Task<List<ExpertScore>> ScoresAsync(this YincaiAppFactory app, Guid id) =>
        app.WithDbAsync(db => db.ExpertScores.IgnoreQueryFilters().AsNoTracking().Where(s => s.StationId == id).ToListAsync(Ct));

    /// <summary>A draft made by the program's operator through the service (throws if refused).</summary>
    public static async Task<Station> DraftAsync(this YincaiAppFactory app, string program, StationForm form, IReadOnlyList<StationUpload>? files = null)
    {
        var created = await app.AsAsync(OperatorOf(program), s => s.CreateAsync(form, files ?? Files(program), Ct));
        return created.IsError ? throw new InvalidOperationException("Draft not saved: " + created.Error!.Message) : created.Value!;
    }

    /// <summary>Submits as the program's operator, with the version the station has now.</summary>
    public static async Task<Result<Station>> SubmitAsync(this YincaiAppFactory app, string program, Guid id)
    {
        var version = (await app.StationAsync(id)).Version;
        return await app.AsAsync(OperatorOf(program), s => s.SubmitAsync(id, version, Ct));
    }

    /// <summary>A complete application of <paramref name="program"/>, submitted: at its first (local) stage.</summary>
    public static async Task<Station> SubmittedAsync(this YincaiAppFactory app, string program, string name)
    {
        var programId = (await app.ProgramAsync(program)).Id;
        var draft = await app.DraftAsync(program, Form(program, programId, name));
        var submitted = await app.SubmitAsync(program, draft.Id);
        return submitted.IsError ? throw new InvalidOperationException("Not submitted: " + submitted.Error!.Message) : submitted.Value!;
    }

    /// <summary>The current stage done by its people through the service: the site visit if it asks one, the experts' scores
    /// if it takes them (<paramref name="score"/> each), and the officers' pass.</summary>
    public static async Task<Station> PassStageAsync(this YincaiAppFactory app, string program, Guid id, int score = 85)
    {
        var station = await app.StationAsync(id);
        var stage = (await app.ProgramAsync(program)).Definition.Stages[station.StageIndex];
        var officer = stage.Level == StageLevel.Local ? LocalOfficerOf(program) : ProgramOfficerOf(program);
        foreach (var expert in ExpertsOf(program).Take(stage.Experts))
            Expect(await app.AsAsync(expert, s => s.ScoreAsync(id, score, recommend: true, "材料齐全。", Ct)));
        if (stage.SiteVisit)
            Expect(await app.AsAsync(officer, (s, services) =>
                s.RecordSiteVisitAsync(id, station.Version, services.GetRequiredService<ChinaClock>().Today, "场地独立，设施齐备。", Ct)));
        return Expect(await app.AsAsync(officer, s => s.PassAsync(id, station.Version, "符合条件。", Ct)));
    }

    /// <summary>Submitted and through every review stage: in its public notice.</summary>
    public static async Task<Station> InNoticeAsync(this YincaiAppFactory app, string program, string name)
    {
        var station = await app.SubmittedAsync(program, name);
        while (station.Status == StationStatus.InReview) station = await app.PassStageAsync(program, station.Id);
        return station;
    }

    public static T Expect<T>(Result<T> result) =>
        result.IsError ? throw new InvalidOperationException(result.Error!.Code + " " + result.Error.Message) : result.Value!;

    /// <summary>The fields the Apply page posts for <paramref name="form"/>, as its inputs are named.</summary>
    public static List<KeyValuePair<string, string>> Fields(StationForm form, Guid? id = null, int version = 0)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Id", id?.ToString() ?? ""), new("Program", form.ProgramId.ToString()!), new("Version", version.ToString(CultureInfo.InvariantCulture)),
            new("Form.ProgramId", form.ProgramId.ToString()!), new("Form.Name", form.Name), new("Form.TypeKey", form.TypeKey),
            new("Form.OrganisationName", form.OrganisationName), new("Form.OrganisationKind", form.OrganisationKind.ToString()),
            new("Form.RegionCode", form.RegionCode ?? ""), new("Form.Address", form.Address), new("Form.ContactName", form.ContactName),
            new("Form.ContactPhone", form.ContactPhone), new("Form.Introduction", form.Introduction),
        };
        fields.AddRange(form.Services.Select(s => new KeyValuePair<string, string>("Form.Services", s)));
        foreach (var (key, answer) in form.Answers)
        {
            var prefix = $"Form.Answers[{key}]";
            fields.AddRange(answer.Ticked.Select(t => new KeyValuePair<string, string>(prefix + ".Ticked", t)));
            if (answer.Text is { } text) fields.Add(new(prefix + ".Text", text));
            if (answer.Number is { } number) fields.Add(new(prefix + ".Number", number.ToString(CultureInfo.InvariantCulture)));
            if (answer.Industry is { } industry) fields.Add(new(prefix + ".Industry", industry));
        }
        for (var i = 0; i < form.Staff.Count; i++)
        {
            var row = form.Staff[i];
            fields.Add(new($"Form.Staff[{i}].Name", row.Name ?? ""));
            fields.Add(new($"Form.Staff[{i}].Role", row.Role ?? ""));
            fields.Add(new($"Form.Staff[{i}].Degree", row.Degree.ToString()));
            if (row.FullTime) fields.Add(new($"Form.Staff[{i}].FullTime", "true"));
            if (row.English) fields.Add(new($"Form.Staff[{i}].English", "true"));
        }
        return fields;
    }

    /// <summary>Posts the Apply page's form (multipart, files named evidence_&lt;condition&gt;) to <paramref name="handler"/>
    /// (Save or Submit), the antiforgery token from the GET of <paramref name="tokenFrom"/>.</summary>
    public static async Task<HttpResponseMessage> PostApplyAsync(HttpClient browser, string handler, IEnumerable<KeyValuePair<string, string>> fields,
        IEnumerable<StationUpload> files, string tokenFrom)
    {
        var token = await YincaiAppFactory.AntiforgeryTokenAsync(browser, tokenFrom);
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields) content.Add(new StringContent(value), name);
        content.Add(new StringContent(token), "__RequestVerificationToken");
        foreach (var file in files)
        {
            var part = new ByteArrayContent(file.Content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            content.Add(part, "evidence_" + file.ConditionKey, file.FileName);
        }
        return await browser.PostAsync($"/Stations/Accreditation/Apply?handler={handler}", content, Ct);
    }

    /// <summary>Posts a handler of the Application page (Visit, Pass, Return, Reject, Score, Answer, Name) with the version the
    /// station has now; the token from the Application page unless <paramref name="tokenFrom"/> names another (for one who
    /// cannot open it).</summary>
    public static async Task<HttpResponseMessage> ActAsync(this YincaiAppFactory app, HttpClient browser, Guid id, string handler,
        Dictionary<string, string>? extra = null, string? tokenFrom = null)
    {
        var version = (await app.StationAsync(id)).Version;
        var fields = new Dictionary<string, string> { ["version"] = version.ToString(CultureInfo.InvariantCulture) };
        foreach (var (k, v) in extra ?? []) fields[k] = v;
        return await YincaiAppFactory.PostFormAsync(browser, $"/Stations/Accreditation/Application?id={id}&handler={handler}", fields,
            tokenFrom ?? $"/Stations/Accreditation/Application?id={id}");
    }

    /// <summary>The HTML of a response, decoded (the pages encode some punctuation).</summary>
    public static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

    public static async Task<string> PageAsync(HttpClient browser, string path)
    {
        using var response = await browser.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await TextAsync(response);
    }

    /// <summary>The element of the page that carries <c>data-testid="<paramref name="testId"/>"</c>, to its closing tag; empty
    /// when the page has none.</summary>
    public static string Element(string html, string testId)
    {
        var attribute = html.IndexOf($"data-testid=\"{testId}\"", StringComparison.Ordinal);
        if (attribute < 0) return "";
        var open = html.LastIndexOf('<', attribute);
        var tag = html[(open + 1)..html.IndexOfAny([' ', '>', '\n'], open + 1)];
        var (depth, at) = (0, open);
        while (true)
        {
            var nextOpen = NextTag(html, "<" + tag, at);
            var nextClose = html.IndexOf("</" + tag + ">", at, StringComparison.Ordinal);
            if (nextClose < 0) return html[open..];
            if (nextOpen >= 0 && nextOpen < nextClose)
            {
                (depth, at) = (depth + 1, nextOpen + tag.Length + 1);
                continue;
            }
            (depth, at) = (depth - 1, nextClose + tag.Length + 3);
            if (depth == 0) return html[open..at];
        }
    }

    private static int NextTag(string html, string start, int from)
    {
        for (var at = html.IndexOf(start, from, StringComparison.Ordinal); at >= 0; at = html.IndexOf(start, at + 1, StringComparison.Ordinal))
            if (at + start.Length < html.Length && html[at + start.Length] is ' ' or '>' or '\n') return at;
        return -1;
    }

    /// <summary>The card (article) of the page that names <paramref name="name"/>; empty when none does.</summary>
    public static string Card(string html, string name)
    {
        var at = html.IndexOf(name, StringComparison.Ordinal);
        if (at < 0) return "";
        var start = html.LastIndexOf("<article", at, StringComparison.Ordinal);
        var end = html.IndexOf("</article>", at, StringComparison.Ordinal);
        return start < 0 || end < 0 ? "" : html[start..end];
    }
}
