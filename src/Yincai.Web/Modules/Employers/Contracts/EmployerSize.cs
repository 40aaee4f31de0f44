namespace Yincai.Modules.Employers.Contracts;

/// <summary>Size bands by headcount (large ≥ 1000, medium 300–999, small 20–299, micro &lt; 20).</summary>
public enum EmployerSize
{
    Micro = 1,
    Small = 2,
    Medium = 3,
    Large = 4,
}
