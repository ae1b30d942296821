namespace AppealHandbook.Linking;

/// <summary>The parts of an <c>xref:KEY#section</c> URL.</summary>
public readonly record struct CrossLink(string Key, string? Section)
{
    /// <summary>The URL scheme of a cross-link.</summary>
    public const string Scheme = "xref:";

    /// <summary>Parses <paramref name="url"/> when it is a cross-link.</summary>
    public static bool TryParse(string url, out CrossLink link)
    {
        link = default;
        if (!url.StartsWith(Scheme, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = url[Scheme.Length..];
        var hash = rest.IndexOf('#');
        link = hash < 0 ? new CrossLink(rest, null) : new CrossLink(rest[..hash], rest[(hash + 1)..]);
        return true;
    }
}
