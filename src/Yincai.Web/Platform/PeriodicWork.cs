namespace Yincai.Platform;

/// <summary>
/// Background work done at start and then every <see cref="Interval"/>: one round at a time, a failed round logged and
/// the next one tried, a round lost to another copy of the app (<see cref="IsLostRace"/>) passed over quietly.
/// </summary>
public abstract partial class PeriodicWork(TimeProvider clock, ILogger logger) : BackgroundService
{
    private readonly TaskCompletionSource _firstRound = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected TimeProvider Clock { get; } = clock;

    /// <summary>Done when the round at start has ended (done, failed or stopped): what it wrote is then in the database.</summary>
    public Task FirstRound => _firstRound.Task;

    protected abstract TimeSpan Interval { get; }

    /// <summary>One round; it logs what it did itself.</summary>
    protected abstract Task RunOnceAsync(CancellationToken cancellationToken);

    /// <summary>Whether a round failed only because another copy did the same work first.</summary>
    protected virtual bool IsLostRace(Exception exception) => false;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, Clock);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            // A timeout inside a round (an HttpClient's) is a failed round, not the app stopping: only the host's token stops it.
            catch (Exception e) when (!stoppingToken.IsCancellationRequested && !IsLostRace(e))
            {
                LogFailed(e, GetType().Name);
            }
            catch (Exception) when (!stoppingToken.IsCancellationRequested)
            {
                // Another copy did this round's work first; what it did stands.
            }
            finally
            {
                _firstRound.TrySetResult();
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A round of {Work} failed")]
    private partial void LogFailed(Exception exception, string work);
}
