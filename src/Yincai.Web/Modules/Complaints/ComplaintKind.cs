namespace Yincai.Modules.Complaints;

/// <summary>What is complained of: the wrongs §四(八) of 鲁人社字〔2020〕128号 names.</summary>
public enum ComplaintKind
{
    /// <summary>黑中介、黑市场</summary>
    BlackIntermediary = 1,
    /// <summary>虚假招聘</summary>
    FakeHiring = 2,
    /// <summary>就业歧视</summary>
    Discrimination = 3,
    /// <summary>滥用试用期、拖欠试用期工资（无薪试工）</summary>
    UnpaidTrialWork = 4,
    /// <summary>培训贷</summary>
    TrainingLoan = 5,
    /// <summary>签订不实就业协议</summary>
    FalseAgreement = 6,
    /// <summary>不依法签订劳动合同、缴纳社会保险</summary>
    NoContract = 7,
    Other = 9,
}

/// <summary>Against whom.</summary>
public enum ComplaintTarget
{
    /// <summary>An employer registered on the platform.</summary>
    Employer = 1,
    /// <summary>A job published on the platform.</summary>
    Job = 2,
    /// <summary>An intermediary or anyone else, by name.</summary>
    Named = 3,
}

public enum ComplaintStatus
{
    Received = 1,
    Accepted = 2,
    NotAccepted = 3,
    Handling = 4,
    Resolved = 5,
}

/// <summary>What was done about an upheld complaint.</summary>
[Flags]
public enum ComplaintActions
{
    None = 0,
    JobTakenDown = 1,
    EmployerWarned = 2,
    EmployerBlacklisted = 4,
}

/// <summary>What happened at a step of a complaint's record.</summary>
public enum ComplaintStepKind
{
    Filed = 1,
    Accepted = 2,
    NotAccepted = 3,
    Handling = 4,
    Resolved = 5,
    Rated = 6,
    Reminded = 7,
    Escalated = 8,
    FilerRevealed = 9,
}

/// <summary>How the responsible region was found.</summary>
public enum ComplaintRouting
{
    Employer = 1,
    Job = 2,
    Filer = 3,
}
