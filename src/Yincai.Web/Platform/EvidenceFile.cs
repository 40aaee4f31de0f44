namespace Yincai.Platform;

/// <summary>Evidence files (of a claim, of an application): known by their content, not by their name.</summary>
public static class EvidenceFile
{
    public static string? ContentType(ReadOnlySpan<byte> content) =>
        content.Length > 8 && content[..5].SequenceEqual("%PDF-"u8) ? "application/pdf"
        : content.Length > 3 && content[0] == 0xFF && content[1] == 0xD8 && content[2] == 0xFF ? "image/jpeg"
        : content.Length > 8 && content[..8].SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }) ? "image/png"
        : null;

    /// <summary>An uploaded file's bytes, read to at most one byte past <paramref name="maxBytes"/>: the caller refuses what is
    /// longer by its length, naming the field, without holding a huge upload in memory.</summary>
    public static async Task<byte[]> ReadAsync(IFormFile file, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await using var stream = file.OpenReadStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length <= maxBytes && (read = await stream.ReadAsync(chunk, cancellationToken)) > 0) buffer.Write(chunk, 0, read);
        return buffer.ToArray();
    }
}
