namespace Yincai.Modules.Stations.Programs;

/// <summary>One review stage before the public notice: who reviews, whether a site visit must be recorded, and how many
/// expert scores (from reviewer accounts) it needs before it can pass.</summary>
public sealed record ReviewStage(string Key, StageLevel Level, ProgramText Name, bool SiteVisit = false, int Experts = 0);
