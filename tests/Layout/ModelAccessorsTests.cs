using System.Reflection;
using AppealHandbook.Layout;
using AppealHandbook.Layout.Models;
using AppealHandbook.Tests.TestKit;
using Fluid;

namespace AppealHandbook.Tests.Layout;

/// <summary>
/// The models read through registered accessors give the layouts what reading their properties
/// by reflection gives, and every property of those models is registered.
/// </summary>
[Trait(Category.Name, Category.Unit)]
public class ModelAccessorsTests
{
    private static readonly FluidParser Parser = new();

    private static readonly LinkModel Link = new("A title", "../a/", Current: true, Summary: "A summary", Note: "A note");

    /// <summary>One instance of each registered model, every property with a value of its own.</summary>
    public static TheoryData<object> Models => new()
    {
        Link,
        new NavGroupModel("counterfeit", "Counterfeit", "What to do", "../types/counterfeit/", Current: true, [Link, Link with { Title = "Second" }], Count: 7),
        new TocItem("causes", "Causes", [new TocItem("first", "First", [])]),
        new AlternateModel("zh-Hans", "../zh/a/"),
    };

    [Fact]
    public void Every_public_property_of_a_registered_model_is_registered_by_its_camel_case_name()
    {
        Assert.Equal(4, ModelAccessors.Registered.Count);
        foreach (var (type, names) in ModelAccessors.Registered)
        {
            var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
                .Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..]);
            Assert.Equal(properties.Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Each_registered_property_renders_as_it_does_by_reflection(object model)
    {
        var names = ModelAccessors.Registered[model.GetType()];
        // Lists are rendered item by item through the same accessors.
        var template = string.Join("|", names.Select(n => $"{{{{ m.{n} }}}}{{% for x in m.{n} %}}[{{{{ x.title }}}}{{{{ x.text }}}}]{{% endfor %}}{{{{ m.{n}.size }}}}"));

        var registered = Render(template, model, new TemplateOptionsBuilder().ConfigureMemberAccess(ModelAccessors.Register).Build());
        var reflected = Render(template, model, new TemplateOptionsBuilder().Build());

        Assert.Equal(reflected, registered);
        Assert.DoesNotContain("||", registered); // no property rendered as nothing
    }

    private static string Render(string source, object model, TemplateOptions options)
    {
        Assert.True(Parser.TryParse(source, out var template, out var error), error);
        var context = new TemplateContext(options);
        context.SetValue("m", model);
        return template.Render(context);
    }
}
