namespace Yincai.Platform;

/// <summary>One visible menu entry: its text in the reader's language and its count (null when it has none).</summary>
public sealed record NavigationLink(NavigationItem Item, string Text, int? Count);
