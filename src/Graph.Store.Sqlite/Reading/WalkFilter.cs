namespace Graph.Store.Sqlite.Reading;

/// <summary>Which relations a walk may cross: types (none = all), minimum confidence, and a time window.</summary>
internal readonly record struct WalkFilter(IReadOnlyCollection<string> Types, double MinConfidence, DateTimeOffset? Since, DateTimeOffset? Until)
{
    /// <summary>Adds the conditions on <c>r</c> (the relation) to <paramref name="filter"/>.</summary>
    public void AddTo(SqlFilter filter) => RelationReader.Common(filter, Types, Since, Until, MinConfidence, 1);
}
