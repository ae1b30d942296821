using AppealHandbook.Core;
using AppealHandbook.Content;
using AppealHandbook.Data;
using AppealHandbook.Pipeline;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Handbook;

/// <summary>The checks over the real <c>input/</c>: a pull request that breaks them fails.</summary>
[Collection("real handbook")]
[Trait(Category.Name, Category.Handbook)]
public class RealHandbookTests(RealHandbook handbook)
{
    /// <summary>Every key of the handbook, by type.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> KeysByType = new Dictionary<string, string[]>
    {
        ["account-health"] = ["account-suspension", "related-accounts", "selling-privileges-performance", "selling-privileges-policy", "fbm-restriction-fba-conversion"],
        ["performance-metrics"] = ["order-defect-rate", "late-shipment-rate", "pre-fulfillment-cancel-rate", "valid-tracking-rate", "a-to-z-claim", "negative-feedback"],
        ["product-quality"] = ["product-condition", "inauthentic-complaint", "product-safety", "expired-product"],
        ["intellectual-property"] = ["ip-trademark", "ip-copyright", "ip-patent", "ip-court-order-tro"],
        ["listing-policy"] = ["restricted-products", "promotional-media"],
        ["guides"] = ["plan-of-action", "glossary"],
    };

    [Fact]
    public void The_real_handbook_passes_every_check()
    {
        var errors = handbook.Result.Diagnostics.Where(d => d.Severity == AppealHandbook.Core.Severity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Every_key_of_the_spec_exists_in_both_languages_with_its_type()
    {
        var articles = handbook.Result.State.Pages.Where(p => p.Kind == PageKind.Article).ToList();
        foreach (var (type, keys) in KeysByType)
        {
            foreach (var key in keys)
            {
                foreach (var lang in Language.All)
                {
                    var page = articles.SingleOrDefault(p => p.Lang == lang && p.Key == key);
                    Assert.True(page is not null, $"input/{lang}/{key}.md is missing");
                    Assert.Equal(type, page.FrontMatter!.Type);
                }
            }
        }
    }

    [Fact]
    public void Every_article_links_to_the_plan_of_action_guide_and_two_others()
    {
        foreach (var page in handbook.Result.State.Pages.Where(p => p.Kind == PageKind.Article && p.FrontMatter!.Type != "guides"))
        {
            var targets = page.Links.Select(l => l.Url).Where(u => u.StartsWith("xref:", StringComparison.Ordinal))
                .Select(u => u[5..].Split('#')[0]).Distinct().ToList();
            Assert.True(targets.Contains("plan-of-action"), $"{page.Source!.Path} does not link to xref:plan-of-action");
            Assert.True(targets.Count(t => t != "plan-of-action") >= 2, $"{page.Source!.Path} links to fewer than two other articles");
            Assert.NotEmpty(page.FrontMatter!.Related);
        }
    }

    [Fact]
    public void The_glossary_is_complete_in_both_languages()
    {
        var glossary = handbook.Result.State.Get(DataFacts.SiteData).Glossary;
        Assert.True(glossary.Length >= 40, $"the glossary has {glossary.Length} terms; at least 40 are expected");
        Assert.All(glossary, term =>
        {
            Assert.False(string.IsNullOrWhiteSpace(term.Term.Zh), term.Id);
            Assert.False(string.IsNullOrWhiteSpace(term.Term.En), term.Id);
            Assert.False(string.IsNullOrWhiteSpace(term.Definition.Zh), term.Id);
            Assert.False(string.IsNullOrWhiteSpace(term.Definition.En), term.Id);
            Assert.True(term.AliasesZh.Length + term.AliasesEn.Length > 0, term.Id + " has no aliases");
        });
        var html = File.ReadAllText(Path.Combine(handbook.Output, "zh", "glossary", "index.html"));
        Assert.All(glossary, term => Assert.Contains($"id=\"{term.Anchor}\"", html));
    }

    [Fact]
    public void Violation_articles_are_deep_enough_to_act_on()
    {
        foreach (var page in handbook.Result.State.Pages.Where(p => p.Kind == PageKind.Article && p.FrontMatter!.Type != "guides"))
        {
            var body = page.Source!.Text[page.Source.Text.IndexOf("\n---", 3, StringComparison.Ordinal)..];
            if (page.Lang == Language.Zh)
            {
                var chinese = body.Count(AppealHandbook.Search.SearchTokenizer.IsCjk);
                Assert.True(chinese >= 600, $"{page.Source.Path} has {chinese} Chinese characters; at least 600 are expected");
            }
            else
            {
                var words = body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetter));
                Assert.True(words >= 400, $"{page.Source.Path} has {words} words; at least 400 are expected");
            }

            Assert.Contains("- [ ]", body);
            Assert.Matches(@"(?m)^1\. ", body);
        }
    }
}
