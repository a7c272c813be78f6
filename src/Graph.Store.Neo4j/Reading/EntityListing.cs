using System.Text;
using Graph.Core.Model;
using Graph.Core.Ontology;
using Graph.Store.Neo4j.Cypher;
using Graph.Store.Neo4j.Http;

namespace Graph.Store.Neo4j.Reading;

/// <summary>
/// Entities by name or most mentioned first, paged by keyset. Each entity carries its sort keys (<c>nameOrder</c>,
/// <c>mentionOrder</c>: the type, U+0001, then a text whose ordinal order is the listing's order), kept by
/// writes/set-entity-order. Without a search a page is one index walk per entity type from the cursor; with one, the
/// full-text matches are sorted by the same keys. The cursor is the last item's key without its type prefix.
/// </summary>
internal sealed class EntityListing(QueryApiClient client, Neo4jStatements cypher, GraphOntology ontology)
{
    /// <summary>Separates the type from the rest of a key; the next code point bounds one type's keys from above.</summary>
    private const char TypeSeparator = '\u0001';

    private const string CursorTag = "neo4j-entities-";

    public async Task<Page<Entity>> ListAsync(EntityListQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var after = DecodeCursor(query.After, query.Order);
        var limit = Math.Max(0, query.First) + 1;
        QueryRecord row;
        if (query.Search is null)
        {
            IReadOnlyList<string> types = query.Types.Count > 0
                ? [.. query.Types.Distinct(StringComparer.Ordinal)]
                : [.. ontology.EntityTypes.Select(t => t.Name)];
            var ranges = types.Select(t => Parameters.Of(("from", t + TypeSeparator + after), ("to", t + (char)(TypeSeparator + 1)))).ToList();
            var statement = query.Order == EntityOrder.Name ? cypher.ListEntitiesByName : cypher.ListEntitiesByMentions;
            row = (await client.RunAsync(statement, Parameters.Of(("ranges", ranges), ("types", types), ("limit", limit)), ct).ConfigureAwait(false)).Single();
        }
        else
        {
            if (GraphReads.LuceneQuery(query.Search) is not { } lucene)
            {
                return new Page<Entity>([], 0, null, false);
            }

            row = (await client.RunAsync(cypher.SearchEntitiesOrdered, Parameters.Of(
                ("query", lucene), ("types", query.Types.ToList()), ("order", query.Order == EntityOrder.Name ? "NAME" : "MENTIONS"),
                ("after", after), ("limit", limit)), ct).ConfigureAwait(false)).Single();
        }

        var fetched = row.GetRecords("page");
        var items = fetched.Take(limit - 1).ToList();
        var end = items.Count == 0 ? null : EncodeCursor(query.Order, items[^1].GetString("sortKey"));
        return new Page<Entity>([.. items.Select(Mapping.Entity)], row.GetInt32("total"), end, fetched.Count >= limit);
    }

    private static string EncodeCursor(EntityOrder order, string key) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(CursorTag + order + ":" + key));

    /// <summary>The key a cursor resumes after (null for none); an error naming the cursor when it is not one of ours for this order.</summary>
    private static string? DecodeCursor(string? cursor, EntityOrder order)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }

        var tag = CursorTag + order + ":";
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(tag, StringComparison.Ordinal) && text.Length > tag.Length)
            {
                return text[tag.Length..];
            }

            if (text.StartsWith(CursorTag, StringComparison.Ordinal))
            {
                throw new ArgumentException($"'{cursor}' is a cursor of another entity order; start again without it", "after");
            }
        }
        catch (FormatException)
        {
        }

        throw new ArgumentException($"'{cursor}' is not a cursor this store gave out", "after");
    }
}
