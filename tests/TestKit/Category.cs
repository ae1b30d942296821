namespace AppealHandbook.Tests.TestKit;

/// <summary>
/// The <c>Category</c> trait every test class carries, so that <c>dotnet test --filter</c> can pick
/// a loop: <c>--filter "Category!=Browser&amp;Category!=Cli"</c> leaves out the slow ones.
/// CONTRIBUTING.md says what each holds and how long it takes.
/// </summary>
/// <example><c>[Trait(Category.Name, Category.Unit)]</c></example>
public static class Category
{
    /// <summary>The trait's name.</summary>
    public const string Name = "Category";

    /// <summary>One module, helper or small inline site, in memory or a temporary folder.</summary>
    public const string Unit = "Unit";

    /// <summary>Builds and checks the real handbook in <c>input/</c>.</summary>
    public const string Handbook = "Handbook";

    /// <summary>Bad input of every kind: the build returns, reports, and never writes a half or unsafe site.</summary>
    public const string Hostile = "Hostile";

    /// <summary>The command-line program in its own process (preview server, timings).</summary>
    public const string Cli = "Cli";

    /// <summary>The built site in headless Chromium.</summary>
    public const string Browser = "Browser";
}
