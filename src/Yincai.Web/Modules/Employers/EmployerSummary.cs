using Yincai.Modules.Employers.Contracts;

namespace Yincai.Modules.Employers;

public sealed record EmployerSummary(Guid Id, string CreditCode, string Name, string RegionCode, string IndustryCode,
    EmployerStatus Status, bool IsKeyContact, DateTime RegisteredAtUtc);
