namespace Yincai.Modules.Stations.Programs;

/// <summary>One line of the yearly evaluation form, scored 0 to <see cref="Max"/>.</summary>
public sealed record EvaluationCriterion(string Key, int Max, string Zh, string En)
{
    public override string ToString() => System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" && En.Length > 0 ? En : Zh;
}
