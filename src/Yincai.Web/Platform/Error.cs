namespace Yincai.Platform;

/// <summary>An expected failure: a stable code, a user-facing message in the current UI culture, and the field it concerns.</summary>
public sealed record Error(string Code, string Message, string? Field = null);
