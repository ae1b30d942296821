using System.Diagnostics;

namespace AppealHandbook.Tests.TestKit;

/// <summary>Runs the command-line program in its own process: for its exit code and output, and for inputs that might take the whole process down.</summary>
public static class CliRunner
{
    /// <summary>The exit code, standard output and error of one run, and whether it finished in time.</summary>
    public sealed record Run(int ExitCode, string Output, string Error, bool TimedOut)
    {
        /// <summary>Everything printed.</summary>
        public string All => Output + "\n" + Error;
    }

    /// <summary>Runs <c>appeal-handbook ARGS</c> from the repository root (so the default theme is found).</summary>
    public static Run Execute(TimeSpan timeout, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "appeal-handbook.dll");
        Assert.True(File.Exists(dll), "the command-line program is not built next to the tests: " + dll);
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet)
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // A crash dump would only slow the run down.
        start.Environment["DOTNET_DbgEnableMiniDump"] = "0";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return new Run(-1, output.Result, error.Result, TimedOut: true);
        }

        process.WaitForExit();
        return new Run(process.ExitCode, output.Result, error.Result, TimedOut: false);
    }
}
