namespace Yincai.Platform;

/// <summary>Thrown when a save would write a region-scoped record outside the current scope. Pages and
/// endpoints answer it with 404, as for a record that is not there.</summary>
public sealed class ScopeViolationException(string entityType, string entityId) :
    Exception($"A {entityType} outside the current region scope cannot be written.")
{
    public string EntityType { get; } = entityType;
    public string EntityId { get; } = entityId;
}
