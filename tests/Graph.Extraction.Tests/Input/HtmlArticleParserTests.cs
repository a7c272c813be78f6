using Graph.Extraction.Input;

namespace Graph.Extraction.Tests.Input;

public class HtmlArticleParserTests
{
    [Fact]
    public void Article_text_is_kept_and_page_furniture_dropped()
    {
        const string html = """
            <!DOCTYPE html>
            <html><head>
              <title>Port deal signed | Example News</title>
              <meta property="og:title" content="Port deal signed">
              <meta property="og:url" content="https://example.org/port-deal">
              <meta property="og:site_name" content="Example News">
              <meta property="article:published_time" content="2024-02-10T08:00:00+01:00">
              <style>p { color: red }</style>
              <script>var tracking = "nonsense text";</script>
            </head><body>
              <nav><a href="/">Home</a> <a href="/world">World</a></nav>
              <header class="site-header">Example News — all the news</header>
              <div class="cookie-banner">We use cookies to improve your experience.</div>
              <article>
                <h1>Port deal signed</h1>
                <div class="share-bar">Share on social media</div>
                <p>The two companies signed a deal on <b>Friday</b>, officials said.</p>
                <p>It is the largest   such agreement<br>this year.</p>
                <aside>Related: other deals</aside>
                <figure><img src="x.jpg"><figcaption>A crane at the port.</figcaption></figure>
              </article>
              <footer>© Example News</footer>
            </body></html>
            """;
        var content = HtmlArticleParser.Parse(html);
        content.Title.Should().Be("Port deal signed");
        content.Url.Should().Be("https://example.org/port-deal");
        content.Source.Should().Be("Example News");
        content.PublishedAt.Should().Be(new DateTimeOffset(2024, 2, 10, 8, 0, 0, TimeSpan.FromHours(1)));
        content.Body.Should().Be("The two companies signed a deal on Friday, officials said.\n\nIt is the largest such agreement\n\nthis year.");
    }

    [Fact]
    public void Without_article_or_main_the_densest_block_wins()
    {
        const string html = """
            <html><head><title>Flood warning</title></head><body>
              <div id="top"><p>Subscribe now for one dollar a week, cancel any time you like.</p></div>
              <div id="story">
                <p>Rivers rose overnight across the northern valleys after days of rain.</p>
                <p>Emergency crews moved families from three villages to higher ground.</p>
                <p>Forecasters expect more rain before the weekend, the agency said.</p>
              </div>
              <div id="links"><ul><li><a href="/1">Other story</a></li></ul></div>
            </body></html>
            """;
        var content = HtmlArticleParser.Parse(html);
        content.Title.Should().Be("Flood warning");
        content.Body.Should().StartWith("Rivers rose overnight").And.EndWith("the agency said.").And.NotContain("Subscribe").And.NotContain("Other story");
    }

    [Fact]
    public void Main_element_is_used_when_there_is_no_article()
    {
        const string html = "<html><body><div class=\"menu\">Menu Items Here</div><main><p>Main text of the page.</p></main></body></html>";
        HtmlArticleParser.Parse(html).Body.Should().Be("Main text of the page.");
    }

    [Fact]
    public void A_page_with_no_text_is_refused_by_the_reader()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("<html><head><title>Empty</title><script>x()</script></head><body><nav>Home</nav></body></html>");
        var act = () => ArticleReader.Read(bytes, "empty.html");
        act.Should().Throw<ArticleInputException>().WithMessage("empty.html: has no article text (HTML with metadata only)");
    }
}
