using AppealHandbook.Layout.Print;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Layout.Print;

[Trait(Category.Name, Category.Unit)]
public class PrintBodyRewriterTests
{
    private static readonly PrintBodyRewriter Rewriter = new(new Dictionary<string, string> { ["en/b/"] = "b", ["en/a/"] = "a" }, "en/glossary/");

    private static string Rewrite(string body) => Rewriter.Rewrite(body, "en/a/", "a");

    [Fact]
    public void Ids_are_prefixed_and_headings_lowered_two_levels()
    {
        Assert.Equal(
            "<h3 id=\"a--title\">T</h3>\n<h6 id=\"a--five\" class=\"c\">F</h6>",
            Rewrite("<h1 id=\"title\">T</h1>\n<h5 id=\"five\" class=\"c\">F</h5>"));
    }

    [Fact]
    public void Links_into_the_edition_become_in_page_links_and_others_stay()
    {
        Assert.Equal(
            "<a href=\"#b--causes\">1</a><a href=\"#b\">2</a><a href=\"#a--x\">3</a><a href=\"#a\">4</a><a href=\"#term-odr\">5</a>"
                + "<a href=\"../../en/c/\">6</a><a href=\"https://x.com/#y\">7</a><a href=\"#b--中\">8</a>",
            Rewrite("<a href=\"../../en/b/#causes\">1</a><a href=\"../../en/b/\">2</a><a href=\"#x\">3</a><a href=\"#\">4</a><a href=\"../../en/glossary/#term-odr\">5</a>"
                + "<a href=\"../../en/c/\">6</a><a href=\"https://x.com/#y\">7</a><a href=\"../../en/b/#%E4%B8%AD\">8</a>"));
    }

    [Fact]
    public void Glossary_tips_and_the_attribute_naming_them_are_dropped()
    {
        Assert.Equal(
            "<p><a href=\"#term-odr\" class=\"glossary-link\">ODR</a> rate</p>",
            Rewrite("<p><a href=\"../../en/glossary/#term-odr\" class=\"glossary-link\" aria-describedby=\"tip-odr\">ODR</a><span class=\"glossary-tip\" role=\"tooltip\" id=\"tip-odr\">The &quot;share&quot; <em>of</em> orders.</span> rate</p>"));
    }

    [Fact]
    public void Text_and_attributes_are_written_as_a_serializer_writes_a_parsed_document()
    {
        // References decoded; text escapes & < > and no-break spaces only, attributes also quotes;
        // void elements lose their slash; a repeated attribute is dropped; SVG names keep their case.
        Assert.Equal(
            "<p>\"q\" &amp; &lt;x&gt; a&nbsp;b ↩<br>\n<img src=\"i.png\" alt=\"&quot;q&quot; &amp;\"></p><hr>"
                + "<svg viewBox=\"0 0 1 1\"><path d=\"M0\"></path></svg><pre><code>x\n</code></pre>",
            Rewrite("<p>&quot;q&quot; &amp; &lt;x&gt; a\u00a0b &#8617;<br />\n<img src=\"i.png\" alt=\"&quot;q&quot; &amp;\" alt=\"again\" /></p><hr />"
                + "<svg viewBox=\"0 0 1 1\"><path d=\"M0\"/></svg><pre>\n<code>x\n</code></pre>"));
    }
}
