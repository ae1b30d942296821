using AppealHandbook.Core;

namespace AppealHandbook.Cli.Preview;

/// <summary>
/// What <c>preview</c> checks before it builds or listens, so that a bad option is one clear line
/// and exit code 2, not a .NET stack trace from the file watcher or the web server.
/// </summary>
internal static class PreviewStartupCheck
{
    /// <summary>The problem with the options, as one line naming the option and the fix; null when there is none.</summary>
    public static string? Problem(BuildOptions options, int port)
    {
        if (port is < 1 or > 65535)
        {
            return $"--port {port}: a port is a number from 1 to 65535. Use e.g. --port 5080.";
        }

        if (!Directory.Exists(options.InputDirectory))
        {
            return $"--input {options.InputDirectory}: the folder does not exist. Run from the repository root, or pass the content folder with --input DIR.";
        }

        if (!Directory.Exists(options.ThemeDirectory))
        {
            return $"The theme folder {options.ThemeDirectory} does not exist. Restore themes/default/ from the repository.";
        }

        return null;
    }

    /// <summary>The line for a port another program already listens on.</summary>
    public static string PortInUse(int port) =>
        $"--port {port}: the port is already in use (another preview?). Stop that program, or choose another port, e.g. --port {(port < 65535 ? port + 1 : port - 1)}.";
}
