namespace AppealHandbook.Core;

/// <summary>
/// A module that transforms each page independently, so pages are processed in parallel.
/// The order of <see cref="BuildState.Pages"/> is kept, so the output does not depend on scheduling.
/// </summary>
public abstract class PageModule : IOnePageModule
{
    /// <inheritdoc />
    public abstract ModuleContract Contract { get; }

    /// <inheritdoc />
    public void Execute(BuildState state)
    {
        var input = state.Pages;
        var output = new Page[input.Length];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, state.Options.MaxDegreeOfParallelism) };
        Parallel.For(0, input.Length, options, i => output[i] = Touches(input[i]) ? Process(input[i], state) : input[i]);
        state.Pages = [.. output];
    }

    /// <inheritdoc />
    public Page RunOnOne(Page page, BuildState state) => Touches(page) ? Process(page, state) : page;

    /// <summary>A page reused from the previous build is finished: no per-page module touches it again.</summary>
    private bool Touches(Page page) => page.Reused is null && ShouldProcess(page);

    /// <summary>Whether this module touches <paramref name="page"/>; others pass through unchanged.</summary>
    protected virtual bool ShouldProcess(Page page) => true;

    /// <summary>Transforms one page.</summary>
    protected abstract Page Process(Page page, BuildState state);
}
