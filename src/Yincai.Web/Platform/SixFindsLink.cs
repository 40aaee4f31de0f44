namespace Yincai.Platform;

/// <summary>A source's own list page with the query carried over ("more"), and its name in the viewer's language.</summary>
public sealed record SixFindsLink(string Url, string Label);
