using AppealHandbook.Core;
using AppealHandbook.Data;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Data;

[Trait(Category.Name, Category.Unit)]
public class ReadSiteDataTests
{
    [Fact]
    public void Reads_the_types_the_glossary_and_the_base_path()
    {
        // Arrange
        using var site = TestSite.Create(InlineSite.Frame);

        // Act
        var data = site.RunThrough<ReadSiteData>().State.Get(DataFacts.SiteData);

        // Assert
        Assert.Equal(["metrics", "guides"], data.Types.Select(t => t.Id));
        Assert.Equal("odr", Assert.Single(data.Glossary).Id);
        Assert.Equal("/", data.Config.BasePath);
    }

    [Fact]
    public void A_type_id_that_is_not_kebab_case_is_reported_against_its_file()
    {
        using var site = TestSite.Create(InlineSite.Frame.Replace("- id: metrics", "- id: Bad_Metrics", StringComparison.Ordinal));

        var result = site.RunThrough<ReadSiteData>();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.BadDataFile && d.Path == "input/_data/violation-types.yml");
    }
}
