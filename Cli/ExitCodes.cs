namespace AppealHandbook.Cli;

/// <summary>The process exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>The content has errors (or the site could not be written).</summary>
    public const int ContentErrors = 1;

    /// <summary>The command line is wrong.</summary>
    public const int Usage = 2;
}
