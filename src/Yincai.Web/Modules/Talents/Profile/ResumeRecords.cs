using Microsoft.EntityFrameworkCore;
using Yincai.Platform;

namespace Yincai.Modules.Talents.Profile;

/// <summary>Résumés of one talent, listed without their PDF bytes.</summary>
public sealed class ResumeRecords(YincaiDb db)
{
    public const int MaxPerTalent = 5;

    public Task<List<ResumeListing>> OfAsync(Guid talentId, CancellationToken cancellationToken) =>
        db.Resumes.AsNoTracking().Where(r => r.TalentId == talentId).OrderByDescending(r => r.UpdatedAtUtc)
            .Select(r => new ResumeListing(r.Id, r.Title, r.Text, r.PdfFileName, r.PdfBytes, r.UpdatedAtUtc))
            .ToListAsync(cancellationToken);

    /// <summary>The file as stored, for a download; null when the résumé has none or is not the talent's.</summary>
    public Task<ResumePdf?> PdfAsync(Guid talentId, Guid id, CancellationToken cancellationToken) =>
        db.Resumes.AsNoTracking().Where(r => r.Id == id && r.TalentId == talentId && r.Pdf != null)
            .Select(r => new ResumePdf(r.PdfFileName ?? "resume.pdf", r.Pdf!)).FirstOrDefaultAsync(cancellationToken);

    /// <summary>A name safe for a Content-Disposition header and a file system: no path, no control characters, ends in .pdf.</summary>
    public static string SafeFileName(string? uploaded)
    {
        // Browsers on Windows may send the full path; on Linux Path.GetFileName would keep its backslashes.
        var name = uploaded ?? "";
        name = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];
        name = new string(name.Where(c => !char.IsControl(c) && c is not ('"' or '\\' or '/' or ':' or '*' or '?' or '<' or '>' or '|')).ToArray()).Trim();
        if (name.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)) name = name[..^4];
        if (name.Length == 0) name = "resume";
        return (name.Length > 100 ? name[..100] : name) + ".pdf";
    }
}

public sealed record ResumeListing(Guid Id, string Title, string Text, string? PdfFileName, int PdfBytes, DateTime UpdatedAtUtc);

public sealed record ResumePdf(string FileName, byte[] Content);
