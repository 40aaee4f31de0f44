using Yincai.Modules.Accounts;
using Yincai.Modules.Ambassadors;
using Yincai.Modules.Audit;
using Yincai.Modules.Benefits;
using Yincai.Modules.Employers;
using Yincai.Modules.Events;
using Yincai.Modules.Graduates;
using Yincai.Modules.Imports;
using Yincai.Modules.Jobs;
using Yincai.Modules.Matching;
using Yincai.Modules.Matching.Finds;
using Yincai.Modules.Talents;
using Yincai.Modules.Notifications;
using Yincai.Modules.Policies;
using Yincai.Modules.Regions;
using Yincai.Modules.Reporting;
using Yincai.Modules.Stations;
using Yincai.Modules.Complaints;
using Yincai.Platform;
using Yincai.Platform.Api;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatform();
builder.Services
    .AddRegions()
    .AddAccounts(builder.Configuration)
    .AddAudit()
    .AddNotifications(builder.Configuration)
    .AddEmployers()
    .AddTalents()
    .AddJobs()
    .AddMatching()
    .AddPolicies()
    .AddFinds()
    .AddEvents()
    .AddAmbassadors()
    .AddGraduates()
    .AddBenefits()
    .AddStations()
    .AddComplaints(builder.Configuration)
    .AddImports()
    .AddReporting()
    .AddApiDocumentation();

var app = builder.Build();
if ((await PlatformCommands.TryRunAsync(app, args) ?? await RegionsCommands.TryRunAsync(app, args)) is { } exitCode) return exitCode;

await app.InitializeDatabaseAsync();
app.UsePlatform();
app.UseAmbassadors();
app.MapRegions();
app.MapAccounts();
app.MapEmployers();
app.MapMatching();
app.MapFinds();
app.MapEvents();
app.MapJobs();
app.MapTalents();
app.MapReporting();
app.MapStations();
app.MapPolicies();
app.MapNotifications();
app.MapBenefits();
app.MapAmbassadors();
app.MapImports();
app.MapGraduates();
app.MapComplaints();
app.MapApiDocumentation();
app.MapRazorPages();
app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app));
await app.RunAsync();
return 0;
