namespace Yincai.Platform;

/// <summary>A top-level place in the menu: one link, or a group's menu of several.</summary>
public sealed record NavigationEntry(NavigationGroup Group, string Text, IReadOnlyList<NavigationLink> Links)
{
    public bool IsMenu => Links.Count > 1;

    /// <summary>What waits in all the entry's links, capped like each of them.</summary>
    public int Count => Math.Min(Links.Sum(l => l.Count ?? 0), NavigationMenu.CountCap + 1);

    public static string Show(int count) => count > NavigationMenu.CountCap ? NavigationMenu.CountCap + "+" : count.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
