namespace AppealHandbook.Core;

/// <summary>What to build, from where, to where.</summary>
public sealed record BuildOptions
{
    /// <summary>The content folder (<c>input/</c>).</summary>
    public required string InputDirectory { get; init; }

    /// <summary>Where the site is written (<c>output/</c>).</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>The theme folder (<c>themes/default/</c>).</summary>
    public required string ThemeDirectory { get; init; }

    /// <summary>Overrides <c>basePath</c> from site.yml, e.g. <c>/appeal-handbook/</c>.</summary>
    public string? BasePath { get; init; }

    /// <summary>The folder paths in messages are relative to (the repository root).</summary>
    public string? DisplayRoot { get; init; }

    /// <summary>How many documents are processed at once; output does not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Whether to run the check that reads every built page back (internal links, images and
    /// #fragments against the finished HTML). On for <c>check</c>, the tests and CI; <c>build</c>
    /// and <c>preview</c> skip it for speed, as xrefs, sections and front matter are checked anyway.
    /// </summary>
    public bool CheckBuiltLinks { get; init; } = true;

    /// <summary>
    /// The folder of the build cache, which lets a build reuse what did not change since the
    /// previous one (its result is byte for byte a clean build's); null builds without it.
    /// </summary>
    public string? CacheDirectory { get; init; }

    /// <summary>
    /// Up to this many pages when it runs (a build's articles), <c>ParseMarkdown</c> keeps each article's Markdown tree for the
    /// modules that read it (<c>ArticleTrees</c>); above it, no tree is kept and that stage parses
    /// each article again. The output is the same either way: on a small site the trees cost the
    /// collector little and the second parse would be most of the stage (about 7% of a
    /// 1,000-page build); on a large one every tree alive at once was most of the memory and of
    /// the collections (bench/RESULTS.md).
    /// </summary>
    public int KeepTreesUpTo { get; init; } = 2_000;
}
