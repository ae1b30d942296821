using AppealHandbook.Core;

namespace AppealHandbook.Data;

/// <summary>Site-wide settings from <c>input/site.yml</c>.</summary>
/// <param name="Title">Site title in each language.</param>
/// <param name="Description">One-line description in each language (home meta description).</param>
/// <param name="BaseUrl">Scheme and host where the site is published, for canonical links, the sitemap and feeds.</param>
/// <param name="BasePath">Path under <see cref="BaseUrl"/>, always starting and ending with '/'.</param>
/// <param name="EditUrl">URL of the editor for a source file; <c>{path}</c> is replaced by the file's repository path.</param>
/// <param name="Repository">The repository's home page.</param>
public sealed record SiteConfig(
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

    /// <summary>The "edit this page" URL of a repository path.</summary>
    public string EditUrlFor(string repositoryPath) => EditUrl.Replace("{path}", repositoryPath, StringComparison.Ordinal);
}
