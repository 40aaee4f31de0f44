namespace Yincai.Platform;

/// <summary>
/// Data a module needs in every database (divisions and calendar, roles), loaded at each start after the
/// migrations, in <see cref="Order"/>. Idempotent: adds what is missing.
/// </summary>
public interface IReferenceData
{
    int Order { get; }

    Task LoadAsync(CancellationToken cancellationToken);
}
