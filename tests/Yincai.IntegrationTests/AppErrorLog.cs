using Microsoft.Extensions.Logging;

namespace Yincai.IntegrationTests;

/// <summary>
/// The app's errors (a request's unhandled exception, a failed background round) appended to the file named by
/// <see cref="Variable"/>, which <c>./test.sh</c> prints when a run fails: a 500 in a CI run then says why. The test server does
/// not carry the test's context into requests, so the lines cannot go to the test's own output.
/// </summary>
public sealed class AppErrorLog : ILoggerProvider
{
    public const string Variable = "YINCAI_TEST_APP_ERRORS";

    private static readonly Lock Writing = new();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName);

    public void Dispose() { }

    private sealed class Logger(string category) : ILogger
    {
        private static readonly string? File = Environment.GetEnvironmentVariable(Variable);

        // The database's own errors are left out: tests provoke unique-index violations on purpose and the app handles them.
        private readonly bool _wanted = File is not null && (category.StartsWith("Yincai.", StringComparison.Ordinal)
            || category.StartsWith("Microsoft.AspNetCore.Diagnostics", StringComparison.Ordinal));

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => _wanted && logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            var line = $"{DateTime.UtcNow:HH:mm:ss.fff} [{logLevel}] {category}: {formatter(state, exception)}{Environment.NewLine}"
                + (exception is null ? "" : exception + Environment.NewLine);
            lock (Writing) System.IO.File.AppendAllText(File!, line);
        }
    }
}
