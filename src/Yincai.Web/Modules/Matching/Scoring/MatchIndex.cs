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
public sealed class MatchIndex
{
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly Dictionary<Guid, JobFeatures> _jobs = [];
    private readonly Dictionary<long, List<JobFeatures>> _jobGroups = [];
    private readonly Dictionary<Guid, TalentFeatures> _talents = [];
    private readonly Dictionary<long, List<TalentFeatures>> _talentGroups = [];
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
        _jobs[job.Id] = job;
        GroupOf(_jobGroups, JobKey(job)).Add(job);
    });

    public void RemoveJob(Guid id) => Write(() => RemoveJobLocked(id));

    public void PutTalent(TalentFeatures talent) => Write(() =>
    {
        RemoveTalentLocked(talent.Id);
        _talents[talent.Id] = talent;
        foreach (var key in TalentKeys(talent)) GroupOf(_talentGroups, key).Add(talent);
    });

    public void RemoveTalent(Guid id) => Write(() => RemoveTalentLocked(id));

    public void PutDemand(ProjectFeatures demand) => Write(() => _demands[demand.Id] = demand);
    public void RemoveDemand(Guid id) => Write(() => _demands.Remove(id));
    public void PutProject(ProjectFeatures project) => Write(() => _projects[project.Id] = project);
    public void RemoveProject(Guid id) => Write(() => _projects.Remove(id));

    /// <summary>Replaces everything at once (the build at start).</summary>
    public void Load(IEnumerable<JobFeatures> jobs, IEnumerable<TalentFeatures> talents, IEnumerable<ProjectFeatures> demands,
        IEnumerable<ProjectFeatures> projects) => Write(() =>
    {
        _jobs.Clear(); _jobGroups.Clear(); _talents.Clear(); _talentGroups.Clear(); _demands.Clear(); _projects.Clear();
        foreach (var job in jobs)
        {
            _jobs[job.Id] = job;
            GroupOf(_jobGroups, JobKey(job)).Add(job);
        }
        foreach (var talent in talents)
        {
            _talents[talent.Id] = talent;
            foreach (var key in TalentKeys(talent)) GroupOf(_talentGroups, key).Add(talent);
        }
        foreach (var d in demands) _demands[d.Id] = d;
        foreach (var p in projects) _projects[p.Id] = p;
    });

    /// <summary>The best jobs for a talent, best first (ties by id).</summary>
    public IReadOnlyList<Scored<JobFeatures>> JobsFor(TalentFeatures talent, FitScorer scorer, int take)
    {
        _lock.EnterReadLock();
        try
        {
            var groups = new List<(float Bound, List<JobFeatures> Jobs)>(_jobGroups.Count);
            foreach (var (key, jobs) in _jobGroups)
                groups.Add((scorer.JobBucketBound(talent, (int)(key / 100), (int)(key % 100)), jobs));
            groups.Sort((a, b) => b.Bound.CompareTo(a.Bound));
            var top = new TopK<JobFeatures>(take);
            var skills = scorer.Weights.Skills;
            foreach (var (bound, jobs) in groups)
            {
                // An equal bound may still hold an equal score with a smaller id, which ranks higher.
                if (top.IsFull && bound < top.Threshold) break;
                foreach (var job in jobs)
                {
                    // Where the bound only equals the score to beat, just smaller ids can get in; skip the rest unscored.
                    if (!top.MightTake(bound, job.Id)) continue;
                    var partial = scorer.Partial(talent, job);
                    if (!top.MightTake(partial + skills, job.Id)) continue;
                    top.Offer(job, partial + skills * TextGrams.Coverage(talent.Grams, job.Grams), job.Id);
                }
            }
            return top.Sorted(j => j.Id);
        }
        finally { _lock.ExitReadLock(); }
    }

    /// <summary>The best talents for a job among those in <paramref name="scopePrefix"/> (household region or native
    /// place; null: everyone), best first.</summary>
    public IReadOnlyList<Scored<TalentFeatures>> TalentsFor(JobFeatures job, FitScorer scorer, int take, string? scopePrefix)
    {
        _lock.EnterReadLock();
        try
        {
            var groups = new List<(float Bound, List<TalentFeatures> Talents)>(_talentGroups.Count);
            foreach (var (key, talents) in _talentGroups)
                groups.Add((scorer.TalentBucketBound(job, (int)(key / 10000), (int)(key % 10000)), talents));
            groups.Sort((a, b) => b.Bound.CompareTo(a.Bound));
            var top = new TopK<TalentFeatures>(take);
            HashSet<Guid>? seen = null;
            var skills = scorer.Weights.Skills;
            foreach (var (bound, talents) in groups)
            {
                // An equal bound may still hold an equal score with a smaller id, which ranks higher.
                if (top.IsFull && bound < top.Threshold) break;
                foreach (var talent in talents)
                {
                    if (!top.MightTake(bound, talent.Id) || !talent.InScope(scopePrefix)) continue;
                    if (talent.Regions.Length > 1 && !(seen ??= []).Add(talent.Id)) continue;
                    var partial = scorer.Partial(talent, job);
                    if (!top.MightTake(partial + skills, talent.Id)) continue;
                    top.Offer(talent, partial + skills * TextGrams.Coverage(talent.Grams, job.Grams), talent.Id);
                }
            }
            return top.Sorted(t => t.Id);
        }
        finally { _lock.ExitReadLock(); }
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
            return top.Sorted(p => p.Id);
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

    private void RemoveJobLocked(Guid id)
    {
        if (!_jobs.Remove(id, out var old)) return;
        if (_jobGroups.TryGetValue(JobKey(old), out var group)) SwapRemove(group, old);
    }

    private void RemoveTalentLocked(Guid id)
    {
        if (!_talents.Remove(id, out var old)) return;
        foreach (var key in TalentKeys(old))
            if (_talentGroups.TryGetValue(key, out var group)) SwapRemove(group, old);
    }

    private static void SwapRemove<T>(List<T> list, T item) where T : class
    {
        var i = list.IndexOf(item);
        if (i < 0) return;
        list[i] = list[^1];
        list.RemoveAt(list.Count - 1);
    }

    private static List<T> GroupOf<T>(Dictionary<long, List<T>> groups, long key)
    {
        if (!groups.TryGetValue(key, out var list)) groups[key] = list = [];
        return list;
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

/// <summary>The k best seen so far, in a min-heap whose root is the score to beat.</summary>
internal sealed class TopK<T>(int k)
{
    private readonly PriorityQueue<(T Item, float Score), (float, Guid)> _heap = new(k + 1, new Lowest());

    public bool IsFull => _heap.Count >= k;

    public float Threshold => _heap.TryPeek(out _, out var p) ? p.Item1 : float.MinValue;

    /// <summary>Whether an item scoring at most <paramref name="best"/> could still get in: above the root, or equal to
    /// it with a smaller id.</summary>
    public bool MightTake(float best, Guid id)
    {
        if (k <= 0) return false;
        if (_heap.Count < k) return true;
        _heap.TryPeek(out _, out var low);
        return best > low.Item1 || (best == low.Item1 && id.CompareTo(low.Item2) < 0);
    }

    public void Offer(T item, float score, Guid id)
    {
        if (k <= 0) return;
        if (_heap.Count < k) { _heap.Enqueue((item, score), (score, id)); return; }
        _heap.TryPeek(out _, out var low);
        if (score > low.Item1 || (score == low.Item1 && id.CompareTo(low.Item2) < 0))
            _heap.DequeueEnqueue((item, score), (score, id));
    }

    public IReadOnlyList<Scored<T>> Sorted(Func<T, Guid> id) =>
        _heap.UnorderedItems.Select(e => new Scored<T>(e.Element.Item, e.Element.Score))
            .OrderByDescending(s => s.Score).ThenBy(s => id(s.Item)).ToList();

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
