using System.Net.Http.Headers;
using MiniExcelLibs;
using Yincai.Modules.Imports;
using Yincai.Modules.Imports.Contracts;
using Yincai.Platform.Excel;

namespace Yincai.IntegrationTests.Modules.Imports;

/// <summary>Real .xlsx files built with MiniExcel, uploaded through the import page, and waited for.</summary>
public static class ImportTestData
{
    public static readonly string[] TalentHeaders =
    [
        "姓名", "身份证号", "手机号", "户籍地区代码", "籍贯地区代码", "现居地区代码", "学校", "学校所在国家（境外填写）",
        "学历（专科/本科/硕士/博士）", "专业", "毕业日期", "人员类别（在校生/毕业生/离校未就业/留学回国，可多选用、分隔）",
        "就业状态（未知/求职中/已就业）", "就业单位",
    ];

    public static readonly string[] EmployerHeaders =
    [
        "单位名称", "统一社会信用代码", "所在地区代码", "行业代码（国民经济行业分类大类）",
        "单位性质（国有企业/集体企业/民营企业/外资企业/港澳台资企业/事业单位/社会组织/其他）", "单位规模（微型/小型/中型/大型）",
        "单位地址", "联系人", "联系电话",
    ];

    public static readonly string[] JobHeaders =
    [
        "单位统一社会信用代码", "岗位名称", "岗位类型（全职/见习/零工/科研助理）", "工作地区代码", "行业代码", "招聘人数", "最低学历",
        "薪资下限（元/月）", "薪资上限（元/月）", "有效期至", "岗位描述",
    ];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A talent row of a Qingdao graduate (Ocean University, computer science), overridable cell by cell.</summary>
    public static object?[] TalentRow(string name, string idNumber, string household = "370202") =>
        [name, idNumber, "13800138000", household, "370202", "370212", "中国海洋大学", null, "本科", "计算机科学与技术", "2024-06-30",
         "毕业生、离校未就业", "求职中", null];

    /// <summary>A workbook whose first sheet has the header row and the rows, every cell as text (as the template asks).</summary>
    public static byte[] Workbook(IReadOnlyList<string> headers, IEnumerable<object?[]> rows)
    {
        var lines = rows.Select(row => headers.Select((h, i) => (h, v: i < row.Length ? row[i] : null)).ToDictionary(x => x.h, x => x.v)).ToList();
        if (lines.Count == 0) lines.Add(headers.ToDictionary(h => h, _ => (object?)null));
        using var output = new MemoryStream();
        MiniExcel.SaveAs(output, lines);
        return output.ToArray();
    }

    /// <summary>Uploads through /Imports/New as a browser does; the answer is returned whatever it is.</summary>
    public static async Task<HttpResponseMessage> PostUploadAsync(HttpClient browser, ImportKind kind, ImportMode mode, byte[] file,
        string fileName = "导入.xlsx")
    {
        var token = await YincaiAppFactory.AntiforgeryTokenAsync(browser, "/Imports/New");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(kind.ToString()), "Input.Kind" },
            { new StringContent(mode.ToString()), "Input.Mode" },
        };
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue(ExcelWriter.ContentType);
        content.Add(part, "Input.File", fileName);
        return await browser.PostAsync("/Imports/New", content, Ct);
    }

    /// <summary>Uploads and returns the queued import's id (from the redirect to its page).</summary>
    public static async Task<Guid> UploadAsync(HttpClient browser, ImportKind kind, ImportMode mode, byte[] file)
    {
        using var response = await PostUploadAsync(browser, kind, mode, file);
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Upload answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Ct)}");
        return Guid.Parse(response.Headers.Location!.OriginalString.Split("id=")[1]);
    }

    /// <summary>Waits until the background runner has finished the import, and returns it.</summary>
    public static async Task<ImportJob> FinishedImportAsync(this YincaiAppFactory app, Guid id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            var job = await app.WithDbAsync(db => db.ImportJobs.AsNoTracking().SingleAsync(j => j.Id == id, Ct));
            if (!job.IsRunning) return job;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Import {id} still {job.Status} after two minutes.");
            await Task.Delay(200, Ct);
        }
    }

    /// <summary>Uploads, waits, and returns the finished import with its page as the officer sees it.</summary>
    public static async Task<(ImportJob Job, string Page)> ImportAsync(this YincaiAppFactory app, HttpClient browser, ImportKind kind,
        ImportMode mode, byte[] file)
    {
        var id = await UploadAsync(browser, kind, mode, file);
        var job = await app.FinishedImportAsync(id);
        var page = await (await browser.GetAsync($"/Imports/Details?id={id}", Ct)).Content.ReadAsStringAsync(Ct);
        return (job, page);
    }

    public static Task<bool> TalentExistsAsync(this YincaiAppFactory app, string idNumber) =>
        app.WithServicesAsync(async s =>
        {
            var index = s.GetRequiredService<TalentProfiles>().BlindIndexOf(idNumber);
            return await s.GetRequiredService<YincaiDb>().Talents.AnyAsync(t => t.IdNumberIndex == index, Ct);
        });

    /// <summary>The cells of every non-empty row of a downloaded workbook's first sheet, as text ("" when empty).</summary>
    public static List<string[]> Rows(byte[] workbook)
    {
        using var stream = new MemoryStream(workbook);
        return ExcelReader.ReadRows(stream).Select(r => r.Cells.Select(c => c?.ToString() ?? "").ToArray()).ToList();
    }
}
