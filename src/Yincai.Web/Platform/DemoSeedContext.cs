namespace Yincai.Platform;

/// <summary>What one run of the demo seeders hands on from one module's seeder to the next, and what they created.</summary>
public sealed class DemoSeedContext
{
    private readonly Dictionary<string, Guid> _accounts = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, object> _shared = [];
    private readonly List<string> _created = [];

    /// <summary>A demo sign-in account, new or found, by user name (Accounts' seeder runs first and adds them all).</summary>
    public void AddAccount(string userName, Guid userId) => _accounts[userName] = userId;

    public Guid? FindAccount(string userName) => _accounts.TryGetValue(userName, out var id) ? id : null;

    public Guid Account(string userName) =>
        FindAccount(userName) ?? throw new InvalidOperationException($"The demo account {userName} is missing.");

    /// <summary>Hands a module's contract values on to later seeders (the demo employers, to the jobs' seeder).</summary>
    public void Share<T>(T value) where T : class => _shared[typeof(T)] = value;

    public T Shared<T>() where T : class =>
        _shared.TryGetValue(typeof(T), out var value) ? (T)value
            : throw new InvalidOperationException($"No demo seeder before this one shared a {typeof(T).Name}.");

    /// <summary>Counts for the log line at the end ("8 accounts").</summary>
    public void Created(int count, string what) => _created.Add($"{count} {what}");

    public IReadOnlyList<string> CreatedCounts => _created;
}
