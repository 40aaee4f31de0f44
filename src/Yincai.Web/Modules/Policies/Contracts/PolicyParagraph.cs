namespace Yincai.Modules.Policies.Contracts;

/// <summary>One paragraph of a notice, numbered from 1 in reading order, with its text folded for search
/// (<see cref="Yincai.Platform.SearchTerms.Normalize"/>, same length as <see cref="Text"/>).</summary>
public sealed record PolicyParagraph(int Number, string Text, string SearchText, bool IsHeading);
