using Graph.Core.Model;
using Graph.Core.Names;

namespace Graph.Extraction.Entities;

/// <summary>
/// One entity of one article: every mention of it, the canonical <see cref="Name"/> (the fullest form the article
/// uses: "Vladimir Putin" for "Putin") and the other surface forms as <see cref="Aliases"/>. Pronoun mentions are
/// kept as mentions but are never aliases (GUIDELINES: pronouns are resolved, not listed).
/// </summary>
public sealed class DocumentEntity
{
    public DocumentEntity(string name, string type, IReadOnlyList<string> aliases, IReadOnlyList<Mention> mentions)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        Name = name;
        Type = type;
        Aliases = aliases;
        Mentions = mentions;
    }

    public string Name { get; }

    /// <summary>One of <see cref="EntityTypes"/>.</summary>
    public string Type { get; }

    /// <summary>The other names the article uses for it, each once by <see cref="NameKey"/>, none equal to <see cref="Name"/>.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Every mention, in document order.</summary>
    public IReadOnlyList<Mention> Mentions { get; }

    public bool IsNamed => EntityTypes.IsNamed(Type);

    /// <summary>The entity as the domain model and the GUIDELINES jsonl carry it.</summary>
    public ArticleEntity ToArticleEntity() => new(Name, Type, Aliases);

    /// <summary>
    /// The same entity with more mentions (e.g. pronouns and titles found by reference resolution); the name is
    /// kept, aliases gain the new mentions' forms where they may be aliases.
    /// </summary>
    public DocumentEntity WithMentions(IEnumerable<Mention> more)
    {
        var mentions = Mentions.Concat(more)
            .OrderBy(m => m.SentenceIndex).ThenBy(m => m.StartToken)
            .ToList();
        return new DocumentEntity(Name, Type, AliasesOf(Name, mentions), mentions);
    }

    /// <summary>
    /// The distinct forms (by <see cref="NameKey"/>) of the mentions other than <paramref name="name"/>,
    /// titled forms ("Ministry spokesman Jan Novak") included, pronouns left out; in first-seen order.
    /// </summary>
    public static IReadOnlyList<string> AliasesOf(string name, IEnumerable<Mention> mentions)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { NameKey.Of(name) };
        var aliases = new List<string>();
        foreach (var mention in mentions)
        {
            if (mention.Kind == MentionKind.Pronoun)
            {
                continue;
            }

            AddAlias(mention.Text);
            if (mention.Title is not null)
            {
                AddAlias(mention.Title + " " + mention.Text);
            }
        }

        return aliases;

        void AddAlias(string form)
        {
            var key = NameKey.Of(form);
            if (key.Length > 0 && seen.Add(key))
            {
                aliases.Add(form);
            }
        }
    }

    public override string ToString() => $"{Type}:{Name} ({Mentions.Count} mentions)";
}
