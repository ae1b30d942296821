using AppealHandbook.Core;
using AppealHandbook.Layout;
using AppealHandbook.Content;

namespace AppealHandbook.Output;

/// <summary>Adds the theme's assets (under <c>assets/</c>) and the input's static files (images) to the output.</summary>
/// <remarks>
/// Runs after every module that generates files, so a static file that would take a generated
/// path (the sitemap, a feed, a page) is reported with both names (AH006) instead of replacing it.
/// </remarks>
public sealed class CopyAssets : IModule
{
    /// <inheritdoc />
    public ModuleContract Contract { get; } = ModuleContract.SiteWide("", [LayoutFacts.Theme, ContentFacts.StaticFiles], [],
        "a change to an asset or static file makes preview run a full build");

    /// <inheritdoc />
    public void Execute(BuildState state)
    {
        foreach (var (path, full) in state.Get(LayoutFacts.Theme).Assets)
        {
            Copy("assets/" + path, full, state);
        }

        var generated = new GeneratedPaths(state);
        foreach (var (path, full) in state.Get(ContentFacts.StaticFiles))
        {
            if (generated.Clash(path) is { } clash)
            {
                state.Diagnostics.Error(state.DisplayPath(full), 0, 0, DiagnosticCodes.OutputClash,
                    $"This file would be published at /{path}, which clashes with {clash}. Rename or move the file.");
                continue;
            }

            Copy(path, full, state);
        }
    }

    private static void Copy(string sitePath, string fullPath, BuildState state)
    {
        try
        {
            // Zero length: an empty file, or a FIFO or device whose read would block; copy nothing.
            state.AddOutput(new OutputFile(sitePath, new FileInfo(fullPath).Length == 0 ? Array.Empty<byte>() : File.ReadAllBytes(fullPath)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            state.Diagnostics.Error(state.DisplayPath(fullPath), 0, 0, DiagnosticCodes.UnreadableFile, $"The file cannot be read ({ex.Message}).");
        }
    }
}
