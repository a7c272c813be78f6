using System.Text.Json;

namespace Graph.Extraction.Input;

/// <summary>JSON articles: one object {title, url, publishedAt, text} (source optional; "body" or "content" accepted for text).</summary>
public static class JsonArticleParser
{
    /// <exception cref="ArticleInputException">Not JSON, not an object, or no text field.</exception>
    public static ArticleContent Parse(string text, string fileName)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new ArticleInputException(fileName, $"is not valid JSON: {e.Message}", e);
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new ArticleInputException(fileName, $"JSON article must be an object {{title, url, publishedAt, text}}, not {root.ValueKind.ToString().ToLowerInvariant()}");
            }

            var body = String(root, fileName, "text") ?? String(root, fileName, "body") ?? String(root, fileName, "content")
                ?? throw new ArticleInputException(fileName, "JSON article has no \"text\" field");
            var date = String(root, fileName, "publishedAt") ?? String(root, fileName, "date");
            return new ArticleContent(
                Paragraphs.Join(Paragraphs.Lines(body)),
                String(root, fileName, "title"),
                String(root, fileName, "url"),
                String(root, fileName, "source"),
                DateValues.Parse(date));
        }
    }

    private static string? String(JsonElement root, string fileName, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new ArticleInputException(fileName, $"JSON field \"{name}\" must be a string, not {value.ValueKind.ToString().ToLowerInvariant()}");
    }
}
