using System.Text;
using AppealHandbook.Core;
using AppealHandbook.Content;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Content;

[Trait(Category.Name, Category.Unit)]
public class TextDecoderTests
{
    [Fact]
    public void Drops_a_utf8_byte_order_mark_and_normalises_line_endings()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("a\r\nb\rc\n中文")];

        Assert.Equal("a\nb\nc\n中文", TextDecoder.Decode(bytes, out var problem));
        Assert.Null(problem);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x41, 0x00 }, "UTF-16")]
    [InlineData(new byte[] { 0xC3, 0x28 }, "not valid UTF-8")]
    [InlineData(new byte[] { 0x41, 0x00, 0x42 }, "binary")]
    public void Rejects_what_is_not_utf8_text_with_a_fix(byte[] bytes, string expected)
    {
        Assert.Null(TextDecoder.Decode(bytes, out var problem));
        Assert.Contains(expected, problem);
    }
}
