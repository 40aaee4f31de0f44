using NetArchTest.Rules;
using Yincai.Platform;

namespace Yincai.UnitTests.Architecture;

/// <summary>
/// A module may use another module only through that module's Contracts namespace (STYLE.md §3.6); so may its views,
/// and Platform, which every module stands on, may use modules only through their Contracts.
/// </summary>
public sealed class ModuleBoundaryTests
{
    private static readonly System.Reflection.Assembly Web = typeof(YincaiDb).Assembly;

    /// <summary>The Razor compiler puts every view and page into this namespace, named after its file
    /// (Modules/Jobs/Index.cshtml is Modules_Jobs_Index).</summary>
    private const string ViewsNamespace = "AspNetCoreGeneratedDocument";

    /// <summary>
    /// Platform types that may name modules' own types. YincaiDb is the one DbContext (STYLE.md §3.1): its sets
    /// and OnModelCreating name every module's entities and configurations by design.
    /// </summary>
    private static readonly string[] PlatformExceptions = [nameof(YincaiDb)];

    private static IReadOnlyList<string> Modules() =>
        Web.GetTypes().Select(t => t.Namespace).OfType<string>()
            .Where(n => n.StartsWith("Yincai.Modules.", StringComparison.Ordinal))
            .Select(n => n.Split('.')[2]).Where(m => m != "Shared").Distinct().Order().ToList();

    public static TheoryData<string> ModuleNames() => new(Modules());

    /// <summary>Every module's own types (not its Contracts) except <paramref name="module"/>'s.</summary>
    private static string[] InternalsOfModulesOtherThan(string? module) =>
        Web.GetTypes()
            .Where(t => t.Namespace is { } ns && ns.StartsWith("Yincai.Modules.", StringComparison.Ordinal)
                && ns.Split('.')[2] is var owner && owner != module && owner != "Shared"
                && !ns.StartsWith($"Yincai.Modules.{owner}.Contracts", StringComparison.Ordinal)
                && !t.IsNested)
            .Select(t => t.FullName!)
            .ToArray();

    [Fact]
    public void Modules_AreDiscovered_AtLeastTheFoundationOnes()
    {
        var modules = Modules();

        Assert.Superset(new HashSet<string> { "Accounts", "Audit", "Notifications", "Regions" }, modules.ToHashSet());
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Module_UsesOtherModules_OnlyThroughTheirContracts(string module)
    {
        var result = Types.InAssembly(Web).That().ResideInNamespace($"Yincai.Modules.{module}")
            .ShouldNot().HaveDependencyOnAny(InternalsOfModulesOtherThan(module)).GetResult();

        Assert.True(result.IsSuccessful,
            $"{module} reaches into other modules: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Views_AreFound_ByTheirGeneratedNames()
    {
        var views = Web.GetTypes().Where(t => t.Namespace == ViewsNamespace).Select(t => t.Name).ToList();

        Assert.Contains("Modules_Jobs_Index", views);
        Assert.Contains("Modules_Shared__Layout", views);
        Assert.Contains("Modules_Index", views);
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void ModuleViews_UseOtherModules_OnlyThroughTheirContracts(string module)
    {
        var result = Types.InAssembly(Web).That().ResideInNamespace(ViewsNamespace).And().HaveNameStartingWith($"Modules_{module}_")
            .ShouldNot().HaveDependencyOnAny(InternalsOfModulesOtherThan(module)).GetResult();

        Assert.True(result.IsSuccessful,
            $"Views of {module} reach into other modules: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void SharedAndRootViews_UseModules_OnlyThroughTheirContracts()
    {
        // The layout, its partials and the pages at the root (home, error, _ViewImports): they belong to no module.
        var result = Types.InAssembly(Web).That().ResideInNamespace(ViewsNamespace).And().HaveNameMatching("^Modules_(Shared_.*|_.*|[^_]+)$")
            .ShouldNot().HaveDependencyOnAny(InternalsOfModulesOtherThan(null)).GetResult();

        Assert.True(result.IsSuccessful,
            "Shared or root views reach into modules: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Platform_UsesModules_OnlyThroughTheirContracts()
    {
        var rule = Types.InAssembly(Web).That().ResideInNamespace("Yincai.Platform");
        foreach (var exception in PlatformExceptions)
            rule = rule.And().DoNotHaveName(exception);

        var result = rule.ShouldNot().HaveDependencyOnAny(InternalsOfModulesOtherThan(null)).GetResult();

        Assert.True(result.IsSuccessful,
            "Platform reaches into modules (move the code into the module, or what it needs into the module's Contracts): "
            + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Module_ReachingIntoAnotherModule_IsDetected()
    {
        // Guards the rule itself: the Shared layout uses Notifications' Contracts, while this deliberately
        // names an internal type, so the check must fail for it.
        var result = Types.InAssembly(Web).That().ResideInNamespace("Yincai.Modules.Accounts")
            .ShouldNot().HaveDependencyOnAny("Yincai.Modules.Audit.Contracts.AuditRecord").GetResult();

        Assert.False(result.IsSuccessful);
    }

    [Fact]
    public void View_ReachingIntoAnotherModule_IsDetected()
    {
        // The job search page's view renders its own page model: seen as a dependency, so a view naming another
        // module's type would be seen too.
        var result = Types.InAssembly(Web).That().ResideInNamespace(ViewsNamespace).And().HaveName("Modules_Jobs_Index")
            .ShouldNot().HaveDependencyOnAny("Yincai.Modules.Jobs.IndexModel").GetResult();

        Assert.False(result.IsSuccessful);
    }
}
