using System.Collections.Immutable;
using AppealHandbook.Core;
using AppealHandbook.Data;
using AppealHandbook.Layout;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Layout;

public class GlossaryIndexTests
{
    [Trait(Category.Name, Category.Unit)]
    public class InitialTests
    {
        [Theory]
        [InlineData("订单缺陷率", "D")]
        [InlineData("账户状况", "Z")]
        [InlineData("行动计划", "X")]
        [InlineData("安全数据表", "A")]
        [InlineData("《商业解决方案协议》第3条", "S")]
        [InlineData("ODR", "O")]
        [InlineData("a-to-z claim", "A")]
        [InlineData("3C 认证", "#")]
        [InlineData("", "#")]
        public void Files_a_term_under_its_first_letter_or_pinyin_initial(string term, string expected)
        {
            // Act
            var initial = GlossaryIndex.Initial(term);

            // Assert
            Assert.Equal(expected, initial);
        }
    }

    [Trait(Category.Name, Category.Unit)]

    public class GroupTests
    {
        [Fact]
        public void Groups_come_a_to_z_with_others_last_and_terms_in_pinyin_order()
        {
            // Arrange
            var terms = new[] { Term("z1", "账户停用"), Term("d1", "订单缺陷率"), Term("o1", "3C 认证"), Term("a1", "Amazon Vine 计划"), Term("d2", "达标") };

            // Act
            var groups = GlossaryIndex.Group(terms, Language.Zh);

            // Assert
            Assert.Equal(["A", "D", "Z", "#"], groups.Select(g => g.Letter));
            Assert.Equal(["d2", "d1"], groups[1].Terms.Select(t => t.Id)); // da before ding
        }

        private static GlossaryTerm Term(string id, string zh) =>
            new(id, new LocalizedText(zh, id), ImmutableArray<string>.Empty, ImmutableArray<string>.Empty, new LocalizedText("释义。", "Definition."), null, 1);
    }
}
