using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace Yincai.IntegrationTests.Platform;

/// <summary>
/// The app with a fault on demand, from the test only: <c>/test-fault/{kind}</c> (a page address) and
/// <c>/api/test-fault/{kind}</c> throw an unexpected exception (<c>bug</c>), a scope violation (<c>scope</c>) or a lost
/// concurrent update (<c>concurrency</c>), behind the app's whole pipeline; and a log that the test can read.
/// </summary>
public sealed class FaultyAppFactory : YincaiAppFactory
{
    public ConcurrentQueue<(LogLevel Level, string Message, Exception? Exception)> Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IStartupFilter>(new Faults());
            services.AddSingleton<ILoggerProvider>(new CollectingLoggerProvider(Logs));
        });
    }

    private sealed class Faults : IStartupFilter
    {
        // After the app's pipeline: reached when no endpoint answered, inside the exception handler and the sign-in.
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Run(context =>
            {
                var path = context.Request.Path.Value ?? "";
                if (!path.StartsWith("/test-fault/", StringComparison.Ordinal) && !path.StartsWith("/api/test-fault/", StringComparison.Ordinal))
                {
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return Task.CompletedTask;
                }
                throw path.Split('/')[^1] switch
                {
                    "scope" => new ScopeViolationException("Talent", Guid.Empty.ToString()),
                    "concurrency" => new DbUpdateConcurrencyException("The row changed meanwhile."),
                    _ => new InvalidOperationException("A fault made by the test."),
                };
            });
        };
    }

    private sealed class CollectingLoggerProvider(ConcurrentQueue<(LogLevel, string, Exception?)> logs) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(logs);

        public void Dispose() { }

        private sealed class Logger(ConcurrentQueue<(LogLevel, string, Exception?)> logs) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel)) logs.Enqueue((logLevel, formatter(state, exception), exception));
            }
        }
    }
}
