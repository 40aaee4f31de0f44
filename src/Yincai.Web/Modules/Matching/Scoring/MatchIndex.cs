using System.Buffers;
using Yincai.Modules.Jobs.Contracts;
using Yincai.Modules.Talents.Contracts;

namespace Yincai.Modules.Matching.Scoring;

public readonly record struct Scored<T>(T Item, float Score);

/// <summary>
/// The in-memory index of published jobs, consenting talents, published project demands and talents' projects
/// (DESIGN.md §4: rebuilt from the database at start, updated on change). Jobs are grouped by city and industry
/// division, talents by wished-for city and major class. A query scores each group's best case first and visits the
/// groups best first, stopping once no group left can beat the 20th best found: exact top-k without scoring a
/// million rows. Inside a group, the keyword comparison (the dearest part) is skipped for rows that cannot beat the
/// 20th best on everything else. Readers share a lock; an update takes it alone for microseconds.
/// </summary>
public sealed class MatchIndex(int? workers = null)
{
    // Two threads per query where there are two cores: the slowest queries (talents wishing for the whole province, jobs
    // open to any major) read tens of thousands of rows, whose blocks two workers share into one k best (see Ranked).
    private readonly int _workers = Math.Clamp(workers ?? Environment.ProcessorCount, 1, 2);
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly Dictionary<Guid, JobFeatures> _jobs = [];
    private readonly Dictionary<long, Group<JobFeatures, JobSlot, JobBlock>> _jobGroups = [];
    private readonly Dictionary<Guid, TalentFeatures> _talents = [];
    private readonly Dictionary<long, Group<TalentFeatures, TalentSlot, TalentBlock>> _talentGroups = [];
    private readonly Dictionary<Guid, ProjectFeatures> _demands = [];
    private readonly Dictionary<Guid, ProjectFeatures> _projects = [];

    public int JobCount => Read(() => _jobs.Count);
    public int TalentCount => Read(() => _talents.Count);
    public int DemandCount => Read(() => _demands.Count);
    public int ProjectCount => Read(() => _projects.Count);

    public JobFeatures? Job(Guid id) => Read(() => _jobs.GetValueOrDefault(id));
    public TalentFeatures? Talent(Guid id) => Read(() => _talents.GetValueOrDefault(id));
    public ProjectFeatures? Demand(Guid id) => Read(() => _demands.GetValueOrDefault(id));
    public ProjectFeatures? Project(Guid id) => Read(() => _projects.GetValueOrDefault(id));

    public void PutJob(JobFeatures job) => Write(() =>
    {
        RemoveJobLocked(job.Id);
        AddJobLocked(job);
    });

    public void RemoveJob(Guid id) => Write(() => RemoveJobLocked(id));

    public void PutTalent(TalentFeatures talent) => Write(() =>
    {
        RemoveTalentLocked(talent.Id);
        AddTalentLocked(talent);
    });

    public void RemoveTalent(Guid id) => Write(() => RemoveTalentLocked(id));

    public void PutDemand(ProjectFeatures demand) => Write(() => _demands[demand.Id] = demand);
    public void RemoveDemand(Guid id) => Write(() => _demands.Remove(id));
    public void PutProject(ProjectFeatures project) => Write(() => _projects[project.Id] = project);
    public void RemoveProject(Guid id) => Write(() => _projects.Remove(id));

    /// <summary>Everything held, at one moment (for a snapshot; features are never changed once made).</summary>
    public (JobFeatures[] Jobs, TalentFeatures[] Talents, ProjectFeatures[] Demands, ProjectFeatures[] Projects) Contents() =>
        Read(() => (_jobs.Values.ToArray(), _talents.Values.ToArray(), _demands.Values.ToArray(), _projects.Values.ToArray()));

    /// <summary>Replaces everything at once (the build at start).</summary>
    public void Load(IEnumerable<JobFeatures> jobs, IEnumerable<TalentFeatures> talents, IEnumerable<ProjectFeatures> demands,
        IEnumerable<ProjectFeatures> projects) => Write(() =>
    {
        _jobs.Clear(); _jobGroups.Clear(); _talents.Clear(); _talentGroups.Clear(); _demands.Clear(); _projects.Clear();
        // Sorted once at the end rather than again and again as the parts grow.
        foreach (var job in jobs) AddJobLocked(job, seal: false);
        foreach (var talent in talents) AddTalentLocked(talent, seal: false);
        foreach (var group in _jobGroups.Values) group.Seal();
        foreach (var group in _talentGroups.Values) group.Seal();
        foreach (var d in demands) _demands[d.Id] = d;
        foreach (var p in projects) _projects[p.Id] = p;
    });

    /// <summary>The best jobs for a talent, best first (ties by id).</summary>
    public IReadOnlyList<Scored<JobFeatures>> JobsFor(TalentFeatures talent, FitScorer scorer, int take)
    {
        _lock.EnterReadLock();
        try
        {
            // Rented, not allocated: a query ranks some 1,600 groups, and garbage made per query shows in the slowest ones.
            var groups = ArrayPool<(float Bound, long Key, Group<JobFeatures, JobSlot, JobBlock> Jobs, float Occupation)>.Shared.Rent(_jobGroups.Count);
            var w = scorer.Weights;
            var occupationMost = w.Occupation * scorer.OccupationMost(talent);
            var wanted = new int[talent.Positions.Length];
            for (var p = 0; p < wanted.Length; p++) wanted[p] = talent.Positions[p].Occupation;
            var n = 0;
            foreach (var (key, jobs) in _jobGroups)
            {
                // The occupations of a group's jobs bound the aspect: a group of unrelated occupations loses it.
                var occupation = Math.Min(occupationMost, w.Occupation * jobs.Occupations.Bound(scorer, wanted));
                groups[n++] = (scorer.JobBucketBound(talent, (int)(key / 100), (int)(key % 100)) - occupationMost + occupation, key, jobs, occupation);
            }
            groups.AsSpan(0, n).Sort(static (a, b) => b.Bound.CompareTo(a.Bound));
            var (order, less) = JobPartBounds(talent, scorer);
            var keywords = new KeywordBound(talent.Keywords);
            // A row's experience points less its gap, by the years asked: the same for every row asking as many.
            var experience = new float[16];
            for (var years = 0; years < experience.Length; years++)
                experience[years] = scorer.ExperiencePoints(talent.GraduationYear, years);
            var result = Ranked<JobFeatures>(take, n, (first, stride, top) =>
                ScanJobs(talent, scorer, groups, n, first, stride, top, order, less, keywords, wanted, experience));
            groups.AsSpan(0, n).Clear();
            ArrayPool<(float, long, Group<JobFeatures, JobSlot, JobBlock>, float)>.Shared.Return(groups);
            return result;
        }
        finally { _lock.ExitReadLock(); }
    }

    /// <summary>The groups, best bound first, into <paramref name="top"/>: of their blocks of rows (in order), every
    /// <paramref name="stride"/>th from <paramref name="first"/>.</summary>
    private static void ScanJobs(TalentFeatures talent, FitScorer scorer,
        (float Bound, long Key, Group<JobFeatures, JobSlot, JobBlock> Jobs, float Occupation)[] groups, int count, int first, int stride,
        TopK<JobFeatures> top, int[] order, float[] less, KeywordBound keywords, int[] wanted, float[] experience)
    {
        var w = scorer.Weights;
        // What the job type, degree and PhD bonus give at most; a part gives that less its deduction. The occupation is
        // bounded by the group's occupations, then a block's, exactly for a row.
        var partMost = w.JobType + w.Degree + (talent.Degree == DegreeLevel.Doctorate ? w.LessDevelopedPhdBonus : 0f);
        var salaryLeast = talent.SalaryLeast;
        Span<int> majors = stackalloc int[JobSlot.InlineMajors];
        for (var g = 0; g < count; g++)
        {
            var (bound, key, group, occupationOfGroup) = groups[g];
            // An equal bound may still hold an equal score with a smaller id, which ranks higher.
            if (bound < top.Beat) break;
            var industry = w.Industry * scorer.IndustryFit(talent.Divisions, (int)(key % 100));
            var regionOfGroup = scorer.RegionFitInCity(talent.Regions, (int)(key / 100));
            // A row's place, major, pay and keywords at their most (its first bound sums the rest exactly).
            var restMost = w.Region * (regionOfGroup >= 0f ? regionOfGroup : 1f) + w.Major * Math.Max(1f, w.AnyMajor) + w.Salary + w.Skills;
            foreach (var part in order)
            {
                if (group.Parts[part] is not { } jobs) continue;
                // Parts come tightest first: once one cannot reach the score to beat, none after it can.
                if (bound - less[part] < top.Beat) break;
                var fixedPoints = industry + partMost - less[part];
                var slots = jobs.Slots;
                for (var b = 0; b <= jobs.Blocks.Length; b++)
                {
                    // Whose turn by where the block is, not by a count: a worker that stops early must not shift the other's share.
                    if ((g + part + b) % stride != first) continue;
                    // A block whose bound cannot reach the score to beat is skipped whole; the tail has no bound.
                    if (b < jobs.Blocks.Length && top.Beat is var beat && beat > float.MinValue
                        && !jobs.Blocks[b].MayReach(beat - fixedPoints - Slack, scorer, talent, keywords, wanted, occupationOfGroup, regionOfGroup)) continue;
                    var (from, to) = jobs.Rows(b);
                    for (var i = from; i < to; i++)
                    {
                        // A bound from the slot alone (no pointer to follow), then the exact score for the few it lets through.
                        ref readonly var slot = ref slots[i];
                        // Experience and occupation first, the rest at its most: they rule out most of the rows read.
                        var years = slot.MinExperienceYears;
                        var points = fixedPoints + ((uint)years < (uint)experience.Length ? experience[years] : scorer.ExperiencePoints(talent.GraduationYear, years))
                            + w.Occupation * scorer.OccupationFit(talent.Positions, slot.Occupation, slot.Region).Fit;
                        if (points + restMost + Slack < top.Beat) continue;
                        var major = slot.MajorCount > JobSlot.InlineMajors ? 1f : scorer.MajorFit(talent.Major, slot.Majors(majors));
                        var most = points + w.Region * (regionOfGroup >= 0f ? regionOfGroup : scorer.RegionFit(talent.Regions, slot.Region))
                            + w.Major * major
                            + w.Salary * scorer.SalaryFit(salaryLeast, slot.SalaryMax)
                            - (slot.MajorCount > 0 && major == 0f ? w.MajorGap : 0f);
                        if (most + w.Skills < top.Beat) continue;
                        var skills = scorer.SkillPoints(keywords.Most(slot.Keywords));
                        if (most + skills + Slack < top.Beat) continue;
                        if (jobs.Items[i] is not { } job) continue;
                        // The keywords' exact similarity first: the signature's bound is the loosest part of the row's, so
                        // most rows that get this far fall here without the rest of the score.
                        var similarity = Keywords.Similarity(talent.Keywords, job.Keywords);
                        if (!top.MightTake(most + scorer.SkillPoints(similarity) + Slack, job.Id)) continue;
                        top.Offer(job, scorer.WithSkills(scorer.Partial(talent, job), similarity), job.Id);
                    }
                }
            }
        }
    }

    /// <summary>The best talents for a job among those in <paramref name="scopePrefix"/> (household region or native
    /// place; null: everyone), best first.</summary>
    public IReadOnlyList<Scored<TalentFeatures>> TalentsFor(JobFeatures job, FitScorer scorer, int take, string? scopePrefix)
    {
        _lock.EnterReadLock();
        try
        {
            var groups = ArrayPool<(float Bound, Group<TalentFeatures, TalentSlot, TalentBlock> Talents)>.Shared.Rent(_talentGroups.Count);
            var n = 0;
            foreach (var (key, talents) in _talentGroups)
                groups[n++] = (scorer.TalentBucketBound(job, (int)(key / 10000), (int)(key % 10000)), talents);
            groups.AsSpan(0, n).Sort(static (a, b) => b.Bound.CompareTo(a.Bound));
            var (order, less) = TalentPartBounds(job, scorer);
            var keywords = new KeywordBound(job.Keywords);
            var result = Ranked<TalentFeatures>(take, n, (first, stride, top) =>
                ScanTalents(job, scorer, scopePrefix, groups, n, first, stride, top, order, less, keywords));
            groups.AsSpan(0, n).Clear();
            ArrayPool<(float, Group<TalentFeatures, TalentSlot, TalentBlock>)>.Shared.Return(groups);
            return result;
        }
        finally { _lock.ExitReadLock(); }
    }

    private static void ScanTalents(JobFeatures job, FitScorer scorer, string? scopePrefix,
        (float Bound, Group<TalentFeatures, TalentSlot, TalentBlock> Talents)[] groups, int count, int first, int stride,
        TopK<TalentFeatures> top, int[] order, float[] less, KeywordBound keywords)
    {
        var w = scorer.Weights;
        // Unlike jobs, talent groups carry no occupations (bounding groups by it made the queries slower at a million); a
        // block bounds it by its talents' wanted occupations, a row exactly.
        var occupationMost = w.Occupation * scorer.OccupationMost(job);
        var section = scorer.SectionBits(job.Division);
        var partMost = w.JobType + w.Degree + (job.LessDeveloped ? w.LessDevelopedPhdBonus : 0f);
        Span<RegionRef> regions = stackalloc RegionRef[TalentSlot.Inline];
        Span<int> divisions = stackalloc int[TalentSlot.Inline];
        Span<int> occupations = stackalloc int[3];
        // A talent's experience points less its gap by the years since graduation (0 for one not known or not yet graduated);
        // the other aspects of a row at their most.
        var year = scorer.CurrentYear;
        var experience = new float[16];
        for (var has = 0; has < experience.Length; has++) experience[has] = scorer.ExperiencePoints(year - has, job.MinExperienceYears);
        var restMost = w.Region + w.Industry + w.Major * (job.Majors.Length == 0 ? w.AnyMajor : 1f) + w.Salary + w.Skills;
        for (var g = 0; g < count; g++)
        {
            var (bound, group) = groups[g];
            // An equal bound may still hold an equal score with a smaller id, which ranks higher.
            if (bound < top.Beat) break;
            foreach (var part in order)
            {
                if (group.Parts[part] is not { } talents) continue;
                if (bound - less[part] < top.Beat) break;
                var fixedPoints = partMost - less[part];
                var slots = talents.Slots;
                for (var b = 0; b <= talents.Blocks.Length; b++)
                {
                    // Whose turn by where the block is, not by a count: a worker that stops early must not shift the other's share.
                    if ((g + part + b) % stride != first) continue;
                    if (b < talents.Blocks.Length && top.Beat is var beat && beat > float.MinValue
                        && !talents.Blocks[b].MayReach(beat - fixedPoints - Slack, scorer, job, keywords, section, occupationMost)) continue;
                    var (from, to) = talents.Rows(b);
                    for (var i = from; i < to; i++)
                    {
                        ref readonly var slot = ref slots[i];
                        // Experience and occupation first, the rest at its most: they rule out most of the rows read.
                        var has = slot.GraduationYear == 0 ? 0 : Math.Max(0, year - slot.GraduationYear);
                        var points = fixedPoints + (has < experience.Length ? experience[has] : scorer.ExperiencePoints(slot.GraduationYear, job.MinExperienceYears))
                            + (slot.PositionCount < 0 ? occupationMost : w.Occupation * scorer.OccupationBound(slot.Occupations(occupations), job.Occupation));
                        if (points + restMost + Slack < top.Beat) continue;
                        var region = slot.RegionCount > TalentSlot.Inline ? 1f : scorer.RegionFit(slot.Regions(regions), job.Region);
                        var industry = slot.DivisionCount > TalentSlot.Inline ? 1f : scorer.IndustryFit(slot.Divisions(divisions), job.Division);
                        var major = scorer.MajorFit(slot.Major, job.Majors);
                        var most = points + w.Region * region + w.Industry * industry + w.Major * major
                            + w.Salary * scorer.SalaryFit(slot.SalaryMin == 0 ? null : slot.SalaryMin, job.SalaryMax)
                            - (job.Majors.Length > 0 && major == 0f ? w.MajorGap : 0f);
                        if (most + w.Skills < top.Beat) continue;
                        var skills = scorer.SkillPoints(keywords.Most(slot.Keywords));
                        if (most + skills + Slack < top.Beat) continue;
                        if (talents.Items[i] is not { } talent) continue;
                        if (!top.MightTake(most + skills + Slack, talent.Id) || !talent.InScope(scopePrefix)) continue;
                        // The keywords' exact similarity first: the signature's bound is the loosest part of the row's, so
                        // most rows that get this far fall here without the rest of the score.
                        var similarity = Keywords.Similarity(talent.Keywords, job.Keywords);
                        if (!top.MightTake(most + scorer.SkillPoints(similarity) + Slack, talent.Id)) continue;
                        // A talent wishing for several cities is in each city's group with the same score: met again, it is
                        // either among the best already or below them for good (the score to beat only rises).
                        top.Offer(talent, scorer.WithSkills(scorer.Partial(talent, job), similarity), talent.Id, once: talent.Regions.Length > 1);
                    }
                }
            }
        }
    }

    /// <summary>
    /// Runs <paramref name="scan"/> over the groups (first, stride, top): on this thread alone, or on two taking their blocks
    /// of rows turn about (a slow query's time is in a few big groups) into one k best, whose score to beat both read.
    /// </summary>
    private IReadOnlyList<Scored<T>> Ranked<T>(int take, int groups, Action<int, int, TopK<T>> scan)
    {
        if (_workers == 1 || groups < 2)
        {
            var alone = new TopK<T>(take);
            scan(0, 1, alone);
            return alone.Sorted();
        }
        var top = new TopK<T>(take, shared: true);
        // The second share is inlined when no thread takes it up first: under load, a query runs on its own thread.
        Parallel.Invoke(() => scan(0, 2, top), () => scan(1, 2, top));
        return top.Sorted();
    }

    /// <summary>Room for float rounding between a bound summed one way and the score summed another.</summary>
    private const float Slack = 1e-3f;

    // Inside a group, jobs are split by what a query can bound exactly: less developed area × lowest degree × type
    // (2 × 6 × 5 parts); talents by degree × wished job types as a bit mask (6 × 16). Slot 5 of a degree and slot 0
    // of a type stand for a value outside the enum, which a bound takes as met.
    private const int JobParts = 2 * 6 * 5;
    private const int TalentParts = 6 * 16;

    private static int DegreeSlot(DegreeLevel degree) => (int)degree is >= 0 and <= 4 ? (int)degree : 5;

    private static int TypeSlot(JobType type) => (int)type is >= 1 and <= 4 ? (int)type : 0;

    private static int JobPart(JobFeatures job) => ((job.LessDeveloped ? 1 : 0) * 6 + DegreeSlot(job.MinDegree)) * 5 + TypeSlot(job.Type);

    private static int TalentPart(TalentFeatures talent)
    {
        var mask = 0;
        foreach (var type in talent.Types)
        {
            var slot = TypeSlot(type);
            if (slot == 0) return DegreeSlot(talent.Degree) * 16;
            mask |= 1 << (slot - 1);
        }
        return DegreeSlot(talent.Degree) * 16 + mask;
    }

    /// <summary>For each part of a job group, how far below the group's bound its jobs must stay for this talent (job
    /// type not wished, degree above the talent's or far below it, no PhD bonus outside less developed areas), and the parts in the
    /// order to visit them, tightest first.</summary>
    private static (int[] Order, float[] Less) JobPartBounds(TalentFeatures talent, FitScorer scorer)
    {
        var w = scorer.Weights;
        var less = new float[JobParts];
        for (var part = 0; part < JobParts; part++)
        {
            var (lessDeveloped, degree, type) = (part / 30, part / 5 % 6, part % 5);
            var typeMet = type == 0 || talent.Types.Length == 0 || Array.IndexOf(talent.Types, (JobType)type) >= 0;
            // Degree slot 5 stands for a value outside the enum, which a bound takes as met.
            var degreeFit = degree == 5 || DegreeSlot(talent.Degree) == 5 ? 1f : scorer.DegreeFit(talent.Degree, (DegreeLevel)degree);
            less[part] = (typeMet ? 0 : w.JobType) + w.Degree * (1f - degreeFit)
                + (degree == 5 || DegreeSlot(talent.Degree) == 5 ? 0f : scorer.DegreeGap(talent.Degree, (DegreeLevel)degree))
                + (talent.Degree == DegreeLevel.Doctorate && lessDeveloped == 0 ? w.LessDevelopedPhdBonus : 0);
        }
        return (Order(less), less);
    }

    private static (int[] Order, float[] Less) TalentPartBounds(JobFeatures job, FitScorer scorer)
    {
        var w = scorer.Weights;
        var less = new float[TalentParts];
        var type = TypeSlot(job.Type);
        for (var part = 0; part < TalentParts; part++)
        {
            var (degree, mask) = (part / 16, part % 16);
            var typeMet = mask == 0 || type == 0 || (mask & (1 << (type - 1))) != 0;
            var degreeFit = degree == 5 || DegreeSlot(job.MinDegree) == 5 ? 1f : scorer.DegreeFit((DegreeLevel)degree, job.MinDegree);
            less[part] = (typeMet ? 0 : w.JobType) + w.Degree * (1f - degreeFit)
                + (degree == 5 || DegreeSlot(job.MinDegree) == 5 ? 0f : scorer.DegreeGap((DegreeLevel)degree, job.MinDegree))
                + (job.LessDeveloped && degree != 4 && degree != 5 ? w.LessDevelopedPhdBonus : 0);
        }
        return (Order(less), less);
    }

    private static int[] Order(float[] less)
    {
        var order = new int[less.Length];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(less.ToArray(), order);
        return order;
    }

    /// <summary>Project demands for a talent's project, or for a talent looking by intention (RET-06).</summary>
    public IReadOnlyList<Scored<ProjectFeatures>> DemandsFor(ProjectFeatures seeker, FitScorer scorer, int take) =>
        Best(_demands, seeker, scorer, take);

    /// <summary>Talents' projects for a project demand (RET-06).</summary>
    public IReadOnlyList<Scored<ProjectFeatures>> ProjectsFor(ProjectFeatures demand, FitScorer scorer, int take) =>
        Best(_projects, demand, scorer, take);

    private IReadOnlyList<Scored<ProjectFeatures>> Best(Dictionary<Guid, ProjectFeatures> set, ProjectFeatures seeker, FitScorer scorer, int take)
    {
        _lock.EnterReadLock();
        try
        {
            // Demands and projects number in the thousands: scoring them all is cheaper than grouping them.
            var top = new TopK<ProjectFeatures>(take);
            foreach (var p in set.Values)
                if (p.Id != seeker.Id) top.Offer(p, scorer.ProjectScore(seeker, p), p.Id);
            return top.Sorted();
        }
        finally { _lock.ExitReadLock(); }
    }

    public static long JobKey(JobFeatures job) => (long)job.Region.City * 100 + Math.Clamp(job.Division, 0, 99);

    private static IEnumerable<long> TalentKeys(TalentFeatures talent)
    {
        var majorClass = talent.Major / 100;
        if (talent.Regions.Length == 0)
        {
            yield return majorClass;
            yield break;
        }
        foreach (var city in talent.Regions.Select(r => r.Digits == 2 ? r.Province * 100 : r.City).Distinct())
            yield return (long)city * 10000 + majorClass;
    }

    private void AddJobLocked(JobFeatures job, bool seal = true)
    {
        // A job replaced in the dictionary without RemoveJobLocked would stay in its old group: callers remove first.
        _jobs[job.Id] = job;
        var group = GroupOf(_jobGroups, JobKey(job), JobParts);
        group.Add(JobPart(job), job, new JobSlot(job), seal);
        group.Occupations.Add(job.Occupation);
    }

    private void AddTalentLocked(TalentFeatures talent, bool seal = true)
    {
        _talents[talent.Id] = talent;
        var slot = new TalentSlot(talent);
        foreach (var key in TalentKeys(talent)) GroupOf(_talentGroups, key, TalentParts).Add(TalentPart(talent), talent, slot, seal);
    }

    private void RemoveJobLocked(Guid id)
    {
        if (!_jobs.Remove(id, out var old)) return;
        if (_jobGroups.TryGetValue(JobKey(old), out var group)) group.Parts[JobPart(old)]?.Remove(old);
    }

    private void RemoveTalentLocked(Guid id)
    {
        if (!_talents.Remove(id, out var old)) return;
        foreach (var key in TalentKeys(old))
            if (_talentGroups.TryGetValue(key, out var group)) group.Parts[TalentPart(old)]?.Remove(old);
    }

    private static Group<T, TSlot, TBlock> GroupOf<T, TSlot, TBlock>(Dictionary<long, Group<T, TSlot, TBlock>> groups, long key, int parts)
        where T : class where TSlot : struct, IRowSlot<TSlot, TBlock> where TBlock : struct
    {
        if (!groups.TryGetValue(key, out var group)) groups[key] = group = new Group<T, TSlot, TBlock>(key, parts);
        return group;
    }

    /// <summary>The rows of one group, split into parts (see <see cref="JobParts"/>).</summary>
    private sealed class Group<T, TSlot, TBlock>(long key, int parts) where T : class where TSlot : struct, IRowSlot<TSlot, TBlock> where TBlock : struct
    {
        public readonly Part<T, TSlot, TBlock>?[] Parts = new Part<T, TSlot, TBlock>?[parts];

        /// <summary>The occupations of the group's rows, kept through removals (a bound stays a bound); jobs' groups only.</summary>
        public readonly OccupationSummary Occupations = new();

        public void Add(int part, T item, TSlot slot, bool seal) => (Parts[part] ??= new(key)).Add(item, slot, seal);

        public void Seal()
        {
            foreach (var part in Parts) part?.Seal();
        }
    }

    /// <summary>
    /// The rows of one part: the objects, and beside them in one array the compact slots a scan reads, so that scanning a
    /// hundred thousand rows walks memory in order rather than following a pointer a row. The first <see cref="Sorted"/>
    /// rows are in the order of their slots' key (alike rows together) with a bound for each <see cref="BlockSize"/> of
    /// them, so that a query skips a block that cannot beat its 20th best without reading its rows. Rows added later
    /// are a tail read row by row; a row removed from the sorted rows leaves a hole (a block's bound stays a bound), and
    /// the part is sorted again once the tail or the holes pass a quarter of it.
    /// </summary>
    private sealed class Part<T, TSlot, TBlock>(long groupKey) where T : class where TSlot : struct, IRowSlot<TSlot, TBlock> where TBlock : struct
    {
        public const int BlockSize = 32;
        private const int SmallestTail = 256;

        public T?[] Items = new T?[4];
        public TSlot[] Slots = new TSlot[4];
        public int Count;
        public int Sorted;
        public TBlock[] Blocks = [];
        private int _holes;

        public void Add(T item, TSlot slot, bool seal)
        {
            if (Count == Items.Length)
            {
                Array.Resize(ref Items, Count * 2);
                Array.Resize(ref Slots, Count * 2);
            }
            Items[Count] = item;
            Slots[Count] = slot;
            Count++;
            if (seal && Count - Sorted > Math.Max(SmallestTail, Sorted / 4)) Seal();
        }

        public void Remove(T item)
        {
            var i = Array.IndexOf(Items, item, 0, Count);
            if (i < 0) return;
            if (i < Sorted)
            {
                Items[i] = null;
                if (++_holes > Math.Max(SmallestTail, Sorted / 4)) Seal();
                return;
            }
            Count--;
            Items[i] = Items[Count];
            Slots[i] = Slots[Count];
            Items[Count] = null;
        }

        /// <summary>Drops the holes, sorts every row by its key and bounds each block.</summary>
        public void Seal()
        {
            var n = 0;
            for (var i = 0; i < Count; i++)
                if (Items[i] is { } item)
                {
                    Items[n] = item;
                    Slots[n] = Slots[i];
                    n++;
                }
            var keys = new (long, long)[n];
            var order = new int[n];
            for (var i = 0; i < n; i++)
            {
                keys[i] = TSlot.SortKey(Slots[i]);
                order[i] = i;
            }
            Array.Sort(keys, order);
            // Room for an eighth more, so that the first row added after a sort does not double the arrays.
            var items = new T?[Math.Max(4, n + n / 8)];
            var slots = new TSlot[items.Length];
            for (var i = 0; i < n; i++)
            {
                items[i] = Items[order[i]];
                slots[i] = Slots[order[i]];
            }
            var blocks = new TBlock[(n + BlockSize - 1) / BlockSize];
            for (var b = 0; b < blocks.Length; b++)
                blocks[b] = TSlot.Summarize(slots.AsSpan(b * BlockSize, Math.Min(BlockSize, n - b * BlockSize)), groupKey);
            (Items, Slots, Blocks, Count, Sorted, _holes) = (items, slots, blocks, n, n, 0);
        }

        /// <summary>The rows of block <paramref name="b"/>, or of the unsorted tail when <paramref name="b"/> is
        /// <see cref="Blocks"/>' length.</summary>
        public (int From, int To) Rows(int b) =>
            b < Blocks.Length ? (b * BlockSize, Math.Min((b + 1) * BlockSize, Sorted)) : (Sorted, Count);
    }

    private T Read<T>(Func<T> read)
    {
        _lock.EnterReadLock();
        try { return read(); }
        finally { _lock.ExitReadLock(); }
    }

    private void Write(Action write)
    {
        _lock.EnterWriteLock();
        try { write(); }
        finally { _lock.ExitWriteLock(); }
    }
}

/// <summary>A row's compact slot that a part sorts by <see cref="SortKey"/> and bounds by the block
/// (<see cref="Summarize"/>).</summary>
internal interface IRowSlot<TSlot, TBlock> where TSlot : struct, IRowSlot<TSlot, TBlock> where TBlock : struct
{
    static abstract (long, long) SortKey(in TSlot slot);

    /// <param name="groupKey">The key of the group the rows are in (<see cref="MatchIndex.JobKey"/>, <c>TalentKeys</c>).</param>
    static abstract TBlock Summarize(ReadOnlySpan<TSlot> slots, long groupKey);
}

/// <summary>The k best seen so far, in a min-heap whose root is the score to beat. Shared by a query's two workers, it
/// takes a lock for the few rows that get this far and keeps the score to beat where both read it without one.</summary>
internal sealed class TopK<T>(int k, bool shared = false)
{
    private readonly PriorityQueue<(T Item, float Score), (float, Guid)> _heap = new(k + 1, new Lowest());
    private readonly Lock? _gate = shared ? new Lock() : null;
    private float _beat = float.MinValue;

    public bool IsFull => _heap.Count >= k;

    /// <summary>The score to beat: a bound below it cannot get in (float.MinValue while anything can).</summary>
    public float Beat => Volatile.Read(ref _beat);

    /// <summary>Whether an item scoring at most <paramref name="best"/> could still get in: above the root, or equal to
    /// it with a smaller id (shared: equal to it).</summary>
    public bool MightTake(float best, Guid id)
    {
        if (k <= 0 || best < Beat) return false;
        // Shared, the answer may be yes where the ids would say no: the offer decides, under the lock.
        if (_gate is not null || _heap.Count < k) return true;
        _heap.TryPeek(out _, out var low);
        return best > low.Item1 || (best == low.Item1 && id.CompareTo(low.Item2) < 0);
    }

    /// <summary>Offers an item; with <paramref name="once"/>, not when an item of its id is among the k already (a talent
    /// met again in another wished city's group has the same score there).</summary>
    public void Offer(T item, float score, Guid id, bool once = false)
    {
        if (k <= 0) return;
        if (_gate is null) OfferLocked(item, score, id, once);
        else lock (_gate) OfferLocked(item, score, id, once);
    }

    private void OfferLocked(T item, float score, Guid id, bool once)
    {
        if (once)
            foreach (var (_, priority) in _heap.UnorderedItems)
                if (priority.Item2 == id) return;
        if (_heap.Count < k) _heap.Enqueue((item, score), (score, id));
        else
        {
            _heap.TryPeek(out _, out var low);
            if (score > low.Item1 || (score == low.Item1 && id.CompareTo(low.Item2) < 0))
                _heap.DequeueEnqueue((item, score), (score, id));
        }
        if (IsFull && _heap.TryPeek(out _, out var root)) Volatile.Write(ref _beat, root.Item1);
    }

    public IReadOnlyList<Scored<T>> Sorted()
    {
        var items = new (Scored<T> Scored, Guid Id)[_heap.Count];
        var n = 0;
        foreach (var (element, priority) in _heap.UnorderedItems) items[n++] = (new Scored<T>(element.Item, element.Score), priority.Item2);
        Array.Sort(items, static (a, b) => a.Scored.Score != b.Scored.Score ? b.Scored.Score.CompareTo(a.Scored.Score) : a.Id.CompareTo(b.Id));
        var sorted = new Scored<T>[n];
        for (var i = 0; i < n; i++) sorted[i] = items[i].Scored;
        return sorted;
    }

    /// <summary>Lowest score at the root; among equal scores the greatest id, so that ties keep the smallest ids.</summary>
    private sealed class Lowest : IComparer<(float, Guid)>
    {
        public int Compare((float, Guid) x, (float, Guid) y)
        {
            var c = x.Item1.CompareTo(y.Item1);
            return c != 0 ? c : y.Item2.CompareTo(x.Item2);
        }
    }
}

/// <summary>
/// The occupations of a group's rows at the three levels of the classification, for a bound on the occupation aspect of any
/// of them: the codes themselves, their 中类 as bits, their 大类 as bits, and whether a row names none (0).
/// </summary>
internal sealed class OccupationSummary
{
    private readonly HashSet<int> _codes = [];
    private readonly ulong[] _middles = new ulong[(MiddleCount + 63) / 64];
    private int _majors;
    private bool _none;

    // 中类 numbers run to 899 ("8-99"), 大类 to 8.
    private const int MiddleCount = 900;

    public void Add(int occupation)
    {
        if (occupation <= 0) { _none = true; return; }
        if (!_codes.Add(occupation)) return;
        var middle = occupation / 100;
        if (middle < MiddleCount) _middles[middle >> 6] |= 1UL << (middle & 63);
        _majors |= 1 << Math.Min(occupation / 10000, 30);
    }

    /// <summary>The most <see cref="FitScorer.OccupationFit(TalentFeatures, JobFeatures)"/> gives between any row here and
    /// <paramref name="other"/>: the wanted positions of a talent asking for jobs, or the occupation of a job asking for
    /// talents (empty: none named, which is open to all).</summary>
    public float Bound(FitScorer scorer, ReadOnlySpan<int> other)
    {
        var w = scorer.Weights;
        if (other.Length == 0) return w.OccupationOpen;
        var best = _none ? w.OccupationOpen : 0f;
        var elsewhere = Math.Max(1f, w.PositionElsewhere);
        foreach (var code in other)
        {
            var middle = code / 100;
            var fit = _codes.Contains(code) ? 1f
                : middle < MiddleCount && (_middles[middle >> 6] & (1UL << (middle & 63))) != 0 ? Math.Max(w.OccupationWithin, w.SameOccupationMiddle)
                : (_majors & (1 << Math.Min(code / 10000, 30))) != 0 ? w.SameOccupationGroup
                : 0f;
            best = Math.Max(best, fit * elsewhere);
        }
        return best;
    }
}
