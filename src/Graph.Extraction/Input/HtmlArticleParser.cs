using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Graph.Extraction.Input;

/// <summary>
/// HTML articles: metadata from og:/article: meta tags, the canonical link and the title; the body from the
/// page's main text — an &lt;article&gt;, else &lt;main&gt;, else the element with the most paragraph text — with
/// navigation, scripts, styles, forms, asides and boilerplate blocks (share bars, cookie notices, related links) dropped.
/// </summary>
public static partial class HtmlArticleParser
{
    private static readonly string[] DroppedTags =
    [
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe", "svg",
        "canvas", "button", "select", "input", "textarea", "figure", "figcaption", "video", "audio", "object", "embed",
        "menu", "dialog",
    ];

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table",
        "tr", "h1", "h2", "h3", "h4", "h5", "h6", "br", "hr", "address", "center",
    };

    /// <summary>Class or id words of blocks that are page furniture, not article text.</summary>
    [GeneratedRegex(@"(^|[\s_-])(nav|navbar|menu|footer|header|masthead|sidebar|share|sharing|social|related|comments?|cookies?|consent|advert|advertisement|ads?|promo|newsletter|subscribe|subscription|breadcrumbs?|popup|modal|banner|skip|byline-share|recommended|most-read|trending|paywall)($|[\s_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BoilerplateName();

    public static ArticleContent Parse(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var fields = new MetadataLines.Fields
        {
            Title = Meta(document, "og:title") ?? Meta(document, "twitter:title"),
            Url = Meta(document, "og:url") ?? document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"),
            Source = Meta(document, "og:site_name"),
            PublishedAt = DateValues.Parse(
                Meta(document, "article:published_time") ?? Meta(document, "datePublished") ?? Meta(document, "date")
                ?? Meta(document, "pubdate") ?? Meta(document, "dc.date") ?? Meta(document, "parsely-pub-date")),
        };

        RemoveBoilerplate(document);
        var main = MainContent(document);
        var h1 = main?.QuerySelector("h1")?.TextContent.Trim() ?? document.QuerySelector("h1")?.TextContent.Trim();
        fields.Title ??= NonEmpty(h1) ?? NonEmpty(document.Title?.Trim());
        fields.PublishedAt ??= DateValues.Parse(main?.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        var paragraphs = main is null ? [] : BlockText(main);

        // The headline is metadata; repeated as the body's first line it would be read as a sentence twice.
        if (paragraphs.Count > 0 && fields.Title is not null && string.Equals(paragraphs[0], Collapse(fields.Title), StringComparison.Ordinal))
        {
            paragraphs.RemoveAt(0);
        }

        return fields.ToContent(string.Join("\n\n", paragraphs));
    }

    private static string? Meta(IDocument document, string name)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return NonEmpty(meta.GetAttribute("content")?.Trim());
            }
        }

        return null;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static void RemoveBoilerplate(IDocument document)
    {
        var doomed = document.QuerySelectorAll(string.Join(",", DroppedTags))
            .Concat(document.QuerySelectorAll("[hidden],[aria-hidden=true],[role=navigation],[role=banner],[role=contentinfo],[role=complementary],[role=search]"))
            .Concat(document.All.Where(IsBoilerplateBlock))
            .ToList();
        foreach (var element in doomed)
        {
            element.Remove();
        }
    }

    private static bool IsBoilerplateBlock(IElement element)
    {
        if (element.LocalName is "html" or "body" or "main" or "article" or "p" or "h1")
        {
            return false;
        }

        var names = $"{element.ClassName} {element.Id}";
        return names.Length > 1 && BoilerplateName().IsMatch(names);
    }

    /// <summary>The element holding the article's text.</summary>
    private static IElement? MainContent(IDocument document)
    {
        var article = document.QuerySelectorAll("article")
            .OrderByDescending(ParagraphTextLength)
            .FirstOrDefault();
        if (article is not null && ParagraphTextLength(article) > 0)
        {
            return article;
        }

        var main = document.QuerySelector("main") ?? document.QuerySelector("[role=main]");
        if (main is not null && ParagraphTextLength(main) > 0)
        {
            return main;
        }

        return DensestElement(document) ?? document.Body;
    }

    /// <summary>
    /// The element whose paragraphs carry the most text (each paragraph counting fully for its parent and half for
    /// its grandparent, so that a wrapper of wrappers does not win over the real container).
    /// </summary>
    private static IElement? DensestElement(IDocument document)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var paragraph in document.QuerySelectorAll("p, pre, blockquote"))
        {
            var length = Collapse(paragraph.TextContent).Length;
            if (length < 25)
            {
                continue;
            }

            if (paragraph.ParentElement is { } parent)
            {
                scores[parent] = scores.GetValueOrDefault(parent) + length;
                if (parent.ParentElement is { } grand)
                {
                    scores[grand] = scores.GetValueOrDefault(grand) + (length / 2.0);
                }
            }
        }

        return scores.Count == 0 ? null : scores.MaxBy(s => s.Value).Key;
    }

    private static int ParagraphTextLength(IElement element) =>
        element.QuerySelectorAll("p").Sum(p => Collapse(p.TextContent).Length);

    /// <summary>The text of <paramref name="root"/> as paragraphs: block elements break, inline elements flow.</summary>
    private static List<string> BlockText(IElement root)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        Walk(root);
        Flush();
        return paragraphs;

        void Walk(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IText text)
                {
                    current.Append(text.Data);
                }
                else if (child is IElement element)
                {
                    var block = BlockTags.Contains(element.LocalName);
                    if (block)
                    {
                        Flush();
                    }

                    if (element.LocalName is "td" or "th")
                    {
                        current.Append(' ');
                    }

                    Walk(element);
                    if (block)
                    {
                        Flush();
                    }
                }
            }
        }

        void Flush()
        {
            var text = Collapse(current.ToString());
            if (text.Length > 0)
            {
                paragraphs.Add(text);
            }

            current.Clear();
        }
    }

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        Paragraphs.AppendCollapsed(builder, text);
        return builder.ToString().Trim();
    }
}
