using System.Globalization;
using Graph.Core.Model;

namespace Graph.Api.Tests.Support;

/// <summary>
/// Made-up facts for tests that need many entities matching one search: <paramref name="count"/> organisations named
/// "Zorvath …", six per article, each cooperating with the next one in its article.
/// </summary>
internal static class SyntheticFacts
{
    public const string SearchWord = "zorvath";

    public static IReadOnlyList<ArticleFacts> Organisations(int count)
    {
        var names = Enumerable.Range(0, count).Select(Name).ToList();
        var articles = new List<ArticleFacts>();
        for (var start = 0; start < count; start += 6)
        {
            var id = "synthetic-" + (start / 6).ToString("00", CultureInfo.InvariantCulture);
            var members = names.Skip(start).Take(6).ToList();
            var statements = members.Zip(members.Skip(1), (a, b) => new Statement(id, a, "COOPERATED", b, $"{a} worked with {b}.", 0.8)).ToList();
            var article = new Article(id, ContentHash.Of(id), Title: "Synthetic article " + id, PublishedAt: new DateTimeOffset(2024, 1, 1 + (start / 6), 0, 0, 0, TimeSpan.Zero));
            articles.Add(new ArticleFacts(article, [.. members.Select(m => new ArticleEntity(m, "ORGANIZATION"))], statements));
        }
        return articles;
    }

    /// <summary>"Zorvath Ab", "Zorvath Ac", …: distinct words, so no two names resolve to one entity.</summary>
    private static string Name(int i) => $"Zorvath {(char)('A' + (i / 26))}{(char)('a' + (i % 26))}x";
}
