using Yincai.Platform;

namespace Yincai.Modules.Employers;

/// <summary>This module's expected failures; messages from EmployersResource in the user's language.</summary>
public static class EmployerErrors
{
    private static readonly ModuleErrors Errors = new(typeof(EmployersResource));

    public static Error NotPending => Make("employers.not_pending", "Error_NotPending");
    public static Error NotVerified => Make("employers.not_verified", "Error_NotVerified", "IsKeyContact");
    public static Error ReasonRequired => Make("employers.reason_required", "Error_ReasonRequired", "Reason");
    public static Error CreditCodeTaken => Make("employers.credit_code_taken", "Error_CreditCodeTaken", "CreditCode");
    public static Error AlreadyMember => Make("employers.already_member", "Error_AlreadyMember");
    public static Error UnknownRegion => Make("employers.unknown_region", "Error_UnknownRegion", "RegionCode");
    public static Error UnknownIndustry => Make("employers.unknown_industry", "Error_UnknownIndustry", "IndustryCode");

    private static Error Make(string code, string key, string? field = null) => Errors.Make(code, key, field);
}
