using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Yincai.Platform;

/// <summary>Tells the person who ran <c>dotnet run</c> where to open the platform and how to sign in.</summary>
public static class StartupBanner
{
    public static void Print(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        Console.WriteLine();
        Console.WriteLine("Yincai (引才) is running. Open: " + string.Join(", ", addresses));
        Console.WriteLine("Sign in at /Accounts/Login with a demo account printed above when the database was created,");
        Console.WriteLine("or run `dotnet run --project src/Yincai.Web -- seed-demo` on an empty database. Ctrl+C stops it.");
        Console.WriteLine();
    }
}
