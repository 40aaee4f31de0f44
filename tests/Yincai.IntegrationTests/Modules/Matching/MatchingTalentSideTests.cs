using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Yincai.Modules.Matching;
using Yincai.Modules.Matching.Scoring;

namespace Yincai.IntegrationTests.Modules.Matching;

/// <summary>
/// The talent side in one copy (issue 16): a copy with <c>Matching:TalentsUrl</c> keeps no talents in memory and asks the copy
/// that holds them for a job's talents, with the shared key; an employer sees the same talents, with the same scores and
/// reasons, on either copy, and the copy holding them answers nobody without the key.
/// </summary>
public sealed class MatchingTalentSideTests : IAsyncLifetime
{
    private const string Key = "test-matching-talents-key-0123456789abcdef";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly YincaiAppFactory _holder = new YincaiAppFactory().WithSetting("Matching:TalentsKey", Key);
    private YincaiAppFactory? _jobsOnly;

    private YincaiAppFactory JobsOnly => _jobsOnly!;

    /// <summary>True: the holder cannot be reached (its handler is not called).</summary>
    private volatile bool _holderDown;

    private sealed class Network(HttpMessageHandler holder, MatchingTalentSideTests test) : DelegatingHandler(holder)
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            test._holderDown ? throw new HttpRequestException("connection refused") : base.SendAsync(request, cancellationToken);
    }

    public async ValueTask InitializeAsync()
    {
        await _holder.InitializeAsync();
        _jobsOnly = _holder.SecondCopy(b =>
        {
            b.UseSetting("Matching:TalentsUrl", "http://talents.internal/");
            b.UseSetting("Matching:TalentsKey", Key);
            // The holder runs in this process: its test server stands for the network between copies.
            b.ConfigureServices(s => s.AddHttpClient<RemoteTalentRanking>()
                .ConfigurePrimaryHttpMessageHandler(() => new Network(_holder.Server.CreateHandler(), this)));
        });
        await _jobsOnly.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_jobsOnly is not null) await _jobsOnly.DisposeAsync();
        await _holder.DisposeAsync();
    }

    private static async Task<HttpClient> ApiAsync(YincaiAppFactory copy, TestAccount employer)
    {
        var api = copy.CreateClient(new() { AllowAutoRedirect = false });
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await copy.TokenAsync(employer.UserName, employer.Password));
        return api;
    }

    private static async Task<List<TalentMatch>> TalentsAsync(YincaiAppFactory copy, TestAccount employer, Guid jobId)
    {
        using var api = await ApiAsync(copy, employer);
        return await api.GetJsonAsync<List<TalentMatch>>($"/api/v1/matching/jobs/{jobId}/talents");
    }

    [Fact]
    public async Task HolderUnreachable_JobsOnlyCopy_SaysMatchingIsBeingPrepared_OnThePageAndWith503()
    {
        var (employer, _) = await _holder.VerifiedEmployerAsync();
        var job = await _holder.JobAsync(employer.Id, MatchingTestData.Job("测试工程师"));
        Assert.True(await MatchingTestData.EventuallyAsync(() => Task.FromResult(JobsOnly.Index().Job(job.Id) is not null)));
        using var api = await ApiAsync(JobsOnly, employer);
        using var browser = JobsOnly.CreateBrowser();
        await YincaiAppFactory.SignInAsync(browser, employer.UserName, employer.Password);

        _holderDown = true;
        using var response = await api.GetAsync($"/api/v1/matching/jobs/{job.Id}/talents", Ct);
        var page = await browser.GetStringAsync($"/Matching/Job?id={job.Id}", Ct);
        _holderDown = false;
        using var after = await api.GetAsync($"/api/v1/matching/jobs/{job.Id}/talents", Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Contains("data-testid=\"matching-preparing\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task JobsOnlyCopy_HoldsNoTalents_AndShowsAnEmployerTheSameTalentsAsTheCopyHoldingThem()
    {
        var word = "q" + Guid.NewGuid().ToString("N")[..8];
        var (employer, _) = await _holder.VerifiedEmployerAsync();
        var (_, talent) = await _holder.FindableTalentAsync(skills: ["Kotlin", word], fullName: "王小明");
        var job = await _holder.JobAsync(employer.Id, MatchingTestData.Job($"安卓工程师{word}", tags: $"Kotlin,{word}"));
        Assert.True(await MatchingTestData.EventuallyAsync(() =>
            Task.FromResult(_holder.Index().Talent(talent.Id) is not null && JobsOnly.Index().Job(job.Id) is not null)));

        var onHolder = await TalentsAsync(_holder, employer, job.Id);
        var onJobsOnly = await TalentsAsync(JobsOnly, employer, job.Id);

        Assert.Equal(0, JobsOnly.Index().TalentCount);
        Assert.True(_holder.Index().TalentCount > 0);
        var there = Assert.Single(onHolder, t => t.TalentId == talent.Id);
        var here = Assert.Single(onJobsOnly, t => t.TalentId == talent.Id);
        Assert.Equal("王*明", here.MaskedName);
        Assert.Equal(there.Score, here.Score);
        Assert.Equal(there.Reasons.Select(r => r.Text), here.Reasons.Select(r => r.Text));
        Assert.Equal(onHolder.Select(t => t.TalentId), onJobsOnly.Select(t => t.TalentId));
    }

    [Fact]
    public async Task TalentSideEndpoint_WithoutTheKey_Or_OnACopyHoldingNoTalents_AnswersNothing()
    {
        var body = MatchIndexSnapshot.EncodeJob(new JobFeatures { Id = Guid.NewGuid(), Region = RegionRef.Parse("370202"), Division = 65, Type = default });
        async Task<HttpStatusCode> PostAsync(YincaiAppFactory copy, string? key)
        {
            using var client = copy.CreateClient(new() { AllowAutoRedirect = false });
            using var request = new HttpRequestMessage(HttpMethod.Post, TalentRankingEndpoint.Path + "?take=5") { Content = new ByteArrayContent(body) };
            if (key is not null) request.Headers.Add(TalentRankingEndpoint.KeyHeader, key);
            using var response = await client.SendAsync(request, Ct);
            return response.StatusCode;
        }

        var noKey = await PostAsync(_holder, null);
        var wrongKey = await PostAsync(_holder, Key[..^1] + "x");
        var rightKey = await PostAsync(_holder, Key);
        var jobsOnly = await PostAsync(JobsOnly, Key);

        Assert.Equal(HttpStatusCode.Unauthorized, noKey);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongKey);
        Assert.Equal(HttpStatusCode.OK, rightKey);
        Assert.Equal(HttpStatusCode.NotFound, jobsOnly);
    }
}
