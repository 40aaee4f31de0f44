namespace Yincai.Modules.Jobs.Contracts;

/// <summary>How an employer wants to work with talents or institutions on a project demand (项目需求).</summary>
public enum CooperationMode
{
    /// <summary>技术转让: buying or licensing a finished technology.</summary>
    TechnologyTransfer = 1,
    /// <summary>联合研发.</summary>
    JointResearch = 2,
    /// <summary>委托开发: the other side develops to the employer's order.</summary>
    CommissionedDevelopment = 3,
    /// <summary>技术咨询与服务.</summary>
    Consulting = 4,
    /// <summary>人才引进: bringing in the people who can carry the project.</summary>
    TalentIntroduction = 5,
    Other = 9,
}
