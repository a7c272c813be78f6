using System.Text;
using Graph.Core.Model;

namespace Graph.Store.Tests.Support;

/// <summary>
/// Builds an article's facts for tests: <c>Article("a1", day: 3).Entity("Vladimir Putin", "PERSON", "Putin").Says(...)</c>.
/// The content hash is computed from the facts themselves, so a changed article gets a changed hash.
/// </summary>
public sealed class ArticleBuilder
{
    private static readonly DateTimeOffset Epoch = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly string id;
    private readonly DateTimeOffset? published;
    private readonly List<ArticleEntity> entities = [];
    private readonly List<Statement> statements = [];
    private string? title;

    private ArticleBuilder(string id, DateTimeOffset? published)
    {
        this.id = id;
        this.published = published;
    }

    /// <summary>An article published on day <paramref name="day"/> of 2024 (null: no published date).</summary>
    public static ArticleBuilder Article(string id, int? day = 1) => new(id, day is null ? null : Day(day.Value));

    public static DateTimeOffset Day(int day) => Epoch.AddDays(day);

    public ArticleBuilder Titled(string text)
    {
        title = text;
        return this;
    }

    public ArticleBuilder Entity(string name, string type, params string[] aliases)
    {
        entities.Add(new ArticleEntity(name, type, aliases));
        return this;
    }

    public ArticleBuilder Says(string subject, string relation, string @object, double confidence = 0.9, bool negated = false, string? sentence = null)
    {
        var index = statements.Count;
        statements.Add(new Statement(id, subject, relation, @object, sentence ?? $"{subject} {relation} {@object} ({id}, {index}).", confidence, negated)
        {
            SentenceIndex = index,
            SentenceSpan = TextSpan.Of(index * 100, 50),
            SubjectSpan = TextSpan.Of(index * 100, 5),
            ObjectSpan = TextSpan.Of((index * 100) + 20, 5),
        });
        return this;
    }

    public ArticleFacts Build()
    {
        var text = new StringBuilder(id).Append('|').Append(title).Append('|').Append(published?.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        foreach (var e in entities)
        {
            text.Append("|E:").Append(e.Name).Append(':').Append(e.Type).Append(':').AppendJoin(',', e.Aliases);
        }

        foreach (var s in statements)
        {
            text.Append("|S:").Append(s.Subject).Append(':').Append(s.Relation).Append(':').Append(s.Object).Append(':')
                .Append(s.Confidence.ToString("R", System.Globalization.CultureInfo.InvariantCulture)).Append(':').Append(s.Negated).Append(':').Append(s.Sentence);
        }

        var article = new Article(id, ContentHash.Of(text.ToString()), $"https://news.example/{id}", title ?? $"Article {id}", "test", published);
        return new ArticleFacts(article, [.. entities], [.. statements]);
    }

    public static implicit operator ArticleFacts(ArticleBuilder builder) => builder.Build();
}
