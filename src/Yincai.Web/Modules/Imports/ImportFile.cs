namespace Yincai.Modules.Imports;

/// <summary>
/// The uploaded workbook of an <see cref="ImportJob"/>, kept in a table of its own so that lists and progress
/// pages never load it, and deleted once the import has finished (SECURITY.md 8.1.4.10: no leftover files of PI).
/// </summary>
public sealed class ImportFile
{
    private ImportFile() { }

    public ImportFile(Guid jobId, byte[] content) => (JobId, Content) = (jobId, content);

    public Guid JobId { get; private set; }
    public byte[] Content { get; private set; } = [];
}
