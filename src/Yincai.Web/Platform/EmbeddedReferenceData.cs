namespace Yincai.Platform;

/// <summary>Opens a reference-data file embedded in the assembly (see Yincai.Web.csproj).</summary>
public static class EmbeddedReferenceData
{
    public static StreamReader Open(string fileName)
    {
        var stream = typeof(EmbeddedReferenceData).Assembly.GetManifestResourceStream("Yincai.ReferenceData." + fileName)
            ?? throw new InvalidOperationException($"Reference data {fileName} is not embedded.");
        return new StreamReader(stream, System.Text.Encoding.UTF8);
    }
}
