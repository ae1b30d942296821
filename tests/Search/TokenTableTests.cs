using AppealHandbook.Core;
using AppealHandbook.Search;
using AppealHandbook.Tests.TestKit;
using CsCheck;

namespace AppealHandbook.Tests.Search;

/// <summary>
/// A worker's token table: one id per distinct token whatever path finds it (a single ideograph,
/// a pair in <see cref="PairTable"/>, any other text), stable as the table grows.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public class TokenTableTests
{
    [Fact]
    public void Equal_tokens_get_one_id_and_different_tokens_different_ids()
    {
        var table = new TokenTable();
        var tokens = new[] { "申", "诉", "申诉", "诉申", "odr", "a-to-z", "申诉" };
        var ids = tokens.Select(t => table.Get(t)).ToArray();

        Assert.Equal(ids[2], ids[6]);
        Assert.Equal(6, ids.Distinct().Count());
        Assert.Equal(6, table.Count);
        Assert.All(tokens, t => Assert.Equal(t, table.Texts[table.Get(t)]));
    }

    [Fact]
    public void Pairs_of_ideographs_keep_their_ids_as_the_pair_table_grows()
    {
        // Tens of thousands of pairs, as a large Chinese handbook has: the table doubles many times.
        Gen.Char['\u4E00', '\u9FFF'].Array[2].Select(c => new string(c)).Array[1, 40_000].Sample(pairs =>
        {
            var table = new TokenTable();
            var first = pairs.Select(p => table.Get(p)).ToArray();
            var again = pairs.Select(p => table.Get(p)).ToArray();
            return first.SequenceEqual(again)
                && first.Distinct().Count() == pairs.Distinct(StringComparer.Ordinal).Count()
                && pairs.All(p => table.Texts[table.Get(p)] == p);
        }, iter: 20);
    }

    [Fact]
    public void Pair_table_reports_a_missing_key_and_finds_every_added_one()
    {
        var pairs = new PairTable();
        var keys = Enumerable.Range(0, 50_000).Select(i => ((0x4E00 + (i / 300)) << 16) | (0x4E00 + (i % 300))).ToArray();
        for (var i = 0; i < keys.Length; i++)
        {
            Assert.Equal(-1, pairs.Find(keys[i]));
            pairs.Add(keys[i], i);
        }

        Assert.All(Enumerable.Range(0, keys.Length), i => Assert.Equal(i, pairs.Find(keys[i])));
    }
}
