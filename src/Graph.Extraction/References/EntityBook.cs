using Graph.Core.Names;
using Graph.Extraction.Entities;

namespace Graph.Extraction.References;

/// <summary>
/// The article's entities while reference resolution works on them: mentions may be added (pronouns,
/// descriptions), moved (a capital standing for its country) or given a new entity (a country named only
/// through its capital). Finish() hands back the entities, each named as before.
/// </summary>
internal sealed class EntityBook
{
    private readonly List<Entry> entries;

    public EntityBook(IEnumerable<DocumentEntity> entities)
    {
        entries = [.. entities.Select(e => new Entry(e.Name, e.Type, [.. e.Mentions]))];
    }

    public IEnumerable<(string Name, string Type, IReadOnlyList<Mention> Mentions)> Entities =>
        entries.Select(e => (e.Name, e.Type, (IReadOnlyList<Mention>)e.Mentions));

    /// <summary>The entity called <paramref name="name"/> (by name or by any of its mentions' forms), or null.</summary>
    public string? Find(string name, string type)
    {
        var key = NameKey.Of(name);
        return entries.FirstOrDefault(e => e.Type == type && (NameKey.Of(e.Name) == key || e.Mentions.Any(m => m.Kind != MentionKind.Pronoun && NameKey.Of(m.Text) == key)))?.Name;
    }

    /// <summary>The entity called <paramref name="name"/>, created when the article has none.</summary>
    public string FindOrCreate(string name, string type)
    {
        var found = Find(name, type);
        if (found is not null)
        {
            return found;
        }

        entries.Add(new Entry(name, type, []));
        return name;
    }

    public void AddMention(string entity, Mention mention) => entries.First(e => e.Name == entity).Mentions.Add(mention);

    public void MoveMention(string from, string to, Mention mention)
    {
        entries.First(e => e.Name == from).Mentions.Remove(mention);
        AddMention(to, mention);
    }

    public IReadOnlyList<DocumentEntity> Finish() =>
        [.. entries.Where(e => e.Mentions.Count > 0).Select(e =>
        {
            var mentions = e.Mentions.OrderBy(m => m.SentenceIndex).ThenBy(m => m.StartToken).ToList();
            return new DocumentEntity(e.Name, e.Type, DocumentEntity.AliasesOf(e.Name, mentions), mentions);
        })];

    private sealed record Entry(string Name, string Type, List<Mention> Mentions);
}
