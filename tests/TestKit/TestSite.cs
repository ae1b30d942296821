using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using AppealHandbook.Core;
using AppealHandbook.Pipeline;

namespace AppealHandbook.Tests.TestKit;

/// <summary>
/// A whole small site declared inline, built into a temporary folder (after Hugo's integration
/// tests). Files are written as blocks: a line <c>-- input/zh/a.md --</c> starts a file and
/// everything up to the next such line is its content.
/// </summary>
public sealed class TestSite : IDisposable
{
    private TestSite(string root) => Root = root;

    /// <summary>The temporary folder holding <c>input/</c> and <c>output/</c>.</summary>
    public string Root { get; }

    /// <summary>The input folder.</summary>
    public string Input => Path.Combine(Root, "input");

    /// <summary>The output folder.</summary>
    public string Output => Path.Combine(Root, "output");

    /// <summary>The last build's result.</summary>
    public BuildResult? Result { get; private set; }

    /// <summary>Writes <paramref name="files"/> (in the block format) into a new temporary folder.</summary>
    public static TestSite Create(string files)
    {
        var site = new TestSite(Directory.CreateTempSubdirectory("handbook-test-").FullName);
        site.Write(files);
        return site;
    }

    /// <summary>Writes or replaces files given in the block format.</summary>
    public TestSite Write(string files)
    {
        foreach (var (path, content) in Parse(files))
        {
            var full = Path.Combine(Root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, content);
        }

        return this;
    }

    /// <summary>
    /// Replaces <paramref name="old"/> with <paramref name="replacement"/> in one file, saved as
    /// many editors save: into a temporary file renamed over the original, so a watcher (preview)
    /// never reads a half-written file.
    /// </summary>
    public TestSite Edit(string path, string old, string replacement)
    {
        var full = Path.Combine(Root, path);
        var text = File.ReadAllText(full);
        Assert.Contains(old, text);
        var temporary = full + ".tmp";
        File.WriteAllText(temporary, text.Replace(old, replacement, StringComparison.Ordinal));
        File.Move(temporary, full, overwrite: true);
        return this;
    }

    /// <summary>Options for building this site with the repository's theme.</summary>
    public BuildOptions Options(string? basePath = null, int parallelism = 2) => new()
    {
        InputDirectory = Input,
        OutputDirectory = Output,
        ThemeDirectory = Repository.Theme,
        BasePath = basePath,
        DisplayRoot = Root,
        MaxDegreeOfParallelism = parallelism,
    };

    /// <summary>Builds and returns the result, whatever it is.</summary>
    public BuildResult BuildWithDiagnostics(string? basePath = null, int parallelism = 2)
    {
        Result = SiteBuilder.Build(Options(basePath, parallelism));
        return Result;
    }

    /// <summary>Builds and fails the test when the build reports an error.</summary>
    public BuildResult Build(string? basePath = null)
    {
        var result = BuildWithDiagnostics(basePath);
        Assert.True(result.Succeeded, "The build failed:\n" + string.Join("\n", result.Diagnostics));
        return result;
    }

    /// <summary>The text of a built file.</summary>
    public string ReadOutput(string path) => File.ReadAllText(Path.Combine(Output, path));

    /// <summary>A built page parsed with AngleSharp.</summary>
    public IHtmlDocument Html(string path) => new HtmlParser().ParseDocument(ReadOutput(path));

    /// <summary>
    /// Each line of each expectation, trimmed, must occur in the file; a line starting with
    /// <c>! </c> must not. Blank lines are skipped.
    /// </summary>
    public void AssertFile(string path, params string[] expectations)
    {
        var text = ReadOutput(path);
        foreach (var line in expectations.SelectMany(e => e.Split('\n')).Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            if (line.StartsWith("! ", StringComparison.Ordinal))
            {
                Assert.DoesNotContain(line[2..], text);
            }
            else
            {
                Assert.Contains(line, text);
            }
        }
    }

    /// <summary>The single diagnostic with <paramref name="code"/>; fails when there is not exactly one.</summary>
    public static Diagnostic Single(BuildResult result, string code)
    {
        var found = result.Diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(found.Count == 1, $"Expected one {code}, got {found.Count}:\n" + string.Join("\n", result.Diagnostics));
        return found[0];
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    private static IEnumerable<(string Path, string Content)> Parse(string files)
    {
        string? path = null;
        var content = new System.Text.StringBuilder();
        foreach (var line in files.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal) && line.Length > 6)
            {
                if (path is not null)
                {
                    yield return (path, content.ToString());
                }

                path = line[3..^3].Trim();
                content.Clear();
            }
            else if (path is not null)
            {
                content.Append(line).Append('\n');
            }
        }

        if (path is not null)
        {
            yield return (path, content.ToString());
        }
    }
}
