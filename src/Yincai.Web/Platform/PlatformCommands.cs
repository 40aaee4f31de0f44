namespace Yincai.Platform;

/// <summary>Commands run instead of the web server: <c>seed-demo</c>, and those the modules register as
/// <see cref="ConsoleCommand"/> (<c>audit verify [--anchor=SEQUENCE:HASH]</c>, <c>admin create --user NAME ...</c>).</summary>
public static class PlatformCommands
{
    public static async Task<int?> TryRunAsync(WebApplication app, string[] args)
    {
        var command = string.Join(' ', args.Where(a => !a.StartsWith('-') && !a.Contains('=')));
        var moduleCommand = Find(app.Services.GetServices<ConsoleCommand>(), args);
        if (command != "seed-demo" && moduleCommand is null) return null;

        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        if (moduleCommand is not null) return await moduleCommand.RunAsync(scope.ServiceProvider, args);

        await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync(CancellationToken.None);
        Console.WriteLine("Demo data is in place.");
        return 0;
    }

    /// <summary>The module command that <paramref name="args"/> name: by all their words that are not options
    /// (<c>audit verify --anchor=...</c>), or by the words before the first option, whose values follow
    /// (<c>admin create --user NAME ...</c>).</summary>
    public static ConsoleCommand? Find(IEnumerable<ConsoleCommand> commands, string[] args)
    {
        var all = commands.ToList();
        var words = string.Join(' ', args.Where(a => !a.StartsWith('-') && !a.Contains('=')));
        var leading = string.Join(' ', args.TakeWhile(a => !a.StartsWith('-')));
        return all.FirstOrDefault(c => c.Name == words) ?? all.FirstOrDefault(c => leading.Length > 0 && c.Name == leading);
    }
}
