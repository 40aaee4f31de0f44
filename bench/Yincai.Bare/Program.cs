// A bare ASP.NET Core endpoint: what this host serves with no page, database or middleware of the app.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
var app = builder.Build();
app.MapGet("/", () => "Hello, Yincai.");
app.Run();
