using NetArchTest.Rules;
using Yincai.Platform;

namespace Yincai.UnitTests.Architecture;

/// <summary>A module may use another module only through that module's Contracts namespace (STYLE.md §3.6).</summary>
public sealed class ModuleBoundaryTests
{
    private static readonly System.Reflection.Assembly Web = typeof(YincaiDb).Assembly;

    private static IReadOnlyList<string> Modules() =>
        Web.GetTypes().Select(t => t.Namespace).OfType<string>()
            .Where(n => n.StartsWith("Yincai.Modules.", StringComparison.Ordinal))
            .Select(n => n.Split('.')[2]).Where(m => m != "Shared").Distinct().Order().ToList();

    public static TheoryData<string> ModuleNames() => new(Modules());

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
        var internalsOfOthers = Web.GetTypes()
            .Where(t => t.Namespace is { } ns && ns.StartsWith("Yincai.Modules.", StringComparison.Ordinal)
                && ns.Split('.')[2] is var owner && owner != module && owner != "Shared"
                && !ns.StartsWith($"Yincai.Modules.{owner}.Contracts", StringComparison.Ordinal)
                && !t.IsNested)
            .Select(t => t.FullName!)
            .ToArray();

        var result = Types.InAssembly(Web).That().ResideInNamespace($"Yincai.Modules.{module}")
            .ShouldNot().HaveDependencyOnAny(internalsOfOthers).GetResult();

        Assert.True(result.IsSuccessful,
            $"{module} reaches into other modules: " + string.Join(", ", result.FailingTypeNames ?? []));
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
}
