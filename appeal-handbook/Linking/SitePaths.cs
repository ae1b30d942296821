namespace AppealHandbook.Linking;

/// <summary>Site-relative paths: joining, normalising, and turning them into relative hrefs.</summary>
public static class SitePaths
{
    /// <summary>
    /// Resolves <paramref name="relative"/> against the site folder <paramref name="folder"/>
    /// (<c>zh/</c>), folding <c>.</c> and <c>..</c>. Returns null when the result would leave the site.
    /// </summary>
    public static string? Combine(string folder, string relative)
    {
        var parts = new List<string>();
        foreach (var segment in (folder + relative).Split('/'))
        {
            switch (segment)
            {
                case "" or ".":
                    continue;
                case "..":
                    if (parts.Count == 0)
                    {
                        return null;
                    }

                    parts.RemoveAt(parts.Count - 1);
                    break;
                default:
                    parts.Add(segment);
                    break;
            }
        }

        var joined = string.Join('/', parts);
        return relative.EndsWith('/') && joined.Length > 0 ? joined + "/" : joined;
    }

    /// <summary>Splits <c>path#fragment</c>.</summary>
    public static (string Path, string? Fragment) SplitFragment(string url)
    {
        var hash = url.IndexOf('#');
        return hash < 0 ? (url, null) : (url[..hash], url[(hash + 1)..]);
    }

    /// <summary>Drops a query string.</summary>
    public static string WithoutQuery(string path)
    {
        var q = path.IndexOf('?');
        return q < 0 ? path : path[..q];
    }
}
