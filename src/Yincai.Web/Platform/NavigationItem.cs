namespace Yincai.Platform;

/// <summary>A workspace menu entry a module contributes; shown to those who satisfy <see cref="Policy"/>.</summary>
public sealed record NavigationItem(string TextKey, string Url, string Policy, Type Resource, int Order);
