namespace Yincai.Modules.Events;

/// <summary>How often a series of job fairs repeats (GRD-04: comprehensive monthly, special weekly).</summary>
public enum SeriesRecurrence
{
    Monthly = 1,
    Weekly = 2,
}
