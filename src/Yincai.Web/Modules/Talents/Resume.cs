using Yincai.Platform;

namespace Yincai.Modules.Talents;

/// <summary>A résumé a talent can send with an application: text, and optionally a PDF (checked by content).</summary>
public sealed class Resume
{
    public const int MaxPdfBytes = 5 * 1024 * 1024;

    private Resume() { }

    public Resume(Guid talentId, string title, string text, DateTime nowUtc)
    {
        Id = Ids.New();
        TalentId = talentId;
        Edit(title, text, nowUtc);
    }

    public Guid Id { get; private set; }
    public Guid TalentId { get; private set; }
    public string Title { get; private set; } = "";
    public string Text { get; private set; } = "";
    public string? PdfFileName { get; private set; }
    public byte[]? Pdf { get; private set; }
    public int PdfBytes { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }

    public void Edit(string title, string text, DateTime nowUtc) => (Title, Text, UpdatedAtUtc) = (title, text, nowUtc);

    public void AttachPdf(string fileName, byte[] content, DateTime nowUtc) =>
        (PdfFileName, Pdf, PdfBytes, UpdatedAtUtc) = (fileName, content, content.Length, nowUtc);

    public void RemovePdf(DateTime nowUtc) => (PdfFileName, Pdf, PdfBytes, UpdatedAtUtc) = (null, null, 0, nowUtc);

    /// <summary>A PDF by content, not by name: the "%PDF-" signature and an end-of-file marker near the end.</summary>
    public static bool LooksLikePdf(ReadOnlySpan<byte> content) =>
        content.Length > 16 && content[..5].SequenceEqual("%PDF-"u8)
        && content[Math.Max(0, content.Length - 1024)..].IndexOf("%%EOF"u8) >= 0;
}
