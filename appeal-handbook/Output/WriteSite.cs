using AppealHandbook.Diagnostics;
using AppealHandbook.Pipeline;

namespace AppealHandbook.Output;

/// <summary>
/// Writes the whole site into a fresh folder beside the output folder and swaps it into place
/// only when every file was written, so readers (and <c>preview</c>) never see half a site and a
/// failed build leaves the previous output as it was.
/// </summary>
public sealed class WriteSite : IModule
{
    /// <inheritdoc />
    public void Execute(BuildState state)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(state.Options.OutputDirectory));
        var parent = Path.GetDirectoryName(output)!;
        var suffix = Guid.NewGuid().ToString("N")[..12];
        var staging = Path.Combine(parent, $".{Path.GetFileName(output)}.new-{suffix}");
        var retired = Path.Combine(parent, $".{Path.GetFileName(output)}.old-{suffix}");
        try
        {
            Directory.CreateDirectory(parent);
            Directory.CreateDirectory(staging);
            var files = state.Pages.Where(p => p.Html is not null)
                .Select(p => OutputFile.Text(p.OutputPath, p.Html!))
                .Concat(state.Outputs)
                .ToList();
            Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = state.Options.MaxDegreeOfParallelism }, file =>
            {
                var target = Path.GetFullPath(Path.Combine(staging, file.Path));
                if (!target.StartsWith(staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    // Keys and paths are validated long before this; this is the last line of defence.
                    throw new InvalidOperationException($"Refusing to write '{file.Path}' outside the output folder.");
                }

                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                using var stream = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024);
                stream.Write(file.Bytes.Span);
            });

            if (Directory.Exists(output))
            {
                Directory.Move(output, retired);
            }

            Directory.Move(staging, output);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or AggregateException)
        {
            var reason = ex is AggregateException agg ? agg.InnerExceptions[0].Message : ex.Message;
            state.Diagnostics.Error(state.DisplayPath(output), 0, 0, DiagnosticCodes.WriteFailed,
                $"The site could not be written ({reason}). The previous output is unchanged. Check that the folder and its parent are writable.");
            TryDelete(staging);
            if (!Directory.Exists(output) && Directory.Exists(retired))
            {
                Directory.Move(retired, output);
            }
        }
        finally
        {
            TryDelete(retired);
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A leftover staging folder is harmless and is named so that it is easy to spot.
        }
    }
}
