namespace Graph.Core.Model;

/// <summary>
/// An entity as one article names it: the canonical name the article uses and the
/// aliases under which it appears there. The store resolves it to a graph-wide <see cref="Entity"/>.
/// </summary>
public sealed record ArticleEntity(string Name, string Type, IReadOnlyList<string> Aliases)
{
    public ArticleEntity(string name, string type)
        : this(name, type, Array.Empty<string>())
    {
    }

    /// <summary>The canonical name followed by every alias, each once (by <see cref="Names.NameKey"/>).</summary>
    public IEnumerable<string> AllNames()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in Aliases.Prepend(Name))
        {
            if (seen.Add(Names.NameKey.Of(name)))
            {
                yield return name;
            }
        }
    }
}
