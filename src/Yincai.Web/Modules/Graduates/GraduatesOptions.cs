using System.ComponentModel.DataAnnotations;

namespace Yincai.Modules.Graduates;

/// <summary>The "Graduates" section: the numbers of 鲁人社字〔2020〕128号 §四(一), changeable where a later notice moves them.</summary>
public sealed class GraduatesOptions
{
    /// <summary>The province whose households are local (本地户籍); graduates from elsewhere belong to their search place.</summary>
    [RegularExpression(@"^\d{2}0000$")]
    public string ProvinceCode { get; set; } = "370000";

    /// <summary>GRD-03: a named officer contacts an online registration within this many working days.</summary>
    [Range(1, 30)]
    public int ContactWorkingDays { get; set; } = 5;

    /// <summary>GRD-02: targeted services each graduate who wants a job gets by 31 December.</summary>
    [Range(1, 20)]
    public int TargetedServices { get; set; } = 3;

    /// <summary>GRD-15: the employment rate the cohorts reach by year end, in percent.</summary>
    [Range(1, 100)]
    public int TargetRatePercent { get; set; } = 90;

    /// <summary>GRD-07: students per career advisor (职业指导师) at most.</summary>
    [Range(1, 10000)]
    public int StudentsPerAdvisor { get; set; } = 300;

    /// <summary>GRD-07: career classes a university gives a cohort by the end of the year before it leaves, and again by 30 June.</summary>
    [Range(1, 100)]
    public int CareerClasses { get; set; } = 3;
}
