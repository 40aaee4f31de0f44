using Microsoft.Extensions.Localization;
using Yincai.Platform;

namespace Yincai.Modules.Regions;

/// <summary>The command <c>calendar load PATH</c>: loads a year of the holiday calendar from a holiday-cn file, as the
/// administrator's page does (audited, all or nothing), for an operator at the server.</summary>
public static class RegionsCommands
{
    public static async Task<int?> TryRunAsync(WebApplication app, string[] args)
    {
        var words = args.Where(a => !a.StartsWith('-') && !a.Contains('=')).ToList();
        if (words is not ["calendar", "load", ..]) return null;
        if (words.Count != 3)
        {
            Console.WriteLine("Usage: calendar load PATH (a holiday-cn year file, e.g. 2027.json)");
            return 1;
        }

        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        var text = scope.ServiceProvider.GetRequiredService<IStringLocalizer<RegionsResource>>();
        var path = words[2];
        if (!File.Exists(path))
        {
            Console.WriteLine($"No such file: {path}");
            return 1;
        }

        var (file, problems) = HolidayCnFile.Parse(await File.ReadAllBytesAsync(path));
        if (file is null)
        {
            foreach (var problem in problems) Console.WriteLine(problem.Describe(text));
            Console.WriteLine("Nothing was loaded.");
            return 2;
        }

        await scope.ServiceProvider.GetRequiredService<HolidayCalendar>().LoadAsync(file, Path.GetFileName(path), null, CancellationToken.None);
        Console.WriteLine(text["Calendar_Loaded", file.Year, file.Days.Count].Value);
        return 0;
    }
}
