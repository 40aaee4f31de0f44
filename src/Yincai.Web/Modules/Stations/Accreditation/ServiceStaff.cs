using Yincai.Modules.Stations.Programs;

namespace Yincai.Modules.Stations.Accreditation;

/// <summary>One member of an applicant's service team (STN-04, RET-03).</summary>
public sealed record ServiceStaff(string Name, string Role, bool FullTime, StaffDegree Degree, bool English);
