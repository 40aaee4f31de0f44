using System.IO.Compression;

namespace Yincai.Platform.Excel;

/// <summary>Why an uploaded file is not accepted as a workbook.</summary>
public enum ExcelFileProblem
{
    None = 0,
    /// <summary>Not a zip package (no PK signature, or unreadable): an .xls, a CSV, a renamed file.</summary>
    NotXlsx = 1,
    /// <summary>Holds a VBA project (a macro-enabled workbook).</summary>
    HasMacros = 2,
    /// <summary>Unpacks to more than the limit, has too many parts, or compresses suspiciously well (a zip bomb).</summary>
    TooLarge = 3,
}

/// <summary>
/// What is checked before an uploaded .xlsx is parsed (SECURITY.md §3, Excel import): the zip signature, no
/// vbaProject.bin, a workbook part, and the number of parts, the unpacked size and the compression ratio by the
/// sizes the zip declares, so that a zip bomb is refused before any of it is inflated.
/// </summary>
public static class ExcelFileCheck
{
    public const int MaxEntries = 500;
    public const int MaxCompressionRatio = 100;

    public static ExcelFileProblem Check(byte[] content, long maxUnpackedBytes)
    {
        if (content.Length < 4 || content[0] != 'P' || content[1] != 'K' || content[2] != 3 || content[3] != 4) return ExcelFileProblem.NotXlsx;
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxEntries) return ExcelFileProblem.TooLarge;
            long unpacked = 0;
            var hasWorkbook = false;
            foreach (var entry in zip.Entries)
            {
                if (entry.FullName.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)) return ExcelFileProblem.HasMacros;
                hasWorkbook |= entry.FullName.Equals("xl/workbook.xml", StringComparison.OrdinalIgnoreCase);
                unpacked += entry.Length;
                // Ratios of small parts say nothing; a sheet of one repeated cell may be very compressible but is small.
                if (entry.Length > 1_000_000 && entry.Length > entry.CompressedLength * MaxCompressionRatio) return ExcelFileProblem.TooLarge;
            }
            if (unpacked > maxUnpackedBytes) return ExcelFileProblem.TooLarge;
            return hasWorkbook ? ExcelFileProblem.None : ExcelFileProblem.NotXlsx;
        }
        catch (InvalidDataException)
        {
            return ExcelFileProblem.NotXlsx;
        }
    }
}
