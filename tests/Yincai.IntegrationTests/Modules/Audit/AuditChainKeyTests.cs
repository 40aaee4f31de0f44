using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Yincai.Platform.Protection;

namespace Yincai.IntegrationTests.Modules.Audit;

/// <summary>The chain key comes from configuration, never from the database: Development makes one once in its data folder,
/// every other environment refuses to start without one, and a key equal to a field key is refused. The same holds for
/// the anchor file, which Development keeps beside the SQLite file.</summary>
public sealed class AuditChainKeyTests : IDisposable
{
    private static readonly ProtectionKeys FieldKeys = new(Convert.FromBase64String("dGVzdC1maWVsZC1rZXktMDEyMzQ1Njc4OWFiY2RlZjA="),
        Convert.FromBase64String("dGVzdC1pbmRleC1rZXktMDEyMzQ1Njc4OWFiY2RlZjA="),
        Convert.FromBase64String(YincaiAppFactory.KeyRingKey));

    private readonly string _root = Path.Combine(Path.GetTempPath(), "yincai-tests", "chainkey-" + Guid.NewGuid().ToString("N"));

    private sealed class Environment(string name, string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "Yincai.Web";
        public string ContentRootPath { get; set; } = root;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }

    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public void From_ProductionWithoutKey_RefusesToStart()
    {
        var error = Assert.Throws<InvalidOperationException>(() => AuditChainKey.From(Settings(), new Environment("Production", _root), FieldKeys));

        Assert.Contains(AuditChainKey.Setting, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dGVzdC1maWVsZC1rZXktMDEyMzQ1Njc4OWFiY2RlZjA=")]
    [InlineData("dGVzdC1pbmRleC1rZXktMDEyMzQ1Njc4OWFiY2RlZjA=")]
    public void From_KeyEqualToAFieldKey_IsRefused(string fieldKey)
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            AuditChainKey.From(Settings((AuditChainKey.Setting, fieldKey)), new Environment("Production", _root), FieldKeys));

        Assert.Contains("must differ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void From_KeyOfWrongLength_IsRefused()
    {
        Assert.Throws<InvalidOperationException>(() =>
            AuditChainKey.From(Settings((AuditChainKey.Setting, Convert.ToBase64String(new byte[16]))), new Environment("Production", _root), FieldKeys));
    }

    [Fact]
    public void From_DevelopmentWithoutKey_CreatesOneOnceAndKeepsIt()
    {
        var environment = new Environment("Development", _root);

        var first = AuditChainKey.From(Settings(), environment, FieldKeys);
        var second = AuditChainKey.From(Settings(), environment, FieldKeys);

        Assert.True(File.Exists(Path.Combine(_root, "data", "audit-keys.json")));
        Assert.Equal(first.Sign("row"), second.Sign("row"));
        Assert.NotEqual(first.Sign("row"), new AuditChainKey(new byte[32], FieldKeys).Sign("row"));
    }

    private static AuditAnchorLog AnchorLog(string environment, string root, params (string Key, string Value)[] settings)
    {
        var configuration = Settings(settings);
        var services = new ServiceCollection()
            .AddSingleton(configuration)
            .AddSingleton<IHostEnvironment>(new Environment(environment, root))
            .AddSingleton(TimeProvider.System)
            .AddSingleton(new AuditChainKey(new byte[32], FieldKeys));
        services.AddOptions<AuditOptions>().BindConfiguration("Audit");
        using var provider = services.BuildServiceProvider();
        return AuditAnchorLog.Create(provider);
    }

    [Fact]
    public void AnchorFile_ProductionWithoutSetting_RefusesToStart()
    {
        var error = Assert.Throws<InvalidOperationException>(() => AnchorLog("Production", _root));

        Assert.Contains("Audit:AnchorFile", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnchorFile_DevelopmentOnSqlite_LiesBesideTheDatabaseFile()
    {
        var database = Path.Combine(_root, "db", "yincai.db");

        var log = AnchorLog("Development", _root, ("ConnectionStrings:Yincai", $"Data Source={database}"));

        Assert.Equal(Path.Combine(_root, "db", "audit-anchors.log"), log.Path);
    }
}
