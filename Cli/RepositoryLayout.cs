namespace AppealHandbook.Cli;

/// <summary>Where the input, output and theme folders are when the command line does not say.</summary>
internal static class RepositoryLayout
{
    /// <summary>The content folder.</summary>
    public const string DefaultInput = "input";

    /// <summary>The site folder.</summary>
    public const string DefaultOutput = "output";

    /// <summary>
    /// The theme: <c>themes/default</c> beside the input folder (the repository layout), else in
    /// the current folder.
    /// </summary>
    public static string ThemeFor(string input)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(input)) ?? ".";
        var beside = Path.Combine(parent, "themes", "default");
        return Directory.Exists(beside) ? beside : Path.Combine("themes", "default");
    }

    /// <summary>The folder paths in messages are relative to: the input folder's parent.</summary>
    public static string DisplayRootFor(string input) => Path.GetDirectoryName(Path.GetFullPath(input)) ?? ".";

    /// <summary>
    /// The build cache: <c>.build-cache/</c> beside the input folder (the repository root), never
    /// inside the input or the output.
    /// </summary>
    public static string CacheFor(string input) => Path.Combine(DisplayRootFor(input), ".build-cache");
}
