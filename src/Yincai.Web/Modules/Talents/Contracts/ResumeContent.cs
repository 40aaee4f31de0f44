namespace Yincai.Modules.Talents.Contracts;

/// <summary>A résumé's content: what an application copies (title, text) and what an employer may download (the PDF).</summary>
public sealed record ResumeContent(Guid Id, string Title, string Text, string? PdfFileName, byte[]? Pdf);
