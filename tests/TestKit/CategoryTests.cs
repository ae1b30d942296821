using System.Reflection;


namespace AppealHandbook.Tests.TestKit;

/// <summary>The <c>--filter</c> loops in CONTRIBUTING.md rely on every test class having one known category.</summary>
[Trait(Category.Name, Category.Unit)]
public class CategoryTests
{
    [Fact]
    public void Every_test_class_has_exactly_one_category_from_the_kit()
    {
        // Arrange
        var known = typeof(Category).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.Name != nameof(Category.Name))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToHashSet(StringComparer.Ordinal);
        var testClasses = typeof(CategoryTests).Assembly.GetTypes()
            .Where(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Any(m => m.IsDefined(typeof(FactAttribute), inherit: true)))
            .ToList();

        // Act
        var wrong = testClasses
            .Select(t => (Type: t, Categories: t.GetCustomAttributesData()
                .Where(a => a.AttributeType == typeof(TraitAttribute) && (string?)a.ConstructorArguments[0].Value == Category.Name)
                .Select(a => (string?)a.ConstructorArguments[1].Value)
                .ToList()))
            .Where(c => c.Categories.Count != 1 || !known.Contains(c.Categories[0] ?? ""))
            .Select(c => $"{c.Type.FullName}: [{string.Join(", ", c.Categories)}]")
            .ToList();

        // Assert
        Assert.NotEmpty(testClasses);
        Assert.True(wrong.Count == 0, "Give each test class one [Trait(Category.Name, Category.X)]:\n" + string.Join("\n", wrong));
    }
}
