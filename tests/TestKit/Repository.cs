namespace AppealHandbook.Tests.TestKit;

/// <summary>Finds the repository's folders from the test binaries.</summary>
public static class Repository
{
    /// <summary>The repository root (the folder holding AppealHandbook.slnx).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The real content folder.</summary>
    public static string Input => Path.Combine(Root, "input");

    /// <summary>The default theme.</summary>
    public static string Theme => Path.Combine(Root, "themes", "default");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AppealHandbook.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("AppealHandbook.slnx not found above " + AppContext.BaseDirectory);
    }
}
