namespace Graph.Store;

/// <summary>A curation command named an entity id the store does not hold.</summary>
public sealed class EntityNotFoundException(string entityId)
    : Exception($"no entity with id '{entityId}'")
{
    public string EntityId { get; } = entityId;
}
