namespace Yincai.Modules.Stations.Programs;

public enum ConditionKind
{
    /// <summary>Every item must be ticked (a venue's areas, an equipment list).</summary>
    Checklist = 1,
    /// <summary>A written answer (a plan, rules), with an industry when the condition asks for one.</summary>
    Text = 2,
    /// <summary>A number at least <see cref="StationCondition.Minimum"/> (people served a year).</summary>
    Number = 3,
    /// <summary>The staff list: at least <see cref="StationCondition.Minimum"/> people, each with the degree and English asked.</summary>
    Staff = 4,
}
