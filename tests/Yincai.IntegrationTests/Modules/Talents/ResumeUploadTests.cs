namespace Yincai.IntegrationTests.Modules.Talents;

/// <summary>Résumé PDFs are judged by content and size: a renamed text file or an oversized file is refused with the
/// field named and nothing stored; a real PDF is kept and comes back as an attachment.</summary>
public sealed class ResumeUploadTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, string> Resume(string title) => new()
    {
        ["Form.Title"] = title, ["Form.Text"] = "2024 年毕业于山东大学，熟悉 Python 和数据分析。",
    };

    [Fact]
    public async Task Upload_RealPdf_IsKeptAndDownloadsAsAnAttachment()
    {
        using var me = await app.SignedInTalentAsync();
        var pdf = ProfileTestData.Pdf();

        using var saved = await ProfileTestData.PostMultipartAsync(me.Browser, "/Talents/Profile/ResumeEdit", Resume("数据分析岗位"),
            "Form.Pdf", "我的简历.pdf", pdf);
        var resume = await app.WithDbAsync(db => db.Resumes.AsNoTracking().SingleAsync(r => r.TalentId == me.Talent.Id, Ct));
        using var download = await me.Browser.GetAsync($"/Talents/Profile/Resumes?handler=Pdf&id={resume.Id}", Ct);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(("我的简历.pdf", pdf.Length), (resume.PdfFileName, resume.PdfBytes));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync(Ct));
    }

    [Fact]
    public async Task Upload_TextFileRenamedToPdf_IsRefusedNamingTheField()
    {
        using var me = await app.SignedInTalentAsync();
        var text = System.Text.Encoding.UTF8.GetBytes("这不是 PDF，只是改了扩展名的文本文件。" + new string('x', 200));

        using var response = await ProfileTestData.PostMultipartAsync(me.Browser, "/Talents/Profile/ResumeEdit", Resume("改名的文本"),
            "Form.Pdf", "resume.pdf", text);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("简历 PDF 文件：文件内容不是 PDF", html, StringComparison.Ordinal);
        Assert.Contains("改名的文本", html, StringComparison.Ordinal); // what was typed stays
        Assert.False(await app.WithDbAsync(db => db.Resumes.AnyAsync(r => r.TalentId == me.Talent.Id, Ct)));
    }

    [Fact]
    public async Task Upload_PdfOverTheLimit_IsRefusedNamingTheField()
    {
        using var me = await app.SignedInTalentAsync();
        var big = ProfileTestData.Pdf(padding: Yincai.Modules.Talents.Resume.MaxPdfBytes);

        using var response = await ProfileTestData.PostMultipartAsync(me.Browser, "/Talents/Profile/ResumeEdit", Resume("太大的文件"),
            "Form.Pdf", "big.pdf", big);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("简历 PDF 文件：文件不能超过 5 MB", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Resumes.AnyAsync(r => r.TalentId == me.Talent.Id, Ct)));
    }

    [Fact]
    public async Task Upload_PdfFarOverTheLimit_SaysTheLimitNextToTheFieldAndKeepsWhatWasTyped()
    {
        using var me = await app.SignedInTalentAsync();
        // Past what the server reads of a form by default for this page: this answered 400 "系统出现问题" and lost the form.
        var huge = ProfileTestData.Pdf(padding: 12 * 1024 * 1024);

        using var response = await ProfileTestData.PostMultipartAsync(me.Browser, "/Talents/Profile/ResumeEdit", Resume("很大的扫描件"),
            "Form.Pdf", "scan.pdf", huge);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("data-valmsg-for=\"Form.Pdf\"[^>]*>简历 PDF 文件：文件不能超过 5 MB", html);
        Assert.Contains("value=\"很大的扫描件\"", html, StringComparison.Ordinal);
        Assert.Contains("熟悉 Python 和数据分析", html, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Resumes.AnyAsync(r => r.TalentId == me.Talent.Id, Ct)));
    }

    [Fact]
    public async Task Download_PdfOfAnotherTalent_IsNotFound()
    {
        using var owner = await app.SignedInTalentAsync();
        using var other = await app.SignedInTalentAsync();
        await ProfileTestData.PostMultipartAsync(owner.Browser, "/Talents/Profile/ResumeEdit", Resume("别人的简历"), "Form.Pdf", "a.pdf",
            ProfileTestData.Pdf());
        var id = await app.WithDbAsync(db => db.Resumes.Where(r => r.TalentId == owner.Talent.Id).Select(r => r.Id).SingleAsync(Ct));

        using var response = await other.Browser.GetAsync($"/Talents/Profile/Resumes?handler=Pdf&id={id}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task RemovePdf_KeepsTheResumeText()
    {
        using var me = await app.SignedInTalentAsync();
        await ProfileTestData.PostMultipartAsync(me.Browser, "/Talents/Profile/ResumeEdit", Resume("留文字"), "Form.Pdf", "a.pdf",
            ProfileTestData.Pdf());
        var id = await app.WithDbAsync(db => db.Resumes.Where(r => r.TalentId == me.Talent.Id).Select(r => r.Id).SingleAsync(Ct));

        using var removed = await YincaiAppFactory.PostFormAsync(me.Browser, "/Talents/Profile/Resumes?handler=RemovePdf",
            new Dictionary<string, string> { ["id"] = id.ToString() }, tokenFrom: "/Talents/Profile/Resumes");

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var resume = await app.WithDbAsync(db => db.Resumes.AsNoTracking().SingleAsync(r => r.Id == id, Ct));
        Assert.Equal((null, null, "留文字"), (resume.PdfFileName, resume.Pdf, resume.Title));
    }
}
