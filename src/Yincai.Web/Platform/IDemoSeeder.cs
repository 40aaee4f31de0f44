namespace Yincai.Platform;

/// <summary>
/// A module's part of the demo data. Each module registers its own; <see cref="DemoData"/> runs them in
/// <see cref="Order"/> on an empty database (or on <c>seed-demo</c>). A seeder leaves alone what exists already,
/// so running it again changes nothing.
/// </summary>
public interface IDemoSeeder
{
    /// <summary>Lower runs first: the accounts before the records that name them, employers before their jobs.</summary>
    int Order { get; }

    Task SeedAsync(DemoSeedContext context, CancellationToken cancellationToken);
}
