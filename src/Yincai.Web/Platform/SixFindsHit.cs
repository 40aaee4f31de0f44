namespace Yincai.Platform;

/// <summary>One record found: what the results list shows of it, in the viewer's language, and where it opens.</summary>
/// <param name="Url">A local path; null when the record has no page of its own (an office shows its address instead).</param>
/// <param name="Snippet">Text around the first match, or a short description.</param>
/// <param name="Meta">One line of facts (region, type, salary...).</param>
public sealed record SixFindsHit(string Title, string? Url, string? Snippet, string? Meta);
