using AppealHandbook.PlanOfAction;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.PlanOfAction;

/// <summary>
/// Every check of a building-block file on its own can fail: each case breaks the valid fixture
/// in one place and proves the report names the right code, file and line.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public class ReadPoaBlocksTests
{
    private const string Blocks = "input/_data/poa/order-defect-rate.yml";

    public static TheoryData<string, string, string, string, string, int> Breakages => new()
    {
        // name, file, replace, with, expected code, expected line
        { "malformed YAML", Blocks, "  - id: weekend-orders", "  - id: [weekend-orders", "PO001", 5 },
        { "an unknown list", Blocks, "corrective:", "corrective: []\ncorrections:", "PO001", 9 },
        { "English text missing", Blocks, "    en: Nobody handled weekend orders.\n", "", "PO002", 5 },
        { "Chinese text empty", Blocks, "    zh: 周末订单无人处理。", "    zh: \"\"", "PO002", 6 },
        { "duplicate id", Blocks, "  - id: weekend-orders", "  - id: slow-replies", "PO003", 5 },
        { "id not kebab-case", Blocks, "  - id: daily-check", "  - id: Daily_Check", "PO003", 14 },
        { "answers an unknown cause", Blocks, "answers: [slow-replies, weekend-orders]\npreventive:", "answers: [slow-replies, weekend-order]\npreventive:", "PO004", 12 },
        { "answers no cause", Blocks, "    answers: [slow-replies, weekend-orders]\n\n", "\n", "PO004", 14 },
        { "different fields in zh and en", Blocks, "    en: \"{owner} checks messages and orders every day.\"", "    en: \"The team checks messages and orders every day.\"", "PO005", 16 },
        { "undefined field", Blocks, "    en: \"{fix_date}: answered every open message.\"\n    answers", "    en: \"{fix_date}: answered every open message from {order_ids}.\"\n    answers", "PO006", 11 },
        { "stray brace", Blocks, "    en: Nobody handled weekend orders.", "    en: Nobody handled {Weekend} orders.", "PO006", 7 },
        { "bad field format", "input/_data/poa/fields.yml", "  format: number", "  format: percent", "PO006", 9 },
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public void Each_check_reports_the_file_line_and_code(string name, string file, string replace, string with, string code, int line)
    {
        // Arrange
        using var site = TestSite.Create(PoaFixtures.Valid);
        site.Edit(file, replace, with);

        // Act
        var result = site.RunThrough<ReadPoaBlocks>();

        // Assert
        Assert.False(result.Succeeded, name);
        var diagnostic = result.Diagnostics.FirstOrDefault(d => d.Code == code);
        Assert.True(diagnostic is not null, $"{name}: expected {code}, got:\n" + string.Join("\n", result.Diagnostics));
        Assert.Equal(file, diagnostic.Path);
        Assert.Equal(line, diagnostic.Line);
    }

    [Fact]
    public void Malformed_YAML_is_one_clear_line_at_its_line()
    {
        using var site = TestSite.Create(PoaFixtures.Valid);
        site.Edit(Blocks, "    en: Nobody handled weekend orders.", "    en: Nobody: handled weekend orders.");

        var result = site.RunThrough<ReadPoaBlocks>();

        var diagnostic = TestSite.Single(result, "PO001");
        Assert.Equal((Blocks, 7), (diagnostic.Path, diagnostic.Line));
        Assert.Single(result.Diagnostics, d => d.Path == Blocks);
        Assert.Matches(@"^input/_data/poa/order-defect-rate\.yml:7:\d+: error PO001: The YAML is not valid: [^\n]+$", diagnostic.ToString());
    }

    [Fact]
    public void The_valid_building_blocks_pass_every_check()
    {
        using var site = TestSite.Create(PoaFixtures.Valid);

        var result = site.RunThrough<ReadPoaBlocks>();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        var library = result.State.Get(PoaFacts.Library);
        Assert.Equal(["late-shipment-rate", "order-defect-rate"], library.Blocks.Keys);
        Assert.Equal(["asins", "fix_date", "owner", "rate"], library.Fields.Keys);
    }

    [Fact]
    public void A_site_without_the_folder_has_an_empty_library()
    {
        using var site = TestSite.Create(SiteFixtures.Valid);

        var result = site.RunThrough<ReadPoaBlocks>();

        Assert.Empty(result.Diagnostics);
        Assert.False(result.State.Get(PoaFacts.Library).Present);
    }
}
