using System.Text;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Hostile;

/// <summary>
/// No article can stall a build: for every shape whose count an author controls (headings with
/// the same text, ids, links, glossary terms, tables, nesting, delimiters), the build's time at
/// 4n is at most a few times its time at n.
/// </summary>
[Trait(Category.Name, Category.Hostile)]
[Collection(Name)]
public class ScalingHostileTests
{
    /// <summary>Timings run alone, not beside other tests' builds.</summary>
    public const string Name = "scaling";

    private static string Repeat(string text, int n) => new StringBuilder(text.Length * n).Insert(0, text, n).ToString();

    [Fact]
    public void Headings_with_the_same_text_cost_linear_time() =>
        Scaling.AssertLinear(n => Repeat("### Same heading\n\n", n), 4000, "identical headings");

    [Fact]
    public void Headings_whose_ids_collide_with_numbered_ones_cost_linear_time() =>
        // "a", "a 1", "a 2"... make ids that the numbering of duplicates of "a" must step over.
        Scaling.AssertLinear(n => string.Concat(Enumerable.Range(0, n).Select(i => $"### a {i}\n\n### a\n\n")), 2000, "headings colliding with numbered ids");

    [Fact]
    public void Headings_with_the_same_explicit_id_cost_linear_time() =>
        Scaling.AssertLinear(n => Repeat("### Same {#same}\n\n", n), 2000, "identical explicit ids");

    [Fact]
    public void Links_to_one_section_cost_linear_time() =>
        Scaling.AssertLinear(n => Repeat("[a](xref:order-defect-rate#causes) [b](#causes) [c](xref:order-defect-rate)\n\n", n), 1000, "links");

    [Fact]
    public void Links_to_many_headings_cost_linear_time() =>
        Scaling.AssertLinear(n => string.Concat(Enumerable.Range(0, n).Select(i => $"### H{i} {{#h{i}}}\n\n[to {i}](#h{i})\n\n")), 1000, "headings with links to them");

    [Fact]
    public void Glossary_terms_in_long_text_cost_linear_time() =>
        Scaling.AssertLinear(n => Repeat("The Order Defect Rate, ODR and Order Defect Rat or Order Defect are glossary words. ", n), 2000, "glossary matching");

    [Fact]
    public void A_long_paragraph_of_near_glossary_words_costs_linear_time() =>
        Scaling.AssertLinear(n => Repeat("Order Order Order Defect ", n) + "\n\n", 2000, "glossary near-misses in one paragraph");

    [Fact]
    public void A_table_with_many_rows_costs_linear_time() =>
        Scaling.AssertLinear(n => "| a | b | c |\n|---|---|---|\n" + Repeat("| x | [y](#causes) | z |\n", n) + "\n", 2000, "table rows");

    [Fact]
    public void A_table_with_many_columns_costs_linear_time() =>
        Scaling.AssertLinear(n => Repeat("| a ", n) + "|\n" + Repeat("|---", n) + "|\n" + Repeat("| x ", n) + "|\n\n", 60, "table columns");

    [Fact]
    public void Many_nested_quotes_cost_linear_time() =>
        Scaling.AssertLinear(n => Repeat(Repeat("> ", 20) + "quoted\n" + "\n", n), 500, "nested quotes");

    [Fact]
    public void Many_nested_lists_cost_linear_time() =>
        Scaling.AssertLinear(n => Repeat(string.Concat(Enumerable.Range(0, 20).Select(d => new string(' ', 2 * d) + "- item\n")) + "\n", n), 200, "nested lists");

    [Theory]
    [InlineData("[a\n")]
    [InlineData("![a\n")]
    [InlineData("*a\n")]
    [InlineData("_a\n")]
    [InlineData("**a\n")]
    [InlineData("~~a\n")]
    [InlineData("[a *b _c\n")]
    [InlineData("`a\n")]
    [InlineData("<a\n")]
    public void Unmatched_markers_across_one_paragraph_cost_linear_time(string line) =>
        Scaling.AssertLinear(n => Repeat(line, n) + "\n", 2000, $"unmatched '{line.Trim()}' in one paragraph");

    [Fact]
    public void Many_short_paragraphs_of_emphasis_cost_linear_time() =>
        // Bounding each paragraph must not bound the article: many paragraphs stay linear.
        Scaling.AssertLinear(n => Repeat("*a _b\n\n", n), 1000, "emphasis markers over many paragraphs");

    [Fact]
    public void Many_footnotes_cost_linear_time() =>
        Scaling.AssertLinear(n => string.Concat(Enumerable.Range(0, n).Select(i => $"Text[^n{i}].\n\n[^n{i}]: Note {i}.\n\n")), 500, "footnotes");

    [Fact]
    public void Many_images_without_files_cost_linear_time() =>
        Scaling.AssertLinear(n => Repeat("![alt](missing.png) ", n) + "\n\n", 1000, "broken images");

    [Fact]
    public void Many_chinese_quotes_cost_linear_time() =>
        Scaling.AssertLinear(n => Repeat("他说\"封号\"了。", n) + "\n\n", 1000, "ASCII quotes around Chinese", "input/zh/late-shipment-rate.md");
}
