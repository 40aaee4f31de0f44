namespace Yincai.Platform;

/// <summary>A panel a module puts on the workspace home page (a view component by name), for those who satisfy
/// <see cref="Policy"/>; <see cref="NavigationMenu.PanelsAsync"/> picks them.</summary>
public sealed record HomePanel(string ViewComponent, string Policy, int Order);
