namespace AppealHandbook.Content;

/// <summary>Finds the YAML front matter between the <c>---</c> lines at the top of an article.</summary>
public static class FrontMatterBlock
{
    /// <summary>
    /// Splits <paramref name="text"/>. Returns false with a reason when the file does not start with
    /// a <c>---</c> line or the block is never closed.
    /// </summary>
    /// <param name="text">The article, line endings already LF.</param>
    /// <param name="yaml">The YAML text between the fences.</param>
    /// <param name="bodyLine">1-based line on which the Markdown body starts.</param>
    /// <param name="problem">Why the split failed.</param>
    public static bool TrySplit(string text, out string yaml, out int bodyLine, out string? problem)
    {
        yaml = "";
        bodyLine = 1;
        problem = null;
        if (!(text.StartsWith("---\n", StringComparison.Ordinal) || text == "---"))
        {
            problem = text.Trim().Length == 0
                ? "The file is empty. An article starts with front matter between two '---' lines; run `dotnet run -- new KEY --type TYPE` for a template."
                : "The file does not start with front matter. Put '---' on the first line, the fields (title, key, lang, type, summary, updated) below it, and '---' again.";
            return false;
        }

        var line = 2;
        var start = 4;
        var position = start;
        while (position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            var current = end < 0 ? text[position..] : text[position..end];
            if (current.TrimEnd() == "---" || current.TrimEnd() == "...")
            {
                yaml = text[start..position];
                bodyLine = line + 1;
                return true;
            }

            if (end < 0)
            {
                break;
            }

            position = end + 1;
            line++;
        }

        problem = "The front matter is never closed. Add a line with only '---' after the last field.";
        return false;
    }
}
