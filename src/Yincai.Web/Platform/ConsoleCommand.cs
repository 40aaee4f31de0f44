namespace Yincai.Platform;

/// <summary>
/// A command a module offers to run instead of the web server (<c>dotnet run --project src/Yincai.Web -- audit verify</c>),
/// after the migrations and reference data. Registered as a singleton; <see cref="PlatformCommands"/> finds it by
/// <see cref="Name"/> (the words of the command line that are not options). Returns the process's exit code.
/// </summary>
public sealed record ConsoleCommand(string Name, Func<IServiceProvider, string[], Task<int>> RunAsync);
