using AppealHandbook.Core;

namespace AppealHandbook.Output;

/// <summary>
/// Writes the whole site into a fresh folder beside the output folder and swaps it into place
/// only when every file was written (in one step on Linux, see <see cref="FolderExchange"/>), so
/// readers never see half a site and a failed build leaves the previous output as it was.
/// </summary>
/// <param name="reuse">
/// Given by a build with a cache: the write brings the spare folder up to date from the previous
/// output instead of writing every file (<see cref="OutputReuse"/>); null writes every file.
/// </param>
public sealed class WriteSite(OutputReuse? reuse = null) : IModule
{
    /// <inheritdoc />
    public ModuleContract Contract { get; } = ModuleContract.SiteWide("writes every finished page", [], [],
        "preview serves the site from memory");

    /// <inheritdoc />
    public void Execute(BuildState state)
    {
        if (reuse is not null)
        {
            WriteReusing(state, reuse);
            return;
        }

        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(state.Options.OutputDirectory));
        var parent = Path.GetDirectoryName(output)!;
        var suffix = StagingFolders.NewId();
        // Folders an interrupted build left beside the output would otherwise stay forever.
        StagingFolders.RemoveStale(output);
        // A build that wrote its pages as it made them (BuildState.Staged) finishes that folder.
        var staging = state.Staged?.Folder ?? StagingFolders.Path(output, "new", suffix);
        var retired = StagingFolders.Path(output, "old", suffix);
        try
        {
            if (state.Staged?.Failure is { } failure)
            {
                throw new IOException(failure);
            }

            Directory.CreateDirectory(parent);
            Directory.CreateDirectory(staging);
            var files = state.Pages.Where(p => p.HtmlUtf8 is not null)
                .Select(p => (Target: Target(staging, p.OutputPath), Bytes: (ReadOnlyMemory<byte>)p.HtmlUtf8))
                .Concat(state.Outputs.Where(f => !f.Staged).Select(f => (Target: Target(staging, f.Path), f.Bytes)))
                .ToList();
            foreach (var folder in files.Select(f => Path.GetDirectoryName(f.Target)!).Distinct(StringComparer.Ordinal))
            {
                Directory.CreateDirectory(folder);
            }

            Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = state.Options.MaxDegreeOfParallelism }, file =>
            {
                using var handle = File.OpenHandle(file.Target, FileMode.CreateNew, FileAccess.Write);
                RandomAccess.Write(handle, file.Bytes.Span, 0);
            });

            if (!Directory.Exists(output))
            {
                Directory.Move(staging, output);
            }
            else if (FolderExchange.TryExchange(staging, output))
            {
                retired = staging; // it now holds the previous site, deleted below
            }
            else
            {
                Directory.Move(output, retired);
                Directory.Move(staging, output);
            }
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

    /// <summary>The same write through <see cref="OutputReuse"/>: pages reused from the previous build are kept as they are on disk.</summary>
    private static void WriteReusing(BuildState state, OutputReuse reuse)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(state.Options.OutputDirectory));
        StagingFolders.RemoveStale(output);
        var files = state.Pages.Where(p => p.IsFinished)
            .Select(p => (p.OutputPath, p.Reused is null ? (ReadOnlyMemory<byte>?)p.HtmlUtf8 : null))
            .Concat(state.Outputs.Select(f => (f.Path, f.Kept ? null : (ReadOnlyMemory<byte>?)f.Bytes)))
            .ToList();
        try
        {
            reuse.Write(output, files, state.Options.MaxDegreeOfParallelism);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or AggregateException)
        {
            var reason = ex is AggregateException agg ? agg.InnerExceptions[0].Message : ex.Message;
            state.Diagnostics.Error(state.DisplayPath(output), 0, 0, DiagnosticCodes.WriteFailed,
                $"The site could not be written ({reason}). The previous output is unchanged. Check that the folder and its parent are writable.");
        }
    }

    /// <summary>The full path of <paramref name="path"/> in <paramref name="staging"/>, refusing anything that would land outside it.</summary>
    internal static string Target(string staging, string path)
    {
        var target = Path.GetFullPath(Path.Combine(staging, path));
        if (!target.StartsWith(staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            // Keys and paths are validated long before this; this is the last line of defence.
            throw new InvalidOperationException($"Refusing to write '{path}' outside the output folder.");
        }

        return target;
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
