using System.Text;
using Yincai.IntegrationTests.Modules.Employers;
using Yincai.IntegrationTests.Modules.Talents;

namespace Yincai.IntegrationTests.Modules.Jobs;

/// <summary>A talent applies with one of their résumés; the employer keeps the résumé as it was sent and may download
/// its PDF, which only the employer owning the job can, and which is written to the audit trail.</summary>
public sealed class ApplicationResumeTests(YincaiAppFactory app) : IClassFixture<YincaiAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    private async Task<(TestAccount Employer, Job Job)> PublishedJobAsync()
    {
        var (user, employer) = await app.RegisterEmployerAsync("370202");
        var job = (await app.WithServicesAsync(s => s.GetRequiredService<JobPostings>().SaveAsync(user.Id, null, new JobForm
        {
            Title = "数据分析师" + Guid.NewGuid().ToString("N")[..4], Description = "负责业务数据分析与报表，熟悉SQL。", RegionCode = "370202",
            Headcount = 1, SalaryMinYuan = 7000, SalaryMaxYuan = 10000, ValidUntil = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(1),
        }, submit: true, Ct))).Value!;
        await app.WithDbAsync(async db =>
        {
            (await db.Employers.SingleAsync(e => e.Id == employer.Id, Ct)).Verify(Guid.CreateVersion7(), DateTime.UtcNow);
            (await db.Jobs.SingleAsync(j => j.Id == job.Id, Ct)).Approve(Guid.CreateVersion7(), DateTime.UtcNow);
            await db.SaveChangesAsync(Ct);
        });
        return (user, job);
    }

    private Task<Resume> ResumeAsync(Guid talentId, string title, string text, bool withPdf = false) =>
        app.WithDbAsync(async db =>
        {
            var resume = new Resume(talentId, title, text, DateTime.UtcNow);
            if (withPdf) resume.AttachPdf("简历.pdf", Pdf, DateTime.UtcNow);
            db.Resumes.Add(resume);
            await db.SaveChangesAsync(Ct);
            return resume;
        });

    private static async Task<HttpClient> BrowserAsync(YincaiAppFactory app, TestAccount account)
    {
        var browser = app.CreateBrowser();
        await YincaiAppFactory.SignInAsync(browser, account.UserName, account.Password);
        return browser;
    }

    private static Task<HttpResponseMessage> ApplyAsync(HttpClient talent, Guid jobId, Guid? resumeId)
    {
        var fields = new Dictionary<string, string> { ["id"] = jobId.ToString() };
        if (resumeId is { } id) fields["ResumeId"] = id.ToString();
        return YincaiAppFactory.PostFormAsync(talent, $"/Jobs/View?id={jobId}&handler=Apply", fields, tokenFrom: $"/Jobs/View?id={jobId}");
    }

    private async Task<(TestAccount Employer, Job Job, JobApplication Application)> AppliedWithPdfAsync()
    {
        var (employer, job) = await PublishedJobAsync();
        var (talentUser, talent, _) = await app.CreateTalentAsync("370202");
        var resume = await ResumeAsync(talent.Id, "带PDF的简历", "熟悉Python与SQL。", withPdf: true);
        var application = (await app.WithServicesAsync(s => s.GetRequiredService<JobApplications>()
            .ApplyAsync(talentUser.Id, job.Id, resume.Id, null, Ct))).Value!;
        return (employer, job, application);
    }

    [Fact]
    public async Task Apply_WithAChosenResume_TheEmployerSeesItAsSentEvenAfterTheTalentEditsIt()
    {
        var (employerUser, job) = await PublishedJobAsync();
        var (talentUser, talent, _) = await app.CreateTalentAsync("370202", "陈晓");
        await ResumeAsync(talent.Id, "通用简历", "三年行政工作经验。");
        var chosen = await ResumeAsync(talent.Id, "数据方向简历", "熟悉SQL与Python，做过零售数据分析。");
        using var talentBrowser = await BrowserAsync(app, talentUser);
        using var employerBrowser = await BrowserAsync(app, employerUser);
        var jobPage = await (await talentBrowser.GetAsync($"/Jobs/View?id={job.Id}", Ct)).Content.ReadAsStringAsync(Ct);

        using var apply = await ApplyAsync(talentBrowser, job.Id, chosen.Id);
        await app.WithDbAsync(async db =>
        {
            (await db.Resumes.SingleAsync(r => r.Id == chosen.Id, Ct)).Edit("改过的简历", "后来改写的内容。", DateTime.UtcNow);
            await db.SaveChangesAsync(Ct);
        });
        var applicants = await (await employerBrowser.GetAsync($"/Jobs/Own/Applicants?jobId={job.Id}", Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Contains("通用简历", jobPage, StringComparison.Ordinal);
        Assert.Contains("数据方向简历", jobPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, apply.StatusCode);
        var application = await app.WithDbAsync(db => db.JobApplications.AsNoTracking().SingleAsync(a => a.JobId == job.Id, Ct));
        Assert.Equal(chosen.Id, application.ResumeId);
        Assert.Contains("数据方向简历", applicants, StringComparison.Ordinal);
        Assert.Contains("熟悉SQL与Python，做过零售数据分析。", applicants, StringComparison.Ordinal);
        Assert.DoesNotContain("后来改写的内容", applicants, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_WithResumesButNoneChosen_NamesTheFieldAndAppliesNothing()
    {
        var (_, job) = await PublishedJobAsync();
        var (talentUser, talent, _) = await app.CreateTalentAsync("370202");
        await ResumeAsync(talent.Id, "我的简历", "应届毕业生。");
        using var browser = await BrowserAsync(app, talentUser);

        using var apply = await ApplyAsync(browser, job.Id, resumeId: null);

        Assert.Contains("简历：请选择一份您自己的简历。", await apply.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.JobApplications.AnyAsync(a => a.JobId == job.Id, Ct)));
    }

    [Fact]
    public async Task Apply_WithAnotherTalentsResume_IsRefused()
    {
        var (_, job) = await PublishedJobAsync();
        var (talentUser, _, _) = await app.CreateTalentAsync("370202");
        var (_, other, _) = await app.CreateTalentAsync("370202");
        var foreign = await ResumeAsync(other.Id, "别人的简历", "不属于申请人的内容。");

        var result = await app.WithServicesAsync(s => s.GetRequiredService<JobApplications>().ApplyAsync(talentUser.Id, job.Id, foreign.Id, null, Ct));

        Assert.Equal("jobs.resume_required", result.Error?.Code);
        Assert.False(await app.WithDbAsync(db => db.JobApplications.AnyAsync(a => a.JobId == job.Id, Ct)));
    }

    [Fact]
    public async Task JobPage_TalentWithoutResume_LinksToTheProfileAndMayStillApply()
    {
        var (_, job) = await PublishedJobAsync();
        var (talentUser, _, _) = await app.CreateTalentAsync("370202");
        using var browser = await BrowserAsync(app, talentUser);

        var page = await (await browser.GetAsync($"/Jobs/View?id={job.Id}", Ct)).Content.ReadAsStringAsync(Ct);
        using var apply = await ApplyAsync(browser, job.Id, resumeId: null);

        Assert.Contains("href=\"/Talents/Profile\"", page, StringComparison.Ordinal);
        Assert.Contains("您已申请该岗位", await apply.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Null(await app.WithDbAsync(db => db.JobApplications.Where(a => a.JobId == job.Id).Select(a => a.ResumeId).SingleAsync(Ct)));
    }

    [Fact]
    public async Task ResumePdf_TheEmployerOwningTheJob_DownloadsItAndTheViewIsAudited()
    {
        var (employerUser, job, application) = await AppliedWithPdfAsync();
        using var browser = await BrowserAsync(app, employerUser);
        var applicants = await (await browser.GetAsync($"/Jobs/Own/Applicants?jobId={job.Id}", Ct)).Content.ReadAsStringAsync(Ct);
        var sequence = await app.LastAuditSequenceAsync();

        using var download = await browser.GetAsync($"/Jobs/Own/Applicants?handler=Pdf&jobId={job.Id}&applicationId={application.Id}", Ct);

        Assert.Contains("下载简历 PDF", applicants, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync(Ct));
        var audit = await app.AuditEntriesAfterAsync(sequence);
        Assert.Contains(audit, a => a.Action == AuditActions.SensitiveView && a.EntityType == nameof(JobApplication)
            && a.EntityId == application.Id.ToString() && a.ActorId == employerUser.Id);
    }

    [Fact]
    public async Task ResumePdf_AnotherEmployer_Gets404AndNothingIsSent()
    {
        var (_, job, application) = await AppliedWithPdfAsync();
        var (otherEmployer, _) = await app.RegisterEmployerAsync("370202", "别家公司");
        using var browser = await BrowserAsync(app, otherEmployer);
        var sequence = await app.LastAuditSequenceAsync();

        using var download = await browser.GetAsync($"/Jobs/Own/Applicants?handler=Pdf&jobId={job.Id}&applicationId={application.Id}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
        Assert.NotEqual("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain(await app.AuditEntriesAfterAsync(sequence), a => a.Action == AuditActions.SensitiveView);
    }
}
