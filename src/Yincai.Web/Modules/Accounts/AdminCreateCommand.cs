using Microsoft.AspNetCore.Identity;
using Yincai.Modules.Accounts.Activation;
using Yincai.Modules.Accounts.Contracts;

namespace Yincai.Modules.Accounts;

/// <summary>
/// <c>admin create --user NAME --name DISPLAYNAME --role system_admin|security_admin|auditor --region CODE</c>: production's
/// first administrators. Creates the account pending activation and prints its one-time activation link (absolute with
/// <c>App:PublicBaseUrl</c>); the operator hands it to the person, who sets their own password and enrols an
/// authenticator. Exit code 0 when created, 1 for wrong usage, 2 when refused (the user name exists, an unknown region).
/// </summary>
public static class AdminCreateCommand
{
    public const string Name = "admin create";

    public static Task<int> RunAsync(IServiceProvider services, string[] args) => RunAsync(services, args, Console.Out);

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        var user = Option(args, "--user");
        var displayName = Option(args, "--name");
        var role = Option(args, "--role");
        var region = Option(args, "--region");
        if (string.IsNullOrWhiteSpace(user) || string.IsNullOrWhiteSpace(displayName) || string.IsNullOrWhiteSpace(region)
            || role is null || !Roles.IsAdmin(role))
        {
            await output.WriteLineAsync("Usage: admin create --user NAME --name DISPLAYNAME --role system_admin|security_admin|auditor --region CODE");
            return 1;
        }
        if (await services.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(user.Trim()) is not null)
        {
            await output.WriteLineAsync($"Refused: the user name {user.Trim()} exists already. Nothing was changed.");
            return 2;
        }

        var created = await services.GetRequiredService<StaffAccounts>().CreateAsync(
            new NewStaffAccount(user, displayName, null, region.Trim(), [role]), CancellationToken.None);
        if (created.IsError)
        {
            await output.WriteLineAsync($"Refused ({created.Error!.Code}): {created.Error.Message} Nothing was changed.");
            return 2;
        }
        var account = created.Value!.Account!;
        var issued = await services.GetRequiredService<StaffActivations>().IssueAsync(account, CancellationToken.None);
        if (issued.IsError)
        {
            await output.WriteLineAsync($"The account {account.UserName} was created, but no activation link ({issued.Error!.Code}): {issued.Error.Message}");
            return 2;
        }
        // Console, not the log: the link is a secret until it is used.
        await output.WriteLineAsync($"Created {account.UserName} ({role}, region {account.ScopeRegionCode}), pending activation.");
        await output.WriteLineAsync($"One-time activation link (valid until {issued.Value!.ExpiresAtUtc:yyyy-MM-dd HH:mm} UTC), hand it to the person only:");
        await output.WriteLineAsync(issued.Value.Link);
        return 0;
    }

    /// <summary>The value after <paramref name="name"/> (<c>--user NAME</c>) or after its <c>=</c> (<c>--user=NAME</c>).</summary>
    private static string? Option(string[] args, string name)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == name && i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal)) return args[i + 1];
            if (args[i].StartsWith(name + "=", StringComparison.Ordinal)) return args[i][(name.Length + 1)..];
        }
        return null;
    }
}
