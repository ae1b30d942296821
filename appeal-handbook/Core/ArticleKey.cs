using System.Text.RegularExpressions;

namespace AppealHandbook.Core;

/// <summary>
/// The rule for article keys (CONTRIBUTING.md, Front matter), shared by the build and <c>new</c>, so that <c>new</c> never
/// writes files the next build rejects.
/// </summary>
public static partial class ArticleKey
{
    /// <summary>Keys that would collide with the site's own routes under <c>/{lang}/</c>.</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.Ordinal)
    {
        "search", "types", "tags", "status", "assets", "feed", "index", "poa-builder", "print",
    };

    /// <summary>Kebab-case: lowercase ASCII letters and digits, single hyphens between.</summary>
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    public static partial Regex KebabCase();

    /// <summary>What is wrong with <paramref name="key"/> as an article key, or <see cref="ArticleKeyProblem.None"/>.</summary>
    public static ArticleKeyProblem Check(string key) =>
        !KebabCase().IsMatch(key) ? ArticleKeyProblem.NotKebabCase
        : Reserved.Contains(key) ? ArticleKeyProblem.Reserved
        : IsWindowsDeviceName(key) ? ArticleKeyProblem.WindowsDeviceName
        : ArticleKeyProblem.None;

    /// <summary>
    /// Device names Windows will not create as a file or folder (<c>con</c>, <c>nul</c>, <c>com1</c>...):
    /// an article with such a key would stop the repository from being checked out there.
    /// </summary>
    public static bool IsWindowsDeviceName(string key) =>
        key is "con" or "prn" or "aux" or "nul"
        || (key.Length == 4 && (key.StartsWith("com", StringComparison.Ordinal) || key.StartsWith("lpt", StringComparison.Ordinal)) && key[3] is >= '0' and <= '9');
}
