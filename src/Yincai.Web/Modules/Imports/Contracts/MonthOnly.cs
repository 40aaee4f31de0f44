namespace Yincai.Modules.Imports.Contracts;

/// <summary>How a date column reads a month written alone (2026.06, 2026年6月): refused where a day matters, else the day
/// the field means by a month.</summary>
public enum MonthOnly
{
    Refuse = 0,
    FirstDay = 1,
    LastDay = 2,
}
