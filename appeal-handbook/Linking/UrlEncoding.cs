using System.Text;

namespace AppealHandbook.Linking;

/// <summary>Percent-encoding for places that need plain ASCII URLs (the sitemap protocol).</summary>
public static class UrlEncoding
{
    /// <summary>
    /// Percent-encodes, as UTF-8, every character of <paramref name="url"/> outside printable ASCII
    /// (<c>https://x/zh/tags/封号/</c> → <c>https://x/zh/tags/%E5%B0%81%E5%8F%B7/</c>); ASCII,
    /// including <c>%</c>, <c>/</c> and <c>#</c>, is left as it is.
    /// </summary>
    public static string Encode(string url)
    {
        if (url.All(c => c is > ' ' and < (char)127))
        {
            return url;
        }

        var builder = new StringBuilder(url.Length * 2);
        Span<byte> bytes = stackalloc byte[4];
        for (var i = 0; i < url.Length; i++)
        {
            var c = url[i];
            if (c is > ' ' and < (char)127)
            {
                builder.Append(c);
                continue;
            }

            var length = char.IsHighSurrogate(c) && i + 1 < url.Length
                ? Encoding.UTF8.GetBytes(url.AsSpan(i++, 2), bytes)
                : Encoding.UTF8.GetBytes(url.AsSpan(i, 1), bytes);
            foreach (var b in bytes[..length])
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
