namespace Yincai.Platform.Validation;

/// <summary>A unified social credit code that passed the GB 32100 check.</summary>
/// <param name="Value">The normalised 18-character code.</param>
/// <param name="OrganisationCodeCheckPassed">
/// Whether characters 9–17 also pass the GB 11714 organisation-code check. This is a warning only
/// (SECURITY.md 4.2): it becomes a hard failure once it holds for every existing employer record.
/// </param>
public sealed record SocialCreditCodeCheck(string Value, bool OrganisationCodeCheckPassed);
