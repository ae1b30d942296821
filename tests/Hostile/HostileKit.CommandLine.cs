using AppealHandbook.Core;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Hostile;

/// <summary>Assertions on a run of the command-line program in its own process.</summary>
public static partial class HostileKit
{
    /// <summary>
    /// Fails unless the run ended normally: in time, with exit code 0 (built) or 1 (content errors),
    /// without a stack overflow, an unhandled exception, or an internal error.
    /// </summary>
    public static void AssertReturned(CliRunner.Run run)
    {
        Assert.False(run.TimedOut, "the build did not finish in time (a hang):\n" + Shorten(run.All, 2000));
        Assert.DoesNotContain("Stack overflow", run.All, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Unhandled exception", run.All, StringComparison.OrdinalIgnoreCase);
        Assert.True(run.ExitCode is 0 or 1, $"the build crashed (exit code {run.ExitCode}):\n" + Shorten(run.All, 2000));
        var internalError = run.Output.Split('\n').FirstOrDefault(l => l.Contains(DiagnosticCodes.InternalError, StringComparison.Ordinal));
        Assert.True(internalError is null, "The engine crashed (AH999) instead of reporting the input's problem:\n" + internalError);
    }
}
