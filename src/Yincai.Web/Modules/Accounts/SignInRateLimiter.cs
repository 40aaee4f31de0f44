using System.Threading.RateLimiting;

namespace Yincai.Modules.Accounts;

/// <summary>
/// Sign-in posts against two limits at once, per client address and per user name, all or nothing: a post refused by one
/// limit uses up nothing of the other (a chained limiter would count it, and the rate-limiting middleware asks twice), so
/// an attacker hammering one account does not also use up the address his colleagues behind the same NAT sign in from.
/// </summary>
public sealed class SignInRateLimiter(params PartitionedRateLimiter<HttpContext>[] limits) : PartitionedRateLimiter<HttpContext>
{
    public override RateLimiterStatistics? GetStatistics(HttpContext resource) => null;

    protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount)
    {
        var leases = new RateLimitLease?[limits.Length];
        // First the limits that say they have no room: a refusal there touches no other limit, and carries Retry-After.
        for (var i = 0; i < limits.Length; i++)
        {
            if (limits[i].GetStatistics(resource) is { } statistics && statistics.CurrentAvailablePermits < permitCount
                && Acquire(i) is { } refused)
                return refused;
        }
        for (var i = 0; i < limits.Length; i++)
        {
            if (leases[i] is null && Acquire(i) is { } refused)
                return refused; // another request took the last permit meanwhile
        }
        return new Leases([.. leases.OfType<RateLimitLease>()]);

        RateLimitLease? Acquire(int index)
        {
            var lease = limits[index].AttemptAcquire(resource, permitCount);
            if (lease.IsAcquired)
            {
                leases[index] = lease;
                return null;
            }
            foreach (var held in leases) held?.Dispose();
            return lease;
        }
    }

    // No queue: waiting is asking again, which consumes nothing when refused.
    protected override ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(resource, permitCount));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            foreach (var limit in limits) limit.Dispose();
        base.Dispose(disposing);
    }

    private sealed class Leases(List<RateLimitLease> leases) : RateLimitLease
    {
        public override bool IsAcquired => true;
        public override IEnumerable<string> MetadataNames => [];
        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) leases.ForEach(l => l.Dispose());
            base.Dispose(disposing);
        }
    }
}
