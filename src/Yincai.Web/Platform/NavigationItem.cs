namespace Yincai.Platform;

/// <summary>A workspace menu entry a module contributes; shown to those who satisfy <see cref="Policy"/>, under its
/// <see cref="Group"/>'s menu, with the number <see cref="Count"/> gives when there is one.</summary>
public sealed record NavigationItem(string TextKey, string Url, string Policy, Type Resource, int Order,
    NavigationGroup Group = NavigationGroup.None)
{
    public NavigationCount? Count { get; init; }

    /// <summary>A workspace tile only, not a menu entry: the header already offers it another way (the six finds' box).</summary>
    public bool TileOnly { get; init; }
}
