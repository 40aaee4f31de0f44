namespace Yincai.Modules.Complaints;

/// <summary>The <c>Complaints</c> section.</summary>
public sealed class ComplaintsOptions
{
    public const string Section = "Complaints";

    /// <summary>Working days from receipt to the handling deadline.</summary>
    public int HandlingWorkingDays { get; set; } = 15;

    /// <summary>How many working days before the deadline the officers are reminded.</summary>
    public int ReminderWorkingDays { get; set; } = 3;

    /// <summary>How often deadlines are checked.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The province whose regions the form offers first (the channel of 鲁人社字〔2020〕128号 is Shandong's).</summary>
    public string ProvinceCode { get; set; } = "370000";

    /// <summary>The rights hotline published on the complaints page (12333 is the HR and social security hotline).</summary>
    public string Hotline { get; set; } = "12333";
}
