using System.Collections.Immutable;
using AppealHandbook.Core;
using AppealHandbook.Content;
using AppealHandbook.Data;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Data;

[Trait(Category.Name, Category.Unit)]
public class GlossaryMatcherTests
{
    private static readonly GlossaryTerm Odr = Term("odr", "订单缺陷率", "Order Defect Rate", ["缺陷率"], ["ODR"]);
    private static readonly GlossaryTerm Order = Term("order", "订单", "order", [], []);
    private static readonly GlossaryTerm Invoice = Term("invoice", "发票", "invoice", [], ["invoices"]);
    private static readonly GlossaryMatcher Matcher = new([Odr, Order, Invoice]);

    [Fact]
    public void Where_names_overlap_the_longest_wins()
    {
        var match = Matcher.FindFirst("店铺的订单缺陷率过高", 0, _ => true);

        Assert.Equal((3, 5, Odr), match);
    }

    [Fact]
    public void The_leftmost_mention_comes_first_and_unwanted_terms_are_skipped()
    {
        Assert.Equal((0, 2, Order), Matcher.FindFirst("订单和发票", 0, _ => true));
        Assert.Equal((3, 2, Invoice), Matcher.FindFirst("订单和发票", 0, t => t != Order));
        Assert.Null(Matcher.FindFirst("订单和发票", 4, _ => true));
    }

    [Theory]
    [InlineData("A high ODR hurts.", 7)]
    [InlineData("A high odr hurts.", -1)]   // short Latin names keep their case: odr is not ODR
    [InlineData("The border is closed.", -1)] // only whole words
    [InlineData("Send the Invoice now.", 9)] // longer Latin names ignore case
    [InlineData("Invoices, please.", 0)]
    [InlineData("SEND THE INVOICE NOW.", 9)] // in any case: every case of a name's first two letters may begin it
    [InlineData("iNVOICES, please.", 0)]
    public void Latin_names_match_whole_words_and_short_ones_keep_their_case(string text, int at)
    {
        var match = Matcher.FindFirst(text, 0, t => t != Order);

        Assert.Equal(at, match?.At ?? -1);
    }

    [Fact]
    public void Mentions_are_found_in_any_case_and_latin_names_only_at_a_word_start()
    {
        var mentioned = Matcher.Mentioned("the odr of this shop; a reorder; 发票".ToLowerInvariant());

        Assert.Equal([Odr, Invoice], mentioned);
    }

    private static GlossaryTerm Term(string id, string zh, string en, ImmutableArray<string> aliasesZh, ImmutableArray<string> aliasesEn) =>
        new(id, new LocalizedText(zh, en), aliasesZh, aliasesEn, new LocalizedText("定义", "Definition"), null, 1);
}
