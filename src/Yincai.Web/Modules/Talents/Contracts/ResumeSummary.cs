namespace Yincai.Modules.Talents.Contracts;

/// <summary>One of a talent's résumés, as a picker lists it.</summary>
public sealed record ResumeSummary(Guid Id, string Title, bool HasPdf);
