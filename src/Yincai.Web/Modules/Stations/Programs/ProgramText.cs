using System.Globalization;

namespace Yincai.Modules.Stations.Programs;

/// <summary>A text of a program's data in both languages (the programs are data, not resources).</summary>
public sealed record ProgramText(string Zh, string En)
{
    public override string ToString() => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" && En.Length > 0 ? En : Zh;

    /// <summary>The English text, or the Chinese where the program has none.</summary>
    public string English => En.Length > 0 ? En : Zh;
}
