using Yincai.Modules.Matching;

namespace Yincai.IntegrationTests.Modules.Matching;

/// <summary>Two running copies of the app on one database (as behind a load balancer) agree on matches within two
/// seconds of a change saved by either.</summary>
public sealed class MatchingAcrossCopiesTests : IAsyncLifetime
{
    private readonly YincaiAppFactory _first = new();
    private YincaiAppFactory? _second;

    private YincaiAppFactory Second => _second!;

    public async ValueTask InitializeAsync()
    {
        await _first.InitializeAsync();
        _second = _first.SecondCopy();
        await _second.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_second is not null) await _second.DisposeAsync();
        await _first.DisposeAsync();
    }

    private static async Task<List<(Guid, float)>> MatchesAsync(YincaiAppFactory copy, TestAccount talent)
    {
        using var client = copy.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new("Bearer", await copy.TokenAsync(talent.UserName, talent.Password));
        var found = await client.GetJsonAsync<MatchesForTalent>("/api/v1/matching/me?take=50");
        return found.Jobs.Select(j => (j.JobId, j.Score)).ToList();
    }

    [Fact]
    public async Task AJobPublishedOnOneCopy_AndAConsentWithdrawnOnTheOther_ReachBothWithinTwoSeconds()
    {
        var word = "q" + Guid.NewGuid().ToString("N")[..8];
        var (employerUser, _) = await _first.VerifiedEmployerAsync();
        var (talentUser, talent) = await _first.FindableTalentAsync(skills: ["Rust", word]);

        var job = await _first.JobAsync(employerUser.Id, MatchingTestData.Job($"Rust工程师{word}", tags: $"Rust,{word}"));
        // Each copy reads the change feed on its own, the one that saved the job too.
        var reachedSecond = await MatchingTestData.EventuallyAsync(() =>
            Task.FromResult(Second.Index().Job(job.Id) is not null && _first.Index().Job(job.Id) is not null));
        var onFirst = await MatchesAsync(_first, talentUser);
        var onSecond = await MatchesAsync(Second, talentUser);

        await Second.SetConsentAsync(talent.Id, granted: false);
        var leftFirst = await MatchingTestData.EventuallyAsync(() => Task.FromResult(_first.Index().Talent(talent.Id) is null));

        Assert.True(reachedSecond);
        // Among the talent's best on both copies, with the same score. The whole lists are not compared: other tests
        // publish jobs into a shared database, and one may reach one copy a poll before the other.
        var first = Assert.Single(onFirst, m => m.Item1 == job.Id);
        var second = Assert.Single(onSecond, m => m.Item1 == job.Id);
        Assert.Equal(first.Item2, second.Item2);
        Assert.True(leftFirst);
    }
}
