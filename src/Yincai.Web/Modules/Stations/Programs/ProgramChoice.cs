using System.Globalization;

namespace Yincai.Modules.Stations.Programs;

/// <summary>One choice a program offers (a station type, a checklist item, an evaluation criterion's name).</summary>
public sealed record ProgramChoice(string Key, string Zh, string En)
{
    public override string ToString() => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" && En.Length > 0 ? En : Zh;
}
