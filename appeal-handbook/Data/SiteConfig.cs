using AppealHandbook.Core;

namespace AppealHandbook.Data;

/// <summary>Site-wide settings from <c>input/site.yml</c>.</summary>
/// <param name="Title">Site title in each language.</param>
/// <param name="Description">One-line description in each language (home meta description).</param>
/// <param name="BaseUrl">Scheme and host where the site is published, for canonical links, the sitemap and feeds.</param>
/// <param name="BasePath">Path under <see cref="BaseUrl"/>, always starting and ending with '/'.</param>
/// <param name="EditUrl">URL of the editor for a source file; <c>{path}</c> is replaced by the file's repository path.</param>
/// <param name="Repository">The repository's home page.</param>
public sealed partial record SiteConfig(
    LocalizedText Title,
    LocalizedText Description,
    string BaseUrl,
    string BasePath,
    string EditUrl,
    string Repository)
{
    /// <summary>The absolute URL of a site-relative path such as <c>zh/a/</c>.</summary>
    public string AbsoluteUrl(string sitePath) => BaseUrl.TrimEnd('/') + BasePath + sitePath;

    /// <summary>Normalises a base path to start and end with '/' (<c>appeal-handbook</c> → <c>/appeal-handbook/</c>).</summary>
    public static string NormalizeBasePath(string basePath)
    {
        var trimmed = basePath.Trim().Trim('/');
        return trimmed.Length == 0 ? "/" : "/" + trimmed + "/";
    }

    /// <summary>
    /// Whether a normalised base path holds only letters, digits, '-', '_', '.' and '~' between
    /// slashes. It is written into the 404 page's links: "/\\host/" would send readers to another site.
    /// </summary>
    public static bool IsSafeBasePath(string normalized) => SafeBasePath().IsMatch(normalized);

    /// <summary>Why a base path is refused, with the fix (for site.yml and --base-path alike).</summary>
    public static string BasePathProblem(string basePath) =>
        $"The base path '{(basePath.Length > 60 ? basePath[..60] + "…" : basePath)}' may hold only letters, digits, '-', '_', '.' and '/' between segments. Use one such as /appeal-handbook/.";

    [System.Text.RegularExpressions.GeneratedRegex("^/([A-Za-z0-9_~-][A-Za-z0-9._~-]*/)*$")]
    private static partial System.Text.RegularExpressions.Regex SafeBasePath();

    /// <summary>The "edit this page" URL of a repository path.</summary>
    public string EditUrlFor(string repositoryPath) => EditUrl.Replace("{path}", repositoryPath, StringComparison.Ordinal);
}
