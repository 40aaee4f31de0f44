using Microsoft.Extensions.Options;
using Yincai.Platform;

namespace Yincai.Modules.Matching.Digests;

/// <summary>
/// Issue 20: every talent with an account gets, once a week, a digest of what is new for them (the week's new jobs that matching
/// ranks for them, the new events of their city and the new policies of their region), in the inbox and by e-mail with the one-click
/// unsubscribe of <see cref="Notifications.Contracts.DigestSubscriptions"/>; nothing for those with nothing new or who unsubscribed.
/// Active ambassadors get their own digest instead (AMB-09), and nobody gets two digests in a week: whoever got any digest since the
/// week's digest moment is passed over. Talents are read in pages of <see cref="MatchingOptions.DigestPageSize"/> in id order, each page
/// saved on its own, so a round over ten million talents holds one page at a time and a round stopped half-way (a restart, another
/// copy of the app taking over) goes on where it was without telling anyone twice.
/// </summary>
public sealed partial class TalentDigests(IServiceScopeFactory scopes, TimeProvider clock, IOptions<MatchingOptions> options,
    ILogger<TalentDigests> logger) : PeriodicWork(clock, logger)
{
    private readonly SemaphoreSlim _one = new(1, 1);
    private DateTime? _week, _done;
    private Guid? _after;

    protected override TimeSpan Interval => TimeSpan.FromMinutes(options.Value.DigestPollMinutes);

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        if (await SendDueAsync(cancellationToken) is > 0 and var count) LogSent(count);
    }

    /// <summary>Sends this week's digests not sent yet (one round at a time in this copy); returns how many talents got one.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        await _one.WaitAsync(cancellationToken);
        try
        {
            var o = options.Value;
            var starts = DigestWeek.StartUtc(Clock.GetUtcNow().UtcDateTime, o.DigestDay, o.DigestHour);
            if (_done == starts) return 0;
            if (_week != starts) (_week, _after) = (starts, null);
            DigestWeek? week;
            await using (var scope = scopes.CreateAsyncScope())
                week = await scope.ServiceProvider.GetRequiredService<TalentDigestRound>().WeekAsync(starts, cancellationToken);
            if (week is null) return 0;
            var sent = 0;
            while (!week.IsEmpty)
            {
                await using var scope = scopes.CreateAsyncScope();
                var page = await scope.ServiceProvider.GetRequiredService<TalentDigestRound>().PageAsync(week, _after, cancellationToken);
                sent += page.Sent;
                // Another copy is at this week's pages: it goes on, and this copy looks again at its next round.
                if (page.Busy) return sent;
                if (page.Next is not { } next) break;
                _after = next;
            }
            _done = starts;
            return sent;
        }
        finally
        {
            _one.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Talent digests sent to {Count} talents")]
    private partial void LogSent(int count);
}
