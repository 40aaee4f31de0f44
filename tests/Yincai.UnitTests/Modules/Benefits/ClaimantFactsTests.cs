using Yincai.Modules.Benefits.Facts;
using Yincai.Modules.Graduates.Contracts;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Talents.Contracts;

namespace Yincai.UnitTests.Modules.Benefits;

/// <summary>Claimants' facts as rules read them (ENT-05): whole months between two dates, and which facts the platform's own records
/// prove (a university's list, a hire, the ID number) so that a condition over them needs no upload, and which the talent only declared.</summary>
public sealed class ClaimantFactsTests
{
    private static readonly DateOnly On = new(2026, 12, 4);

    private static TalentFactRow Row(EmploymentStatus employment = EmploymentStatus.Seeking, EmploymentSource? source = null,
        string household = "370202", string? current = null) =>
        new(Guid.CreateVersion7(), Guid.CreateVersion7(), "张三", household, current, DegreeLevel.Master, 2025, new DateOnly(1999, 5, 1), employment,
            employment == EmploymentStatus.Employed ? new DateTime(2026, 6, 3, 16, 0, 0, DateTimeKind.Utc) : null, TalentCategory.None,
            new DateTime(2026, 6, 3, 16, 0, 0, DateTimeKind.Utc)) { EmploymentSource = source };

    [Theory]
    [Trait("Rule", "GRD-11")]
    [InlineData("2025-01-15", "2025-07-15", 6)]
    [InlineData("2025-01-15", "2025-07-14", 5)]
    [InlineData("2025-01-31", "2025-02-28", 1)]  // no 31 February: the month ends on its last day
    [InlineData("2025-01-31", "2025-02-27", 0)]
    [InlineData("2024-01-31", "2024-02-29", 1)]  // a leap year
    [InlineData("2024-01-31", "2024-02-28", 0)]
    [InlineData("2024-02-29", "2025-02-28", 12)]
    [InlineData("2025-06-04", "2025-12-04", 6)]
    [InlineData("2025-06-04", "2026-06-03", 11)]
    [InlineData("2025-06-04", "2026-06-04", 12)]
    [InlineData("2025-07-15", "2025-01-15", 0)]  // not yet begun
    public void MonthsBetween_WholeMonths_ByTheDayOfTheMonth(string from, string on, int expected)
    {
        Assert.Equal(expected, ClaimantFacts.MonthsBetween(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    [Trait("Rule", "ENT-05")]
    public void Talent_OnAUniversitysList_HasDegreeAndGraduationYearVerifiedByTheList()
    {
        var sheet = ClaimantFacts.Talent(Row(), On, new ListedGraduate(Guid.CreateVersion7(), "4137010065", 2024), null);

        Assert.Equal((3, 2), ((int)sheet.Values["Degree"]!, (int)sheet.Values["YearsSinceGraduation"]!));
        Assert.Equal(ProofSource.UniversityList, sheet.Proofs["Degree"]);
        Assert.Equal(ProofSource.UniversityList, sheet.Proofs["YearsSinceGraduation"]);
        Assert.Equal(ProofSource.IdNumber, sheet.Proofs["Age"]);
        Assert.Equal(27, sheet.Values["Age"]);
    }

    [Fact]
    [Trait("Rule", "ENT-05")]
    public void Talent_NotOnAnyList_HasADegreeThatIsOnlyDeclared()
    {
        var sheet = ClaimantFacts.Talent(Row(), On, null, null);

        Assert.Equal(3, sheet.Values["Degree"]);
        Assert.False(sheet.IsProven("Degree"));
        Assert.False(sheet.IsProven("YearsSinceGraduation"));
    }

    [Fact]
    [Trait("Rule", "ENT-05")]
    public void Talent_EmployedThroughAHireOnThePlatform_HasEmploymentAndWorkPlaceVerifiedByTheHire()
    {
        var hire = new TalentHire(Guid.CreateVersion7(), Guid.CreateVersion7(), "370211", new DateTime(2026, 6, 3, 16, 0, 0, DateTimeKind.Utc));

        var sheet = ClaimantFacts.Talent(Row(EmploymentStatus.Employed, EmploymentSource.Hire, current: "370102"), On, null, hire);

        Assert.Equal((true, "370211"), ((bool)sheet.Values["Employed"]!, (string?)sheet.Values["WorkRegion"]));
        // Hired 00:00 on 4 June 2026 in Beijing (16:00 UTC the day before): six whole months on 4 December.
        Assert.Equal(6, sheet.Values["MonthsEmployed"]);
        Assert.Equal([ProofSource.Hire, ProofSource.Hire, ProofSource.Hire],
            new[] { sheet.Proofs["Employed"], sheet.Proofs["MonthsEmployed"], sheet.Proofs["WorkRegion"] });
        Assert.Equal("370211", sheet.ReviewRegion("370200"));
    }

    [Fact]
    [Trait("Rule", "ENT-05")]
    public void Talent_EmploymentTheyDeclaredThemselves_IsUsedButNotProven()
    {
        var sheet = ClaimantFacts.Talent(Row(EmploymentStatus.Employed, EmploymentSource.Talent, current: "370102"), On, null, null);

        Assert.Equal((true, "370102"), ((bool)sheet.Values["Employed"]!, (string?)sheet.Values["WorkRegion"]));
        Assert.False(sheet.IsProven("Employed"));
        Assert.False(sheet.IsProven("WorkRegion"));
    }

    [Fact]
    [Trait("Rule", "ENT-05")]
    [Trait("Rule", "ENT-06")]
    public void Talent_Household_IsDeclaredNeverProven_SoAConditionOverItAsksForEvidence()
    {
        var sheet = ClaimantFacts.Talent(Row(household: "370203"), On, new ListedGraduate(Guid.CreateVersion7(), "4137010065", 2025), null);

        Assert.Equal("370203", sheet.Values["HouseholdRegion"]);
        Assert.False(sheet.IsProven("HouseholdRegion"));
    }
}
