using System.Diagnostics;
using AppealHandbook.Core;

namespace AppealHandbook.Markdown;

/// <summary>
/// Runs the modules that read an article's Markdown tree article by article: each article goes
/// through <see cref="Modules"/> in their order, the last of which renders the tree and lets go
/// of it. On a large site <see cref="ParseMarkdown"/> kept no tree and each article is parsed
/// again here, so only the trees being worked on are alive, not the whole site's.
/// </summary>
/// <remarks>
/// <see cref="ParseMarkdown"/> recorded what the site-wide steps between need (headings, links,
/// evidence items) and reported the body's problems; the same text parses to the same tree, so a
/// second parse checks and reports nothing again (<see cref="ParseMarkdown.ParseAgain"/>). Each inner module keeps its own contract and works on one
/// page at a time, as in preview's one-page rebuild (<see cref="IOnePageModule.RunOnOne"/>).
/// </remarks>
public sealed class ArticleTrees : IOnePageModule
{
    /// <summary>Builds the stage from <paramref name="modules"/>, in their order.</summary>
    public ArticleTrees(params IOnePageModule[] modules)
    {
        Modules = modules;
        Contract = ModuleContract.PerPage(
            "takes each article's tree (parsed again on a large site) through " + string.Join(", ", modules.Select(m => m.GetType().Name)),
            [.. modules.SelectMany(m => m.Contract.Reads).Distinct()]);
    }

    /// <summary>The modules that run on each article's tree, in order.</summary>
    public IReadOnlyList<IOnePageModule> Modules { get; }

    /// <inheritdoc />
    public ModuleContract Contract { get; }

    /// <summary>
    /// What the last <see cref="Execute"/> spent on each step, summed over its threads: the second
    /// parse (if <see cref="ParseMarkdown"/> kept no tree), then each module. The modules
    /// interleave article by article, so this is what <c>--timings</c> can say of each
    /// (<see cref="Split"/>).
    /// </summary>
    private long[] _busy = [];

    /// <inheritdoc />
    public void Execute(BuildState state)
    {
        var views = Modules.Select(state.For).ToArray();
        var busy = new long[Modules.Count + 1];
        var input = state.Pages;
        var output = new Page[input.Length];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, state.Options.MaxDegreeOfParallelism) };
        // The sources go as the pages, sections and text made from them come (ReleasedMemory).
        var released = new ReleasedMemory(ReleasedMemory.DefaultThreshold);
        Parallel.For(0, input.Length, options, i => output[i] = Run(input[i], views, busy, released));
        state.Pages = [.. output];
        _busy = busy;
    }

    /// <inheritdoc />
    public Page RunOnOne(Page page, BuildState state) => Run(page, [.. Modules.Select(state.For)], new long[Modules.Count + 1], released: null);

    /// <summary>
    /// The stage's <paramref name="timing"/> shared among its steps (the second parse, then each
    /// module) in proportion to the time each took in the last <see cref="Execute"/>: one row each,
    /// named under the stage's, with the stage's garbage-collection pauses left on the stage's row.
    /// </summary>
    public IEnumerable<ModuleTiming> Split(ModuleTiming timing)
    {
        var total = (double)Math.Max(1, _busy.Sum());
        var steps = Modules.Select(m => m.GetType().Name).Prepend("(parse again)").ToList();
        return steps.Select((step, i) => new ModuleTiming($"{timing.Module}/{step}", timing.Elapsed * (_busy[i] / total), timing.Cpu * (_busy[i] / total), TimeSpan.Zero));
    }

    /// <summary>The stage up to and including the first module that is a <typeparamref name="TModule"/>: the trees stay on the pages after it.</summary>
    public ArticleTrees Through<TModule>()
        where TModule : IModule
    {
        var last = Modules.ToList().FindIndex(m => m is TModule);
        return last < 0 ? throw new ArgumentException($"{typeof(TModule).Name} is not a module of this stage.") : new ArticleTrees([.. Modules.Take(last + 1)]);
    }

    private Page Run(Page page, BuildState[] views, long[] busy, ReleasedMemory? released)
    {
        // A page reused from the previous build is finished, and one whose body was refused has no tree.
        if (page.Kind != PageKind.Article || !page.BodyParsed || page.Reused is not null)
        {
            return page;
        }

        var started = Stopwatch.GetTimestamp();
        page = page with { Markdown = page.Markdown ?? ParseMarkdown.ParseAgain(page.Source!) };
        for (var i = 0; i < Modules.Count; i++)
        {
            var done = Stopwatch.GetTimestamp();
            Interlocked.Add(ref busy[i], done - started);
            started = done;
            page = Modules[i].RunOnOne(page, views[i]);
        }

        Interlocked.Add(ref busy[^1], Stopwatch.GetTimestamp() - started);
        // The second parse and CheckQuotes were the source's last readers.
        var text = page.Source!.LetGoOfText();
        released?.LetGo(ReleasedMemory.Of(text));
        return page;
    }
}
