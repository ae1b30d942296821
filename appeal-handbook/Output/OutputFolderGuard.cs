namespace AppealHandbook.Output;

/// <summary>
/// Refuses output folders that would destroy content: the input folder, one of its parents,
/// a folder inside it, the theme, or a file-system root.
/// </summary>
public static class OutputFolderGuard
{
    /// <summary>Null when <paramref name="output"/> is safe to replace; otherwise why not.</summary>
    public static string? Problem(string input, string output, string theme)
    {
        var inputFull = Full(input);
        var outputFull = Full(output);
        var themeFull = Full(theme);
        if (Path.GetPathRoot(outputFull) == outputFull + Path.DirectorySeparatorChar || outputFull.Length <= 1)
        {
            return $"The output folder '{output}' is a file-system root. Choose a folder of its own, e.g. --output output.";
        }

        if (IsSameOrInside(inputFull, outputFull))
        {
            return $"The output folder '{output}' is the input folder or one of its parents; building there would delete the articles. Choose another folder, e.g. --output output.";
        }

        if (IsSameOrInside(outputFull, inputFull))
        {
            return $"The output folder '{output}' is inside the input folder; the next build would read it as content. Choose a folder outside '{input}'.";
        }

        if (IsSameOrInside(themeFull, outputFull) || IsSameOrInside(outputFull, themeFull))
        {
            return $"The output folder '{output}' overlaps the theme folder '{theme}'. Choose another folder.";
        }

        return null;
    }

    private static string Full(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    /// <summary>True when <paramref name="inner"/> is <paramref name="outer"/> or below it.</summary>
    private static bool IsSameOrInside(string inner, string outer) =>
        inner == outer || inner.StartsWith(outer + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
