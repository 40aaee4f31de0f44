namespace Yincai.Platform;

/// <summary>Commands run instead of the web server: <c>seed-demo</c>, and those the modules register as
/// <see cref="ConsoleCommand"/> (<c>audit verify [--anchor=SEQUENCE:HASH]</c>).</summary>
public static class PlatformCommands
{
    public static async Task<int?> TryRunAsync(WebApplication app, string[] args)
    {
        var command = string.Join(' ', args.Where(a => !a.StartsWith('-') && !a.Contains('=')));
        var moduleCommand = app.Services.GetServices<ConsoleCommand>().FirstOrDefault(c => c.Name == command);
        if (command != "seed-demo" && moduleCommand is null) return null;

        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        if (moduleCommand is not null) return await moduleCommand.RunAsync(scope.ServiceProvider, args);

        await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync(CancellationToken.None);
        Console.WriteLine("Demo data is in place.");
        return 0;
    }
}
