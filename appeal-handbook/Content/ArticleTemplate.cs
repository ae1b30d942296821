using System.Globalization;
using System.Text;
using AppealHandbook.Core;
using AppealHandbook.Data;

namespace AppealHandbook.Content;

/// <summary>
/// The text of a new article: complete front matter and every required section from
/// <c>structure.yml</c>, each with a one-line prompt telling the author what belongs there.
/// The result passes every check, so a contributor starts from a green build.
/// </summary>
public static class ArticleTemplate
{
    /// <summary>Writes the article for <paramref name="key"/> in <paramref name="lang"/>.</summary>
    public static string Create(string key, ViolationType type, string lang, StructureRules structure, DateOnly today)
    {
        var zh = lang == Language.Zh;
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append(CultureInfo.InvariantCulture, $"title: \"{(zh ? "（标题）" : "(Title)")} {type.Name[lang]}\"\n");
        text.Append(CultureInfo.InvariantCulture, $"key: {key}\n");
        text.Append(CultureInfo.InvariantCulture, $"lang: {lang}\n");
        text.Append(CultureInfo.InvariantCulture, $"type: {type.Id}\n");
        if (type.Id != FrontMatter.GuidesType)
        {
            text.Append(zh
                ? "first-steps:\n  - \"（今天要做的一件事，写成具体的动作；列三件左右。）\"\n"
                : "first-steps:\n  - \"(One thing to do today, as a concrete action; list about three.)\"\n");
            text.Append(zh
                ? "avoid:\n  - \"（卖家此时最容易犯的一个错误；列三件左右。）\"\n"
                : "avoid:\n  - \"(One mistake sellers make at this point; list about three.)\"\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"summary: \"{(zh ? "用一句话说明这篇文章帮助卖家解决什么问题。" : "One sentence on what this article helps a seller do.")}\"\n");
        text.Append(CultureInfo.InvariantCulture, $"updated: {today:yyyy-MM-dd}\n");
        text.Append("related: [plan-of-action]\n");
        text.Append("tags: []\n");
        text.Append("aliases: []\n");
        text.Append("sources: []\n");
        text.Append("---\n");
        foreach (var section in structure.For(key, type.Id))
        {
            text.Append(CultureInfo.InvariantCulture, $"\n## {section.Heading[lang]} {{#{section.Id}}}\n\n");
            text.Append(zh
                ? $"（在这里写「{section.Heading.Zh}」。写完后删除这一行。参见[行动计划指南](xref:plan-of-action)。）\n"
                : $"(Write the \"{section.Heading.En}\" section here, then delete this line. See the [Plan of Action guide](xref:plan-of-action).)\n");
        }

        return text.ToString();
    }
}
