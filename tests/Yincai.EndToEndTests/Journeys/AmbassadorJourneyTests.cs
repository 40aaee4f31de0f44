using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;
using MiniExcelLibs;
using Yincai.EndToEndTests.Infrastructure;
using Yincai.EndToEndTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace Yincai.EndToEndTests.Journeys;

/// <summary>
/// Campus ambassadors from the list to the certificate: the Qingdao officer imports three candidates from Excel and files them;
/// the province accepts two and returns one with a reason; the certificate PDF of an accepted one is downloaded, its first page
/// rendered to PNG, its QR code read, and the public page it points to says the certificate is valid.
/// </summary>
public sealed class AmbassadorJourneyTests(YincaiE2EFixture app) : IClassFixture<YincaiE2EFixture>
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    private static string IdNumber(int seed)
    {
        var body = "370202" + new DateOnly(2000, 1, 1).AddDays(Random.Shared.Next(0, 1500)).ToString("yyyyMMdd", CultureInfo.InvariantCulture)
            + (100 + seed * 2 + Random.Shared.Next(0, 400)).ToString("D3", CultureInfo.InvariantCulture);
        return body + "10X98765432"[body.Select((c, i) => (c - '0') * Weights[i]).Sum() % 11];
    }

    private static string Workbook(string folder, IEnumerable<(string Name, string School, string? Country)> people)
    {
        string[] headers =
        [
            "姓名", "身份证号", "籍贯地区代码", "学校", "学校所在国家（境外填写）", "身份（学生/青年教师/辅导员）", "学历（专科/本科/硕士/博士）",
            "是否博士或博士在读（是/否）", "预计离校日期", "愿意服务且具备文字、语言表达和组织协调能力（是/否）", "招募城市代码（省级经办人填写）",
        ];
        var leaving = DateTime.UtcNow.AddYears(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var rows = people.Select((p, i) => new object?[] { p.Name, IdNumber(i), "370202", p.School, p.Country, "学生", "硕士", "否", leaving, "是", null })
            .Select(r => headers.Select((h, i) => (h, v: r[i])).ToDictionary(x => x.h, x => x.v)).ToList();
        var path = Path.Combine(folder, "青岛市引才大使候选人.xlsx");
        MiniExcel.SaveAs(path, rows, overwriteFile: true);
        return path;
    }

    [Fact]
    [Trait("Rule", "AMB-02")]
    [Trait("Rule", "AMB-06")]
    [Trait("Rule", "AMB-15")]
    public async Task Ambassadors_CityImportsAndFiles_ProvinceAcceptsTwoReturnsOne_CertificateQrVerifies()
    {
        const string test = nameof(Ambassadors_CityImportsAndFiles_ProvinceAcceptsTwoReturnsOne_CertificateQrVerifies);
        var suffix = Guid.NewGuid().ToString("N")[..3];
        var (first, second, third) = ("王北大" + suffix, "李清华" + suffix, "赵牛津" + suffix);
        var work = Directory.CreateTempSubdirectory("yincai-amb-").FullName;
        var file = Workbook(work, [(first, "北京大学", null), (second, "清华大学", null), (third, "University of Oxford", "英国")]);
        Guid batchId;

        // 1. Qingdao imports the three candidates and builds and submits the filing batch.
        await using (var city = await app.OpenSessionAsync(test + "-1-city", BrowserSession.Desktop))
        {
            var login = new LoginPage(city);
            await login.GotoAsync();
            await login.SignInAsync(DemoAccounts.QingdaoOfficer, DemoAccounts.Password);
            await new WorkspacePage(city).AssertShownAsync();

            var import = new ImportNewPage(city);
            await import.GotoAsync();
            await import.Kind.SelectOptionAsync(new SelectOptionValue { Label = "校园青年引才大使" });
            await import.File.SetInputFilesAsync(file);
            await import.AssertShownAsync("filled");
            // The upload is read and checked before the redirect: under a parallel run it took over the default 15 s once.
            await import.SubmitButton.ClickAsync(new() { Timeout = 60_000 });
            var details = new ImportDetailsPage(city);
            await Expect(details.Status).ToHaveTextAsync("已完成", new() { Timeout = 60_000 });
            await Expect(details.Result).ToContainTextAsync("3");
            await details.AssertShownAsync("done");

            var batches = new AmbassadorBatchesPage(city);
            await batches.GotoAsync();
            await Expect(batches.Deadline).ToContainTextAsync("下一个备案截止日");
            await batches.BuildButton.ClickAsync();
            var batch = new AmbassadorBatchPage(city);
            await batch.AssertShownAsync("draft");
            foreach (var name in new[] { first, second, third }) await Expect(batch.Line(name)).ToBeVisibleAsync();
            await batch.SubmitButton.ClickAsync();
            await Expect(batch.Status).ToHaveTextAsync("已报送");
            await batch.AssertShownAsync("submitted");
            batchId = batch.BatchId;
            city.AssertNoBrowserErrors();
        }

        // 2. The province accepts the two at universities at home and returns the one abroad with a reason.
        Guid acceptedId;
        await using (var province = await app.OpenSessionAsync(test + "-2-province", BrowserSession.Desktop))
        {
            var login = new LoginPage(province);
            await login.GotoAsync();
            await login.SignInAsync("officer.sd", DemoAccounts.Password);
            await new WorkspacePage(province).AssertShownAsync();
            await province.Page.GotoAsync($"/Ambassadors/Batch?id={batchId}");
            var batch = new AmbassadorBatchPage(province);
            await batch.AssertShownAsync("to-decide");
            await batch.AcceptButton(first).ClickAsync();
            await Expect(batch.Line(first)).ToContainTextAsync("已接受");
            await batch.AcceptButton(second).ClickAsync();
            await Expect(batch.Line(second)).ToContainTextAsync("已接受");
            await batch.ReasonFor(third).FillAsync("请补充境外高校在读证明");
            await batch.ReturnButton(third).ClickAsync();
            await Expect(batch.Line(third)).ToContainTextAsync("请补充境外高校在读证明");
            await batch.AssertShownAsync("decided");
            var href = await batch.Line(first).GetByRole(AriaRole.Link, new() { Name = first }).GetAttributeAsync("href");
            acceptedId = Guid.Parse(href!.Split("id=")[1]);
            province.AssertNoBrowserErrors();
        }

        // 3. The city downloads the certificate; its first page is rendered; its QR code leads to the public check.
        await using (var city = await app.OpenSessionAsync(test + "-3-certificate", BrowserSession.Desktop))
        {
            var login = new LoginPage(city);
            await login.GotoAsync();
            await login.SignInAsync(DemoAccounts.QingdaoOfficer, DemoAccounts.Password);
            await new WorkspacePage(city).AssertShownAsync();
            await city.Page.GotoAsync($"/Ambassadors/Details?id={acceptedId}");
            var details = new AmbassadorDetailsPage(city);
            await Expect(details.Status).ToHaveTextAsync("在任");
            await details.AssertShownAsync("active");
            var download = await city.Page.RunAndWaitForDownloadAsync(() => details.CertificateLink.ClickAsync());
            var pdf = Path.Combine(work, "certificate.pdf");
            await download.SaveAsAsync(pdf);
            Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(pdf), 0, 4));

            var png = RenderFirstPage(pdf, Path.Combine(BrowserSession.ScreenshotFolder, test + "-certificate"));
            var qr = await ReadQrAsync(city.Page, png);
            Assert.Contains("/Ambassadors/Verify?code=", qr, StringComparison.Ordinal);

            await city.Page.GotoAsync(qr);
            var verify = new CertificateVerifyPage(city);
            await Expect(verify.State).ToHaveTextAsync("证书有效");
            await Expect(verify.Name).ToHaveTextAsync(first[0] + new string('*', first.Length - 2) + first[^1]);
            await verify.AssertShownAsync("valid");
            city.AssertNoBrowserErrors();
        }
    }

    /// <summary>The PDF's first page as PNG (pdftoppm from poppler-utils, which test.sh installs), beside the screenshots.</summary>
    private static string RenderFirstPage(string pdf, string prefix)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(prefix)!);
        using var process = Process.Start(new ProcessStartInfo("pdftoppm", ["-png", "-r", "110", "-f", "1", "-l", "1", "-singlefile", pdf, prefix])
        {
            RedirectStandardError = true,
        })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, "pdftoppm failed: " + error);
        return prefix + ".png";
    }

    /// <summary>Reads the QR code of the rendered page with the jsQR copy the app serves for its door scanner.</summary>
    private static async Task<string> ReadQrAsync(IPage page, string png)
    {
        var origin = new Uri(page.Url).GetLeftPart(UriPartial.Authority);
        // The app's headers keep its scripts to its own pages, so the script is fetched here and given to a blank page.
        using var http = new HttpClient();
        var script = await http.GetStringAsync(origin + "/lib/jsqr/jsQR.js");
        await page.GotoAsync("about:blank");
        await page.AddScriptTagAsync(new() { Content = script });
        var data = await page.EvaluateAsync<string?>(@"async (b64) => {
            const img = new Image(); img.src = 'data:image/png;base64,' + b64; await img.decode();
            const canvas = document.createElement('canvas'); canvas.width = img.width; canvas.height = img.height;
            const ctx = canvas.getContext('2d'); ctx.drawImage(img, 0, 0);
            const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height);
            const found = jsQR(pixels.data, canvas.width, canvas.height);
            return found ? found.data : null; }", Convert.ToBase64String(await File.ReadAllBytesAsync(png)));
        Assert.False(string.IsNullOrEmpty(data), "No QR code found on the certificate's first page.");
        return data!;
    }
}
