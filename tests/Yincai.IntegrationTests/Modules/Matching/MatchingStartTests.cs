using System.Data.Common;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Yincai.Modules.Matching;

namespace Yincai.IntegrationTests.Modules.Matching;

/// <summary>How a copy starts: <c>/health/ready</c> says the index is being built until it is, and a copy reads the
/// snapshot of the index (<c>Matching:SnapshotPath</c>) and catches up from the change feed, or builds from rows when the
/// snapshot is not sound.</summary>
public sealed class MatchingStartTests : IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly YincaiAppFactory _first = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "yincai-tests", "snapshot-" + Guid.NewGuid().ToString("N"));

    public ValueTask InitializeAsync() => _first.InitializeAsync();

    public async ValueTask DisposeAsync()
    {
        await _first.DisposeAsync();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private string SnapshotPath => Path.Combine(_folder, "matching.snapshot");

    private YincaiAppFactory Copy(Action<IWebHostBuilder>? more = null) => _first.SecondCopy(b =>
    {
        b.UseSetting("Matching:SnapshotPath", SnapshotPath);
        more?.Invoke(b);
    });

    private static async Task<List<Guid>> MatchedJobsAsync(YincaiAppFactory copy, TestAccount talent)
    {
        using var client = copy.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new("Bearer", await copy.TokenAsync(talent.UserName, talent.Password));
        var found = await client.GetJsonAsync<MatchesForTalent>("/api/v1/matching/me?take=50");
        return found.Jobs.Select(j => j.JobId).ToList();
    }

    [Fact]
    public async Task Readiness_WhileTheIndexBuilds_IsNotReadyWithItsPhase_ThenReady()
    {
        var gate = new HeldBuild();
        await using var copy = _first.SecondCopy(b =>
            b.ConfigureTestServices(s => s.ConfigureDbContext<YincaiDb>(o => o.AddInterceptors(gate))));
        copy.WaitsForBackgroundStart = false; // the gate holds the change feed's rounds too, until the test lets go
        await copy.InitializeAsync();
        using var client = copy.CreateClient();

        var held = await MatchingTestData.EventuallyAsync(() => Task.FromResult(gate.Holding), seconds: 30);
        using var during = await client.GetAsync("/health/ready", Ct);
        var duringBody = await during.Content.ReadAsStringAsync(Ct);
        gate.Release();
        var ready = await MatchingTestData.EventuallyAsync(async () =>
        {
            using var r = await client.GetAsync("/health/ready", Ct);
            return r.StatusCode == HttpStatusCode.OK;
        }, seconds: 30);

        Assert.True(held, "The build reached its first read.");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, during.StatusCode);
        Assert.Contains("matching index building", duringBody, StringComparison.Ordinal);
        Assert.Contains("\"phase\"", duringBody, StringComparison.Ordinal);
        Assert.True(ready, "Ready once the index is built.");
    }

    [Fact]
    public async Task Snapshot_Corrupt_IsIgnoredAndTheCopyBuildsFromRows()
    {
        var word = "q" + Guid.NewGuid().ToString("N")[..8];
        var (employerUser, _) = await _first.VerifiedEmployerAsync();
        var job = await _first.JobAsync(employerUser.Id, MatchingTestData.Job($"数据工程师{word}", tags: $"数据,{word}"));
        Directory.CreateDirectory(_folder);
        var garbage = new byte[4096];
        new Random(7).NextBytes(garbage);
        "YCMX"u8.CopyTo(garbage);
        await File.WriteAllBytesAsync(SnapshotPath, garbage, Ct);

        await using var copy = Copy();
        await copy.InitializeAsync();
        var sync = copy.Services.GetRequiredService<MatchingSync>();
        var ready = await MatchingTestData.EventuallyAsync(() => Task.FromResult(sync.IsReady), seconds: 30);
        // The copy then writes a sound snapshot over the damaged one.
        var rewritten = await MatchingTestData.EventuallyAsync(() => Task.FromResult(MatchIndexSnapshot.ReadHeader(SnapshotPath) is not null), seconds: 30);

        Assert.True(ready);
        Assert.Equal("rows", sync.Source);
        Assert.NotNull(copy.Index().Job(job.Id));
        Assert.True(rewritten, "A sound snapshot replaces the damaged one.");
    }

    [Fact]
    public async Task Snapshot_ChangesSavedAfterIt_ReachACopyStartedFromIt()
    {
        var word = "q" + Guid.NewGuid().ToString("N")[..8];
        var (employerUser, _) = await _first.VerifiedEmployerAsync();
        var (talentUser, _) = await _first.FindableTalentAsync(skills: ["Rust", word]);
        var before = await _first.JobAsync(employerUser.Id, MatchingTestData.Job($"Rust工程师{word}", tags: $"Rust,{word}"));
        long position;
        await using (var writer = Copy())
        {
            await writer.InitializeAsync();
            var sync = writer.Services.GetRequiredService<MatchingSync>();
            // Ready, not just loaded: the rows are in the index a moment before the catch-up ends and a snapshot may be taken.
            Assert.True(await MatchingTestData.EventuallyAsync(() => Task.FromResult(sync.IsReady && writer.Index().Job(before.Id) is not null), seconds: 30));
            Assert.True(await sync.WriteSnapshotAsync(force: true, Ct));
            position = MatchIndexSnapshot.ReadHeader(SnapshotPath)!.FeedPosition;
        }
        var after = await _first.JobAsync(employerUser.Id, MatchingTestData.Job($"Rust开发{word}", tags: $"Rust,{word}"));

        await using var copy = Copy();
        await copy.InitializeAsync();
        var started = copy.Services.GetRequiredService<MatchingSync>();
        var ready = await MatchingTestData.EventuallyAsync(() => Task.FromResult(started.IsReady), seconds: 30);
        var matched = await MatchedJobsAsync(copy, talentUser);

        Assert.True(ready);
        Assert.Equal("snapshot", started.Source);
        Assert.True(position > 0);
        Assert.Contains(before.Id, matched);
        Assert.Contains(after.Id, matched);
    }

    [Fact]
    public async Task TalentsElsewhere_CopyReadsNoTalents_NotFromASnapshotHoldingThem_NorFromTheChangeFeed()
    {
        var (_, talent) = await _first.FindableTalentAsync(skills: ["Go"]);
        await using (var holder = Copy())
        {
            await holder.InitializeAsync();
            var sync = holder.Services.GetRequiredService<MatchingSync>();
            Assert.True(await MatchingTestData.EventuallyAsync(() => Task.FromResult(sync.IsReady && holder.Index().Talent(talent.Id) is not null), seconds: 30));
            Assert.True(await sync.WriteSnapshotAsync(force: true, Ct));
        }

        await using var jobsOnly = Copy(b =>
        {
            b.UseSetting("Matching:TalentsUrl", "http://talents.internal/");
            b.UseSetting("Matching:TalentsKey", new string('k', 32));
        });
        await jobsOnly.InitializeAsync();
        var started = jobsOnly.Services.GetRequiredService<MatchingSync>();
        var ready = await MatchingTestData.EventuallyAsync(() => Task.FromResult(started.IsReady), seconds: 30);
        var (_, later) = await _first.FindableTalentAsync(skills: ["Go"]);
        var reachedFirst = await MatchingTestData.EventuallyAsync(() => Task.FromResult(_first.Index().Talent(later.Id) is not null));
        await started.PollAsync(Ct);

        Assert.True(ready);
        Assert.Equal("rows", started.Source);
        Assert.False(started.HoldsTalents);
        Assert.True(reachedFirst);
        Assert.Equal(0, jobsOnly.Index().TalentCount);
    }

    /// <summary>Holds the index build's first read (the change feed's head) until released.</summary>
    private sealed class HeldBuild : DbCommandInterceptor
    {
        private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private volatile bool _holding;

        public bool Holding => _holding;

        public void Release() => _release.TrySetResult();

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (!_release.Task.IsCompleted && command.CommandText.Contains("platform_change_feed", StringComparison.Ordinal)
                && command.CommandText.Contains("max(", StringComparison.OrdinalIgnoreCase))
            {
                _holding = true;
                await _release.Task.WaitAsync(cancellationToken);
            }
            return await base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
