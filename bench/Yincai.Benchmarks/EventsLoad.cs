using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Yincai.Modules.Accounts;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Events;
using Yincai.Modules.Events.Contracts;
using Yincai.Platform;

namespace Yincai.Benchmarks;

/// <summary>
/// events-load: the app on Kestrel at 127.0.0.1 (in this process, SQLite file or --pg PostgreSQL), one published event of
/// --seats seats, --talents distinct talent accounts signed in (cookies minted by the app's own ticket format, so that
/// sign-in's deliberate PBKDF2 cost is not what is measured), then every talent POSTs /api/v1/events/{id}/registrations
/// at once with --concurrency requests in flight. Prints throughput, latency percentiles and the seats given.
/// </summary>
public static class EventsLoad
{
    public static async Task<int> RunAsync(string? postgresServer, int talents, int seats, int concurrency)
    {
        var (provider, connectionString, cleanup) = await DatabaseAsync(postgresServer);
        try
        {
            // WebApplicationFactory looks for the web project beside a .sln; this repository has a .slnx.
            Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_YINCAI_WEB", WebProjectFolder());
            await using var factory = new LoadFactory(provider, connectionString);
            factory.UseKestrel(0);
            await Task.Run(factory.StartServer);
            var baseUrl = Address(factory);
            Console.WriteLine($"app on {baseUrl} ({provider}); preparing {talents:N0} talents and an event of {seats} seats");

            var prepare = Stopwatch.StartNew();
            var eventId = await CreateEventAsync(factory.Services, seats);
            var cookies = await CreateTalentsAsync(factory.Services, talents);
            Console.WriteLine($"prepared in {prepare.Elapsed.TotalSeconds:F1} s");

            using var handler = new SocketsHttpHandler { UseCookies = false, MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
            using var client = new HttpClient(handler) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60) };
            // Warm-up outside the measurement: JIT and connection set-up (a GET, so it takes no seat).
            for (var i = 0; i < 20; i++) (await client.GetAsync($"/api/v1/events/{eventId}")).Dispose();

            var latencies = new double[talents];
            var statuses = new HttpStatusCode[talents];
            var seated = 0;
            var waitlisted = 0;
            var next = -1;
            var total = Stopwatch.StartNew();
            var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < talents)
                {
                    using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/events/{eventId}/registrations");
                    request.Headers.Add("Cookie", cookies[i]);
                    var watch = Stopwatch.StartNew();
                    using var response = await client.SendAsync(request);
                    var body = await response.Content.ReadAsStringAsync();
                    latencies[i] = watch.Elapsed.TotalMilliseconds;
                    statuses[i] = response.StatusCode;
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        if (body.Contains("\"status\":\"Registered\"", StringComparison.Ordinal) || body.Contains("\"status\":1", StringComparison.Ordinal))
                            Interlocked.Increment(ref seated);
                        else Interlocked.Increment(ref waitlisted);
                    }
                }
            })).ToList();
            await Task.WhenAll(workers);
            total.Stop();

            var (taken, registered, numbers) = await CountAsync(factory.Services, eventId);
            Array.Sort(latencies);
            double P(double q) => latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(q * latencies.Length) - 1)];
            var failures = statuses.Count(s => s != HttpStatusCode.Created);
            Console.WriteLine();
            Console.WriteLine($"events-load: {talents:N0} registrations (distinct talents) for {seats} seats, {concurrency} in flight, {provider}");
            Console.WriteLine($"  wall time     {total.Elapsed.TotalSeconds:F2} s   throughput {talents / total.Elapsed.TotalSeconds:F0} registrations/s");
            Console.WriteLine($"  latency ms    p50 {P(0.50):F0}   p90 {P(0.90):F0}   p99 {P(0.99):F0}   max {latencies[^1]:F0}");
            Console.WriteLine($"  answers       201 seat {seated}, 201 waiting list {waitlisted}, other {failures}");
            Console.WriteLine($"  database      seats taken {taken}, registrations holding a seat {registered}, numbers {numbers} distinct of {talents}");
            var ok = taken == seats && registered == seats && seated == seats && failures == 0 && numbers == talents;
            Console.WriteLine(ok ? $"  OK: exactly {seats} accepted, the rest on the waiting list" : "  FAILED: seats do not add up");
            return ok ? 0 : 1;
        }
        finally
        {
            await cleanup();
        }
    }

    private static async Task<Guid> CreateEventAsync(IServiceProvider services, int seats)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<YincaiDb>();
        var now = DateTime.UtcNow;
        var details = new EventDetails(EventKind.ComprehensiveJobFair, "压测综合招聘会", "events-load 压测用活动，面向高校毕业生。", "370200", false, "压测会场", null,
            now.AddDays(7), now.AddDays(7).AddHours(3), EventAudience.All, seats, 10, now.AddHours(-1), now.AddDays(7));
        var item = new Event(OrganiserKind.Office, Guid.CreateVersion7(), "压测服务中心", details, Guid.CreateVersion7(), now);
        item.Publish(Guid.CreateVersion7(), now);
        db.Events.Add(item);
        db.EventSeats.Add(new EventSeats(item.Id, seats, 10));
        await db.SaveChangesAsync();
        return item.Id;
    }

    /// <summary>Talent accounts written in one save (no password: nobody signs in with them), and for each a sign-in cookie
    /// made the way the cookie handler makes one.</summary>
    private static async Task<string[]> CreateTalentsAsync(IServiceProvider services, int count)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<YincaiDb>();
        var roleId = await db.Roles.Where(r => r.Name == Roles.Talent).Select(r => r.Id).SingleAsync();
        var now = DateTime.UtcNow;
        var users = Enumerable.Range(0, count).Select(i =>
        {
            var name = "1370" + i.ToString("D7", CultureInfo.InvariantCulture);
            return new AppUser
            {
                Id = Guid.CreateVersion7(), UserName = name, NormalizedUserName = name, PhoneNumber = name, DisplayName = "压测人才" + i,
                Kind = AccountKind.Talent, CreatedAtUtc = now, PasswordChangedAtUtc = now, SecurityStamp = Guid.NewGuid().ToString("N"),
                ConcurrencyStamp = Guid.NewGuid().ToString(), LockoutEnabled = true,
            };
        }).ToList();
        db.Users.AddRange(users);
        db.UserRoles.AddRange(users.Select(u => new IdentityUserRole<Guid> { UserId = u.Id, RoleId = roleId }));
        await db.SaveChangesAsync();

        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<AppUser>>();
        var format = scope.ServiceProvider.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        var cookies = new string[count];
        for (var i = 0; i < count; i++)
        {
            var principal = await signIn.CreateUserPrincipalAsync(users[i]);
            ((System.Security.Claims.ClaimsIdentity)principal.Identity!).AddClaim(new System.Security.Claims.Claim(AccountsModule.SignedInClaim,
                DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
            var ticket = new AuthenticationTicket(principal, new AuthenticationProperties { IssuedUtc = DateTimeOffset.UtcNow }, IdentityConstants.ApplicationScheme);
            cookies[i] = format.Cookie.Name + "=" + format.TicketDataFormat.Protect(ticket);
        }
        return cookies;
    }

    private static async Task<(int Taken, int Registered, int Numbers)> CountAsync(IServiceProvider services, Guid eventId)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<YincaiDb>();
        var taken = await db.EventSeats.Where(s => s.EventId == eventId).Select(s => s.Taken).SingleAsync();
        var registered = await db.EventRegistrations.CountAsync(r => r.EventId == eventId && r.Status == RegistrationStatus.Registered);
        var numbers = await db.EventRegistrations.Where(r => r.EventId == eventId).Select(r => r.Number).Distinct().CountAsync();
        return (taken, registered, numbers);
    }

    private static async Task<(DatabaseProvider, string, Func<Task>)> DatabaseAsync(string? postgresServer)
    {
        if (postgresServer is not null)
        {
            var name = "yincai_bench_events";
            var connection = await BenchDatabase.CreateAsync(postgresServer, name);
            return (DatabaseProvider.Postgres, connection, () => Task.CompletedTask);
        }
        var folder = Path.Combine(Path.GetTempPath(), "yincai-events-load-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        return (DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "yincai.db")}", () =>
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
            return Task.CompletedTask;
        });
    }

    private static string WebProjectFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "src", "Yincai.Web"))) return Path.Combine(dir.FullName, "src", "Yincai.Web");
        return AppContext.BaseDirectory;
    }

    private static string Address(WebApplicationFactory<Program> factory)
    {
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://127.0.0.1:5000";
        var uri = new UriBuilder(address);
        if (uri.Host is "0.0.0.0" or "[::]" or "+" or "*" or "localhost") uri.Host = "127.0.0.1";
        return uri.Uri.GetLeftPart(UriPartial.Authority);
    }

    private sealed class LoadFactory(DatabaseProvider provider, string connectionString) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Database:Provider", provider.ToString());
            builder.UseSetting("ConnectionStrings:Yincai", connectionString);
            builder.UseSetting("Demo:SeedOnFirstStart", "false");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            builder.UseSetting("Protection:FieldKey", "YmVuY2gtZmllbGQta2V5LTAxMjM0NTY3ODlhYmNkZWY=");
            builder.UseSetting("Protection:IndexKey", "YmVuY2gtaW5kZXgta2V5LTAxMjM0NTY3ODlhYmNkZWY=");
            builder.UseSetting("Protection:KeyRingKey", "YmVuY2gta2V5cmluZy1rZXktMDEyMzQ1Njc4OWFiY2Q=");
            builder.UseSetting("Audit:ChainKey", Convert.ToBase64String(Enumerable.Range(51, 32).Select(i => (byte)i).ToArray()));
            builder.UseSetting("Audit:AnchorFile", Path.Combine(Path.GetTempPath(), "yincai-bench-anchors-" + Guid.NewGuid().ToString("N") + ".log"));
        }
    }
}
