using Yincai.Modules.Stations.Programs;
using Yincai.Platform;

namespace Yincai.Modules.Stations.Accreditation;

/// <summary>
/// Whether an application meets its program's conditions (STN-01..05, RET-01..06): every checklist item ticked, every text
/// written, every number at its minimum, enough staff with the degree and English asked, and a file for each condition that
/// asks for one. Pure: the answers and the conditions that have files are handed in.
/// </summary>
public static class ConditionCheck
{
    public static IReadOnlyList<Error> Unmet(ProgramDefinition program, StationContent content, IReadOnlySet<string> conditionsWithFiles)
    {
        var errors = new List<Error>();
        foreach (var condition in program.Conditions)
        {
            var answer = content.Answer(condition.Key);
            var field = $"Answers[{condition.Key}]";
            switch (condition.Kind)
            {
                case ConditionKind.Checklist:
                    var missing = condition.Choices.Where(i => answer.Ticked?.Contains(i.Key) != true).Select(i => i.ToString()).ToList();
                    if (missing.Count > 0) errors.Add(StationErrors.ItemsMissing(condition.Label.ToString(), string.Join("、", missing), field));
                    break;
                case ConditionKind.Text:
                    if (string.IsNullOrWhiteSpace(answer.Text)) errors.Add(StationErrors.TextMissing(condition.Label.ToString(), field));
                    if (condition.Industry && string.IsNullOrWhiteSpace(answer.Industry))
                        errors.Add(StationErrors.IndustryMissing(condition.Label.ToString(), $"Answers[{condition.Key}].Industry"));
                    break;
                case ConditionKind.Number:
                    if (answer.Number is not { } number || number < (condition.Minimum ?? 0))
                        errors.Add(StationErrors.NumberTooLow(condition.Label.ToString(), condition.Minimum ?? 0, answer.Number, field));
                    break;
                case ConditionKind.Staff:
                    errors.AddRange(StaffErrors(condition, content.Staff));
                    break;
            }
            if (condition.Evidence && !conditionsWithFiles.Contains(condition.Key))
                errors.Add(StationErrors.EvidenceMissing(condition.Label.ToString(), $"evidence_{condition.Key}"));
        }
        return errors;
    }

    private static IEnumerable<Error> StaffErrors(StationCondition condition, IReadOnlyList<ServiceStaff> staff)
    {
        var minimum = condition.Minimum ?? 0;
        if (staff.Count < minimum) yield return StationErrors.StaffTooFew(minimum, staff.Count);
        for (var i = 0; i < staff.Count; i++)
        {
            if (condition.MinDegree is { } degree && staff[i].Degree < degree)
                yield return StationErrors.StaffDegree(i + 1, staff[i].Name, degree, $"Staff[{i}].Degree");
            if (condition.English && !staff[i].English)
                yield return StationErrors.StaffEnglish(i + 1, staff[i].Name, $"Staff[{i}].English");
        }
    }
}
