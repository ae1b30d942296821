using AppealHandbook.Search;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Search;

[Trait(Category.Name, Category.Unit)]
public class DocumentPostingsTests
{
    [Fact]
    public void A_posting_names_a_section_only_where_its_token_weighs_most()
    {
        // Arrange: "trademark" is in the title and mentioned in section 2; "letter" only in section 2.
        var tokens = new TokenTable();
        var postings = new DocumentPostings(tokens);
        postings.AddText("Trademark complaints", 0, 12);
        postings.AddText("Retraction request", 2, 6);
        postings.AddBody("Send the letter about the trademark", 2, 3);

        // Act
        var byToken = postings.TakePostings().ToDictionary(p => tokens.Texts[p.Token]);

        // Assert: the title word links to the article, the section's own words to the section.
        Assert.Equal(new Posting(byToken["trademark"].Token, 0, 12), byToken["trademark"]);
        Assert.Equal(2, byToken["letter"].Section);
        Assert.Equal(2, byToken["retraction"].Section);
    }
}
