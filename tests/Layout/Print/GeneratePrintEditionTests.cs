using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Layout.Print;

public class GeneratePrintEditionTests
{
    private static readonly string[] Keys = ["late-shipment-rate", "order-defect-rate", "glossary", "disclaimer", "plan-of-action"];

    [Trait(Category.Name, Category.Unit)]

    public class ExecuteTests
    {
        [Theory]
        [InlineData("zh")]
        [InlineData("en")]
        public void Every_article_is_in_the_edition_once_and_in_its_contents(string lang)
        {
            // Arrange
            using var site = TestSite.Create(SiteFixtures.Valid);

            // Act
            site.Build();
            var html = site.Html($"{lang}/print/index.html");

            // Assert
            var articles = html.QuerySelectorAll("article.print-article").Select(a => a.Id).ToList();
            Assert.Equal(Keys.Order(), articles.Order());
            var contents = html.QuerySelectorAll(".print-toc ol ol a").Select(a => a.GetAttribute("href")).ToList();
            Assert.Equal(articles.Select(k => "#" + k), contents);
        }

        [Fact]
        public void Types_come_in_navigation_order_with_the_guides_last_and_the_glossary_at_the_end()
        {
            // Arrange
            using var site = TestSite.Create(SiteFixtures.Valid);

            // Act
            site.Build();
            var html = site.Html("en/print/index.html");

            // Assert
            Assert.Equal(["type-metrics", "type-guides"], html.QuerySelectorAll("section.print-type").Select(s => s.Id));
            var articles = html.QuerySelectorAll("article.print-article");
            Assert.Equal("glossary", articles[articles.Length - 1].Id);
            Assert.NotNull(html.QuerySelector("article#glossary #term-odr"));
        }

        [Fact]
        public void Cross_references_become_in_page_links_and_every_id_is_unique()
        {
            // Arrange
            using var site = TestSite.Create(SiteFixtures.Valid);

            // Act
            site.Build();
            var html = site.Html("zh/print/index.html");

            // Assert: late-shipment-rate links to order-defect-rate#causes; in the edition it is that section here.
            var links = html.QuerySelectorAll(".print-edition a[href]").Select(a => a.GetAttribute("href")!).ToList();
            Assert.Contains("#order-defect-rate--causes", links);
            Assert.DoesNotContain(links, l => l.Contains("order-defect-rate/", StringComparison.Ordinal) && !l.StartsWith("http", StringComparison.Ordinal));
            var ids = html.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
            Assert.Equal(ids.Count, ids.Distinct().Count());
            Assert.All(links.Where(l => l.StartsWith('#')), l => Assert.Contains(Uri.UnescapeDataString(l[1..]), ids));
            Assert.Empty(html.QuerySelectorAll(".print-edition .glossary-tip"));
        }

        [Fact]
        public void Headings_sit_under_the_type_and_article_headings()
        {
            // Arrange
            using var site = TestSite.Create(SiteFixtures.Valid);

            // Act
            site.Build();
            var html = site.Html("en/print/index.html");

            // Assert: an article's "## Common causes" is an h4 under its h3 title, under the type's h2.
            Assert.Equal("h4", html.GetElementById("order-defect-rate--causes")!.LocalName);
            Assert.Single(html.QuerySelectorAll("h1"));
        }

        [Fact]
        public void Print_is_a_reserved_key()
        {
            // Arrange
            using var site = TestSite.Create(SiteFixtures.Valid + SiteFixtures.Guide("zh", "print", "打印") + SiteFixtures.Guide("en", "print", "Print"));

            // Act
            var result = site.BuildWithDiagnostics();

            // Assert
            Assert.Contains(result.Diagnostics, d => d.Code == "FM005");
        }
    }
}
