using System.Text.Json;
using Graph.Store;

namespace Graph.Interchange;

/// <summary>
/// Writes the whole graph as JSON lines, one object a line with a <c>kind</c>: article (with <c>order</c>, its place in
/// the order of ingestion), entity, relation (aggregated, with support), statement (the evidence, with article, sentence
/// and offsets), mention (which entity an article names, under which names). <see cref="Reading.JsonlReader"/> reads it back.
/// </summary>
public static class JsonlExporter
{
    public static async Task WriteAsync(GraphSnapshot graph, Stream output, CancellationToken cancellationToken = default)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = false, SkipValidation = false });
        // One object a line: its kind, then the fields of that kind.
        async Task Lines<T>(string kind, IEnumerable<T> items, Action<Utf8JsonWriter, T> fields)
        {
            foreach (var item in items)
            {
                writer.WriteStartObject();
                writer.WriteString("kind", kind);
                fields(writer, item);
                writer.WriteEndObject();
                await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                output.WriteByte((byte)'\n');
                writer.Reset();
            }
        }

        var order = graph.IngestionOrder.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        await Lines("article", graph.Articles, (w, a) =>
        {
            w.WriteString("id", a.Id);
            WriteOptional(w, "url", a.Url);
            WriteOptional(w, "title", a.Title);
            WriteOptional(w, "source", a.Source);
            WriteOptional(w, "publishedAt", a.PublishedAt);
            w.WriteString("contentHash", a.ContentHash);
            WriteOptional(w, "ingestedAt", a.IngestedAt);
            if (order.TryGetValue(a.Id, out var place))
            {
                w.WriteNumber("order", place);
            }
        }).ConfigureAwait(false);

        await Lines("entity", graph.Entities, (w, e) =>
        {
            w.WriteString("id", e.Id);
            w.WriteString("type", e.Type);
            w.WriteString("name", e.Name);
            WriteStrings(w, "aliases", e.Aliases);
            w.WriteNumber("mentionCount", e.MentionCount);
        }).ConfigureAwait(false);

        await Lines("relation", graph.Relations, (w, r) =>
        {
            w.WriteString("id", r.Id);
            w.WriteString("subject", r.SubjectId);
            w.WriteString("relation", r.Type);
            w.WriteString("object", r.ObjectId);
            w.WriteNumber("support", r.Support);
            w.WriteNumber("confidence", r.Confidence);
            w.WriteString("firstSeen", r.FirstSeen);
            w.WriteString("lastSeen", r.LastSeen);
        }).ConfigureAwait(false);

        await Lines("statement", graph.Statements, (w, s) =>
        {
            var st = s.Statement;
            w.WriteString("id", s.Id);
            w.WriteString("article", st.ArticleId);
            w.WriteString("relationId", s.RelationId);
            w.WriteString("subjectId", s.SubjectId);
            w.WriteString("subject", st.Subject);
            w.WriteString("relation", st.Relation);
            w.WriteString("objectId", s.ObjectId);
            w.WriteString("object", st.Object);
            w.WriteBoolean("negated", st.Negated);
            w.WriteNumber("confidence", st.Confidence);
            w.WriteString("evidence", st.Sentence);
            w.WriteNumber("sentenceIndex", st.SentenceIndex);
            WriteSpan(w, "sentenceSpan", st.SentenceSpan);
            WriteSpan(w, "subjectSpan", st.SubjectSpan);
            WriteSpan(w, "objectSpan", st.ObjectSpan);
            w.WriteString("extractedAt", s.ExtractedAt);
        }).ConfigureAwait(false);

        await Lines("mention", graph.Mentions, (w, m) =>
        {
            w.WriteString("article", m.ArticleId);
            w.WriteString("entity", m.EntityId);
            w.WriteString("name", m.Name);
            WriteStrings(w, "aliases", m.Aliases);
        }).ConfigureAwait(false);
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteOptional(Utf8JsonWriter w, string name, DateTimeOffset? value)
    {
        if (value is { } v)
        {
            w.WriteString(name, v);
        }
    }

    private static void WriteSpan(Utf8JsonWriter w, string name, Core.Model.TextSpan? span)
    {
        if (span is { } s)
        {
            w.WriteStartArray(name);
            w.WriteNumberValue(s.Start);
            w.WriteNumberValue(s.End);
            w.WriteEndArray();
        }
    }
}
