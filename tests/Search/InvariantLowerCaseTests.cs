using AppealHandbook.Search;
using AppealHandbook.Tests.TestKit;
using CsCheck;

namespace AppealHandbook.Tests.Search;

/// <summary>The search index's lowercasing gives what the framework's invariant lowercasing gives, character for character.</summary>
[Trait(Category.Name, Category.Unit)]
public class InvariantLowerCaseTests
{
    [Theory]
    [InlineData("")]
    [InlineData("ODR Account Health")]
    [InlineData("订单缺陷率（ODR）超过 1%")]
    [InlineData("ＦＢＡ Ünïcödé ΣΊΣΥΦΟΣ Ⅻ")]
    [InlineData("𐐀𐐁 deseret, and a lone \ud801 surrogate")]
    public void Lowercases_as_the_framework_does(string text) =>
        Assert.Equal(text.ToLowerInvariant(), Lower(text));

    [Fact]
    public void Lowercases_any_text_as_the_framework_does()
    {
        // Runs of ASCII, ideographs, other scripts and surrogates, in any order and length.
        var piece = Gen.OneOf(
            Gen.String[Gen.Char['\0', '\u007F'], 0, 40],
            Gen.String[Gen.Char['\u4E00', '\u9FFF'], 0, 10],
            Gen.String[Gen.Char['\u0080', '\u2FFF'], 0, 10],
            Gen.String[Gen.Char['\uD800', '\uDFFF'], 0, 4],
            Gen.String[Gen.Char, 0, 10]);
        piece.Array[0, 12].Select(string.Concat).Sample(text => string.Equals(text.ToLowerInvariant(), Lower(text), StringComparison.Ordinal), iter: 2000);
    }

    private static string Lower(string text)
    {
        var lower = new char[text.Length];
        InvariantLowerCase.Write(text, lower);
        return new string(lower);
    }
}
