using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Yincai.Modules.Accounts;
using Yincai.Modules.Accounts.Contracts;
using Yincai.Modules.Audit;
using Yincai.Modules.Events;
using Yincai.Modules.Events.Contracts;
using Yincai.Platform;

namespace Yincai.Benchmarks;

/// <summary>
/// events-load: the app on Kestrel at 127.0.0.1 (in this process, SQLite file or --pg PostgreSQL; --copies 2 starts a second
/// copy on the same database with its own port and splits the load between them), --events published events of --seats seats,
/// --talents distinct talent accounts signed in (cookies minted by the app's own ticket format, so that sign-in's deliberate
/// PBKDF2 cost is not what is measured), then every talent POSTs /api/v1/events/{id}/registrations for every event at once
/// with --concurrency requests in flight. Prints throughput, latency percentiles, the seats given and the audit chain's state.
/// --warmup S first registers the talents for another event for up to S seconds, not counted; --db-delay-ms D puts the
/// database D ms away each way (<see cref="LatencyProxy"/>) once the data are set up.
/// </summary>
public static class EventsLoad
{
    public static async Task<int> RunAsync(string? postgresServer, int talents, int seats, int concurrency, int events = 1, int copies = 1,
        double databaseDelayMs = 0, int warmupSeconds = 0)
    {
        var (provider, connectionString, cleanup) = await DatabaseAsync(postgresServer);
        var factories = new List<LoadFactory>();
        LatencyProxy? proxy = null;
        try
        {
            if (databaseDelayMs > 0)
            {
                if (provider != DatabaseProvider.Postgres) throw new InvalidOperationException("--db-delay-ms needs --pg.");
                (proxy, connectionString) = LatencyProxy.For(connectionString);
            }
            // WebApplicationFactory looks for the web project beside a .sln; this repository has a .slnx.
            Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_YINCAI_WEB", WebProjectFolder());
            // Copies of the app on one database, each on its own Kestrel port, as behind a load balancer (the first migrates).
            var anchors = Path.Combine(Path.GetTempPath(), "yincai-bench-anchors-" + Guid.NewGuid().ToString("N") + ".log");
            for (var c = 0; c < copies; c++)
            {
                var copy = new LoadFactory(provider, connectionString, anchors);
                factories.Add(copy);
                copy.UseKestrel(0);
                await Task.Run(copy.StartServer);
            }
            var factory = factories[0];
            var baseUrls = factories.Select(Address).ToList();
            Console.WriteLine($"app on {string.Join(", ", baseUrls)} ({provider}); preparing {talents:N0} talents and {events} event(s) of {seats} seats");

            var prepare = Stopwatch.StartNew();
            var eventIds = new List<Guid>();
            for (var e = 0; e < events; e++) eventIds.Add(await CreateEventAsync(factory.Services, seats));
            var cookies = await CreateTalentsAsync(factory.Services, talents);
            var warmupEvent = warmupSeconds > 0 ? await CreateEventAsync(factory.Services, seats) : Guid.Empty;
            Console.WriteLine($"prepared in {prepare.Elapsed.TotalSeconds:F1} s");
            if (proxy is not null)
            {
                proxy.Delay = TimeSpan.FromMilliseconds(databaseDelayMs);
                Console.WriteLine($"database behind a relay adding {databaseDelayMs} ms each way: SELECT 1 takes {await LatencyProxy.RoundTripAsync(connectionString):F2} ms (median of 50)");
            }

            // One client per copy; the requests in flight are split between them.
            var handlers = baseUrls.Select(_ => new SocketsHttpHandler { UseCookies = false, MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(5) }).ToList();
            var clients = baseUrls.Select((url, c) => new HttpClient(handlers[c]) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(120) }).ToList();
            // Warm-up outside the measurement: JIT and connection set-up (a GET, so it takes no seat).
            foreach (var client in clients)
                for (var i = 0; i < 20; i++) (await client.GetAsync($"/api/v1/events/{eventIds[0]}")).Dispose();

            // A talent's registration for an event, as the pages' script sends it.
            HttpRequestMessage Registration(Guid eventId, int talent)
            {
                var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/events/{eventId}/registrations");
                request.Headers.Add("Cookie", cookies[talent].Cookie);
                request.Headers.Add("RequestVerificationToken", cookies[talent].Token);
                return request;
            }

            // The runtime compiles its hot methods again, optimised, over the first seconds under load: not what is measured.
            if (warmupSeconds > 0)
            {
                var warm = 0;
                var until = Stopwatch.StartNew();
                await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
                {
                    int i;
                    while (until.Elapsed.TotalSeconds < warmupSeconds && (i = Interlocked.Increment(ref warm)) <= talents)
                    {
                        using var request = Registration(warmupEvent, i - 1);
                        using var response = await clients[(i - 1) % clients.Count].SendAsync(request);
                    }
                })));
                Console.WriteLine($"warm-up: {Math.Min(warm, talents):N0} registrations for another event in {until.Elapsed.TotalSeconds:F1} s, not counted");
            }

            // Every talent registers for every event: request i is talent i / events for event i % events, on copy (i / events) % copies.
            var total = talents * events;
            var latencies = new double[total];
            var statuses = new HttpStatusCode[total];
            var seated = 0;
            var waitlisted = 0;
            var next = -1;
            var shown = 0;
            var watch = Stopwatch.StartNew();
            var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < total)
                {
                    var (talent, eventId) = (i / events, eventIds[i % events]);
                    using var request = Registration(eventId, talent);
                    var started = Stopwatch.StartNew();
                    using var response = await clients[talent % clients.Count].SendAsync(request);
                    var body = await response.Content.ReadAsStringAsync();
                    latencies[i] = started.Elapsed.TotalMilliseconds;
                    statuses[i] = response.StatusCode;
                    if (response.StatusCode != HttpStatusCode.Created && Interlocked.Increment(ref shown) <= 3)
                        Console.WriteLine($"  answer {(int)response.StatusCode}: {body[..Math.Min(body.Length, 300)]}");
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        if (body.Contains("\"status\":\"Registered\"", StringComparison.Ordinal) || body.Contains("\"status\":1", StringComparison.Ordinal))
                            Interlocked.Increment(ref seated);
                        else Interlocked.Increment(ref waitlisted);
                    }
                }
            })).ToList();
            await Task.WhenAll(workers);
            watch.Stop();
            clients.ForEach(c => c.Dispose());
            handlers.ForEach(h => h.Dispose());

            var counts = new List<(int Taken, int Registered, int Numbers)>();
            foreach (var eventId in eventIds) counts.Add(await CountAsync(factory.Services, eventId));
            Array.Sort(latencies);
            var failures = statuses.Count(s => s != HttpStatusCode.Created);
            Console.WriteLine();
            Console.WriteLine($"events-load: {total:N0} registrations ({talents:N0} distinct talents x {events} event(s) of {seats} seats), {concurrency} in flight, "
                + $"{copies} app cop{(copies == 1 ? "y" : "ies")}, {provider}"
                + (proxy is null ? "" : $", {databaseDelayMs} ms added each way to the database"));
            Console.WriteLine($"  wall time     {watch.Elapsed.TotalSeconds:F2} s   throughput {total / watch.Elapsed.TotalSeconds:F0} registrations/s");
            Console.WriteLine($"  latency ms    p50 {Percentiles.Of(latencies, 0.50):F0}   p90 {Percentiles.Of(latencies, 0.90):F0}   p99 {Percentiles.Of(latencies, 0.99):F0}   max {latencies[^1]:F0}");
            Console.WriteLine($"  answers       201 seat {seated}, 201 waiting list {waitlisted}, other {failures}");
            Console.WriteLine($"  database      seats taken {string.Join("/", counts.Select(c => c.Taken))}, registrations holding a seat "
                + $"{string.Join("/", counts.Select(c => c.Registered))}, numbers {string.Join("/", counts.Select(c => c.Numbers))} distinct of {talents} per event");
            var ok = counts.All(c => c.Taken == seats && c.Registered == seats && c.Numbers == talents) && seated == seats * events && failures == 0;
            Console.WriteLine(ok ? $"  OK: exactly {seats} accepted per event, the rest on the waiting list" : "  FAILED: seats do not add up");
            var audit = await AuditAsync(factory.Services);
            Console.WriteLine($"  audit         {audit}");
            return ok ? 0 : 1;
        }
        finally
        {
            for (var c = factories.Count - 1; c >= 0; c--) await factories[c].DisposeAsync();
            if (proxy is not null) await proxy.DisposeAsync();
            await cleanup();
        }
    }

    /// <summary>The audit chain after the run, as <c>audit verify</c> reports it once what is left unsealed is sealed.</summary>
    private static async Task<string> AuditAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await services.GetRequiredService<AuditSealer>().SealAsync(CancellationToken.None);
        var output = new StringWriter();
        await AuditVerifyCommand.RunAsync(scope.ServiceProvider, ["audit", "verify"], output);
        return output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Skip(1).FirstOrDefault() ?? "";
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
    private static async Task<(string Cookie, string Token)[]> CreateTalentsAsync(IServiceProvider services, int count)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<YincaiDb>();
        var roleId = await db.Roles.Where(r => r.Name == Roles.Talent).Select(r => r.Id).SingleAsync();
        var now = DateTime.UtcNow;
        // The terms in force accepted, as registration records them: otherwise every API call answers 403 (consent owed).
        var terms = scope.ServiceProvider.GetRequiredService<IOptions<AccountsOptions>>().Value.TermsVersion;
        var users = Enumerable.Range(0, count).Select(i =>
        {
            var name = "1370" + i.ToString("D7", CultureInfo.InvariantCulture);
            return new AppUser
            {
                Id = Guid.CreateVersion7(), UserName = name, NormalizedUserName = name, PhoneNumber = name, DisplayName = "压测人才" + i,
                Kind = AccountKind.Talent, CreatedAtUtc = now, PasswordChangedAtUtc = now, SecurityStamp = Guid.NewGuid().ToString("N"),
                ConcurrencyStamp = Guid.NewGuid().ToString(), LockoutEnabled = true, TermsVersion = terms, TermsAcceptedAtUtc = now,
            };
        }).ToList();
        db.Users.AddRange(users);
        db.UserRoles.AddRange(users.Select(u => new IdentityUserRole<Guid> { UserId = u.Id, RoleId = roleId }));
        await db.SaveChangesAsync();

        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<AppUser>>();
        var sessions = scope.ServiceProvider.GetRequiredService<AccountSessions>();
        var format = scope.ServiceProvider.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        var cookies = new (string Cookie, string Token)[count];
        var antiforgery = scope.ServiceProvider.GetRequiredService<IAntiforgery>();
        var antiforgeryCookie = scope.ServiceProvider.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.Cookie.Name;
        for (var i = 0; i < count; i++)
        {
            var principal = await signIn.CreateUserPrincipalAsync(users[i]);
            // A session of its own, as sign-in starts one: the cookie check refuses a cookie that names none.
            await sessions.StartAsync((System.Security.Claims.ClaimsIdentity)principal.Identity!, users[i].Id, TimeSpan.FromHours(2), CancellationToken.None);
            var ticket = new AuthenticationTicket(principal, new AuthenticationProperties { IssuedUtc = DateTimeOffset.UtcNow }, IdentityConstants.ApplicationScheme);
            // Cookie-authenticated API writes carry the antiforgery token as the pages' script sends it: minted for this user.
            var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider, User = principal };
            var tokens = antiforgery.GetAndStoreTokens(http);
            cookies[i] = (format.Cookie.Name + "=" + format.TicketDataFormat.Protect(ticket) + "; " + antiforgeryCookie + "=" + tokens.CookieToken,
                tokens.RequestToken!);
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

    private sealed class LoadFactory(DatabaseProvider provider, string connectionString, string anchorFile) : WebApplicationFactory<Program>
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
            builder.UseSetting("Audit:AnchorFile", anchorFile);
        }
    }
}
