using System.Text;


namespace AppealHandbook.Linking;

/// <summary>The URL segment of a free-text tag: lowercase, spaces to hyphens, anything unsafe dropped.</summary>
public static class TagSlug
{
    /// <summary>Slug of <paramref name="tag"/>; Chinese letters are kept (browsers percent-encode them).</summary>
    public static string Of(string tag)
    {
        var builder = new StringBuilder(tag.Length);
        foreach (var c in tag.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if ((c == ' ' || c == '-' || c == '_') && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? "tag" : slug;
    }
}
