using System.Globalization;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Yincai.Modules.Complaints;
using Yincai.Modules.Notifications.Contracts;
using Yincai.Modules.Notifications.Delivery;

namespace Yincai.IntegrationTests.Modules.Complaints;

/// <summary>Complaints for tests (GRD-14): filed through the app's own intake, read back, and the pages' forms posted.</summary>
public static partial class ComplaintTestData
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>How the pages write a date (zh-CN).</summary>
    public static string Day(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    public static string Unique(string text) => text + Guid.NewGuid().ToString("N")[..8];

    /// <summary>A complaint about an intermediary in <paramref name="regionCode"/>, from an anonymous filer with this mobile.</summary>
    public static ComplaintForm Named(string regionCode, string mobile, string? filerName = null, ComplaintKind kind = ComplaintKind.BlackIntermediary,
        DateOnly? occurredOn = null) => new()
    {
        Kind = kind, Target = ComplaintTarget.Named, AgainstName = Unique("测试人力资源工作室"), RegionCode = regionCode,
        Description = Unique("收取中介费3000元后不再联系，承诺的工作也不存在。"), OccurredOn = occurredOn ?? ChinaClock.DateOf(DateTime.UtcNow).AddDays(-3),
        Mobile = mobile, FilerName = filerName,
    };

    /// <summary>Files <paramref name="form"/> as an anonymous filer whose mobile is already proved (as the demo data do), by the
    /// app's clock, or <paramref name="earlier"/> before it.</summary>
    public static async Task<Complaint> FileAnonymouslyAsync(this YincaiAppFactory app, ComplaintForm form, TimeSpan? earlier = null)
    {
        var filed = await app.WithServicesAsync(services =>
        {
            services.GetRequiredService<CurrentUser>().ActAsAnonymous();
            var intake = earlier is { } by
                ? ActivatorUtilities.CreateInstance<ComplaintIntake>(services, new ChinaClock(new EarlierClock(services.GetRequiredService<TimeProvider>(), by)))
                : services.GetRequiredService<ComplaintIntake>();
            return intake.FileProvedAsync(form, [], Ct);
        });
        if (filed.IsError) throw new InvalidOperationException("Complaint not filed: " + filed.Error!.Code);
        return filed.Value!;
    }

    /// <summary>Runs <paramref name="work"/> on the officers' service as <paramref name="userName"/> (an officer of <paramref name="scope"/>).</summary>
    public static async Task<Result> AsOfficerAsync(this YincaiAppFactory app, string userName, string scope, Func<ComplaintHandling, Task<Result>> work)
    {
        var id = await app.UserIdAsync(userName);
        return await app.WithServicesAsync(services =>
        {
            services.GetRequiredService<CurrentUser>().ActAs(id, userName, scope, [Roles.Officer]);
            return work(services.GetRequiredService<ComplaintHandling>());
        });
    }

    public static Task<Complaint> ComplaintAsync(this YincaiAppFactory app, Guid id) =>
        app.WithDbAsync(db => db.Complaints.IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.Id == id, Ct));

    public static Task<Complaint?> ComplaintByNumberAsync(this YincaiAppFactory app, string number) =>
        app.WithDbAsync(db => db.Complaints.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(c => c.TrackingNumber == number, Ct));

    public static Task<bool> AnyComplaintDescribedAsync(this YincaiAppFactory app, string description) =>
        app.WithDbAsync(db => db.Complaints.IgnoreQueryFilters().AnyAsync(c => c.Description == description, Ct));

    public static Task<List<ComplaintStepKind>> StepKindsAsync(this YincaiAppFactory app, Guid id) =>
        app.WithDbAsync(db => db.ComplaintSteps.IgnoreQueryFilters().Where(s => s.ComplaintId == id).OrderBy(s => s.AtUtc).ThenBy(s => s.Id)
            .Select(s => s.Kind).ToListAsync(Ct));

    /// <summary>Who got an inbox message of <paramref name="kind"/> that names <paramref name="trackingNumber"/>.</summary>
    public static Task<List<Guid>> InboxRecipientsAsync(this YincaiAppFactory app, NotificationKind kind, string trackingNumber) =>
        app.WithDbAsync(db => db.Notifications.Where(n => n.TemplateKey == kind.Key && n.Values!.Contains(trackingNumber))
            .Select(n => n.RecipientId).ToListAsync(Ct));

    /// <summary>The outbox messages of <paramref name="kind"/> that name <paramref name="text"/>, by channel and recipient.</summary>
    public static Task<List<(Channel Channel, Guid? RecipientId, string AddressIndex)>> OutboxAsync(this YincaiAppFactory app, NotificationKind kind, string text) =>
        app.WithDbAsync(async db => (await db.Outbox.Where(m => m.TemplateKey == kind.Key && m.Values.Contains(text))
            .Select(m => new { m.Channel, m.RecipientId, m.AddressIndex }).ToListAsync(Ct)).Select(m => (m.Channel, m.RecipientId, m.AddressIndex)).ToList());

    /// <summary>The complaint form's fields as the public page posts them.</summary>
    public static List<KeyValuePair<string, string>> Fields(ComplaintForm form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        void Add(string name, string? value)
        {
            if (value is not null) fields.Add(new("Form." + name, value));
        }
        Add("Kind", form.Kind?.ToString());
        Add("Target", form.Target?.ToString());
        Add("AgainstName", form.AgainstName);
        Add("JobId", form.JobId?.ToString());
        Add("Description", form.Description);
        Add("OccurredOn", form.OccurredOn is { } d ? Iso(d) : null);
        Add("RegionCode", form.RegionCode);
        Add("FilerName", form.FilerName);
        Add("Mobile", form.Mobile);
        Add("Code", form.Code);
        return fields;
    }

    /// <summary>Posts the public complaint form (multipart, as the page's form is), with evidence files; the token from GET /Complaints.</summary>
    public static async Task<HttpResponseMessage> PostComplaintAsync(HttpClient browser, ComplaintForm form, params (string Name, byte[] Content)[] files)
    {
        var token = await YincaiAppFactory.AntiforgeryTokenAsync(browser, "/Complaints");
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in Fields(form)) content.Add(new StringContent(value), name);
        content.Add(new StringContent(token), "__RequestVerificationToken");
        foreach (var (name, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(part, "evidence", name);
        }
        return await browser.PostAsync("/Complaints", content, Ct);
    }

    /// <summary>Asks for a code on the public page (its SendCode button).</summary>
    public static Task<HttpResponseMessage> SendCodeAsync(HttpClient browser, string mobile) =>
        YincaiAppFactory.PostFormAsync(browser, "/Complaints?handler=SendCode", [new("Form.Mobile", mobile)], tokenFrom: "/Complaints");

    public static string DetailsPath(Guid id) => "/Complaints/Manage/Details?id=" + id;

    /// <summary>Posts a handler of the officers' details page (Accept, NotAccept, Handle, Resolve, Reveal) with the complaint's
    /// version now, or <paramref name="version"/>; the token from the details page unless <paramref name="tokenFrom"/> says otherwise.</summary>
    public static async Task<HttpResponseMessage> ActAsync(this YincaiAppFactory app, HttpClient officer, Guid id, string handler,
        IEnumerable<KeyValuePair<string, string>>? extra = null, int? version = null, string tokenFrom = "/Complaints/Manage")
    {
        var v = version ?? (await app.ComplaintAsync(id)).Version;
        var fields = new List<KeyValuePair<string, string>> { new("id", id.ToString()), new("version", v.ToString(CultureInfo.InvariantCulture)) };
        fields.AddRange(extra ?? []);
        return await YincaiAppFactory.PostFormAsync(officer, $"{DetailsPath(id)}&handler={handler}", fields, tokenFrom);
    }

    public static async Task<string> HtmlAsync(this HttpResponseMessage response) => await response.Content.ReadAsStringAsync(Ct);

    public static async Task<(HttpStatusCode Status, string Html)> GetPageAsync(HttpClient browser, string path)
    {
        using var response = await browser.GetAsync(path, Ct);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Ct));
    }

    /// <summary>The rows of the statistics table <paramref name="testId"/>: label → received, not accepted, resolved, upheld,
    /// open, overdue, rating (as shown).</summary>
    public static Dictionary<string, string[]> StatisticsRows(string html, string testId)
    {
        var table = Regex.Match(html, $@"data-testid=""{testId}"".*?</table>", RegexOptions.Singleline).Value;
        return StatisticsRow().Matches(table).ToDictionary(
            m => System.Net.WebUtility.HtmlDecode(m.Groups["label"].Value.Trim()),
            m => m.Groups["cell"].Captures.Select(c => System.Net.WebUtility.HtmlDecode(c.Value.Trim())).ToArray());
    }

    [GeneratedRegex(@"<tr><th scope=""row""[^>]*>(?<label>[^<]*)</th>(?:<td[^>]*>(?<cell>[^<]*)</td>)+</tr>")]
    private static partial Regex StatisticsRow();
}
