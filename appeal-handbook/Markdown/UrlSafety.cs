namespace AppealHandbook.Markdown;

/// <summary>Decides whether a URL written in an article may reach the page.</summary>
public static class UrlSafety
{
    private static readonly string[] ScriptSchemes = ["javascript:", "vbscript:", "data:", "file:"];

    /// <summary>
    /// True when the URL, after the normalisation a browser applies (control characters and
    /// whitespace dropped, case folded), starts with a scheme that can run script or read files.
    /// </summary>
    public static bool IsUnsafe(string url)
    {
        Span<char> buffer = stackalloc char[Math.Min(url.Length, 32)];
        var length = 0;
        foreach (var c in url)
        {
            if (length == buffer.Length)
            {
                break;
            }

            if (c <= ' ' || char.IsControl(c))
            {
                continue; // browsers ignore these inside a scheme ("java\tscript:")
            }

            buffer[length++] = char.ToLowerInvariant(c);
        }

        // Markdig has already decoded entities ("javascript&#58;" arrives as "javascript:").
        var head = buffer[..length];
        foreach (var scheme in ScriptSchemes)
        {
            if (head.StartsWith(scheme, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for a URL with a scheme (http:, mailto:) or a protocol-relative one (//host).</summary>
    public static bool IsExternal(string url)
    {
        if (url.StartsWith("//", StringComparison.Ordinal))
        {
            return true;
        }

        var colon = url.IndexOf(':');
        // A scheme is letters before the first ':' with no '/', '?' or '#' in front of it.
        return colon > 1 && url.AsSpan(0, colon).IndexOfAny("/?#") < 0 && !url.StartsWith("xref:", StringComparison.Ordinal);
    }
}
