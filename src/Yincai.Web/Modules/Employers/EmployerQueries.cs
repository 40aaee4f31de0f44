using System.Linq.Expressions;
using Yincai.Modules.Employers.Contracts;

namespace Yincai.Modules.Employers;

/// <summary>The filters of the officers' employer list, shared by the page, its export and the API.</summary>
internal static class EmployerQueries
{
    public static readonly Expression<Func<Employer, EmployerSummary>> Summary = e =>
        new EmployerSummary(e.Id, e.CreditCode, e.Name, e.RegionCode, e.IndustryCode, e.Status, e.IsKeyContact, e.RegisteredAtUtc);

    public static readonly Func<Employer, EmployerSummary> ToSummary = Summary.Compile();

    public static IQueryable<Employer> Filter(IQueryable<Employer> employers, EmployerStatus? status, bool? keyContact, string? search)
    {
        if (status is { } s) employers = employers.Where(e => e.Status == s);
        if (keyContact is { } k) employers = employers.Where(e => e.IsKeyContact == k);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            employers = employers.Where(e => e.Name.Contains(term) || e.CreditCode == term.ToUpperInvariant());
        }
        return employers;
    }
}
