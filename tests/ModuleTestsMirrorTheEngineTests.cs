using AppealHandbook.Pipeline;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests;

/// <summary>Every module of the build has a test file at the path that mirrors its source file.</summary>
[Trait(Category.Name, Category.Unit)]
public class ModuleTestsMirrorTheEngineTests
{
    [Fact]
    public void Every_module_has_a_test_file_at_the_matching_path()
    {
        var missing = new SitePipeline().Phases
            .SelectMany(p => p.Modules)
            .Select(m => Path.Combine(m.GetType().Namespace!["AppealHandbook.".Length..].Split('.').Prepend("tests").Append(m.GetType().Name + "Tests.cs").ToArray()))
            .Where(path => !File.Exists(Path.Combine(Repository.Root, path)))
            .ToList();

        Assert.Empty(missing);
    }
}
