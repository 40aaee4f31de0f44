namespace Yincai.Modules.Employers.Contracts;

/// <summary>A GB/T 4754-2017 category: section (A–T), division (2 digits), group (3) or class (4).</summary>
public sealed record Industry(string Code, string Name, string Level, string? ParentCode, string Section);
