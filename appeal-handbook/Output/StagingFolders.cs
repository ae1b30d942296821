using System.Diagnostics;
using System.Globalization;

namespace AppealHandbook.Output;

/// <summary>
/// The folders a build stages the site in beside the output folder
/// (<c>.output.new-PID-ID</c>, and <c>.output.old-PID-ID</c> for the site it replaces), and the
/// clean-up of those an interrupted build left behind.
/// </summary>
/// <remarks>
/// A folder is removed only when the build that made it is over: its process (the PID in the
/// name) no longer runs. Folders of a running build, in this process or another, are left
/// alone, since two builds into one folder at once are allowed. Folders named before the PID
/// was part of the name are removed once they are a day old.
/// </remarks>
internal static class StagingFolders
{
    private static readonly TimeSpan Unowned = TimeSpan.FromDays(1);

    /// <summary>A new staging folder's full path, for <paramref name="kind"/> "new" or "old".</summary>
    public static string Path(string output, string kind, string id) =>
        System.IO.Path.Combine(System.IO.Path.GetDirectoryName(output)!, $".{System.IO.Path.GetFileName(output)}.{kind}-{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}-{id}");

    /// <summary>A new id for a pair of staging folders.</summary>
    public static string NewId() => Guid.NewGuid().ToString("N")[..12];

    /// <summary>Removes the staging folders of <paramref name="output"/> whose build is over; failures are ignored.</summary>
    public static void RemoveStale(string output)
    {
        var parent = System.IO.Path.GetDirectoryName(output)!;
        var name = System.IO.Path.GetFileName(output);
        if (!Directory.Exists(parent))
        {
            return;
        }

        try
        {
            foreach (var folder in new DirectoryInfo(parent).EnumerateDirectories($".{name}.*-*"))
            {
                var rest = folder.Name[(name.Length + 2)..];
                var kind = rest.StartsWith("new-", StringComparison.Ordinal) || rest.StartsWith("old-", StringComparison.Ordinal);
                if (!kind || folder.LinkTarget is not null || !IsOver(rest[4..], folder))
                {
                    continue;
                }

                try
                {
                    folder.Delete(recursive: true);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // Left for a later build: a leftover is harmless, and it is named to be easy to spot.
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // An unreadable parent folder is reported when the site is written there.
        }
    }

    /// <summary>Whether the build that made a folder (named <c>PID-ID</c> after its kind) has ended.</summary>
    private static bool IsOver(string owner, DirectoryInfo folder)
    {
        var dash = owner.IndexOf('-', StringComparison.Ordinal);
        if (dash <= 0 || !int.TryParse(owner.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
        {
            return DateTime.UtcNow - folder.LastWriteTimeUtc > Unowned;
        }

        if (pid == Environment.ProcessId)
        {
            return false;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true; // no process with that id
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }
}
