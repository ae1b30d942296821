using AppealHandbook.Core;
using AppealHandbook.Output;

namespace AppealHandbook.Cache;

/// <summary>
/// Takes the place of <see cref="GenerateSitemap"/> in a build with a cache: when the previous
/// build's article pages are reused, the sitemap is kept as that build wrote it; otherwise it is
/// made as usual.
/// </summary>
/// <remarks>
/// The sitemap lists every page with its languages and the articles' dates, which is what the
/// pages that list articles are made of too (<see cref="ReuseListPages"/>): the same conditions
/// keep both.
/// </remarks>
public sealed class ReuseSitemap(BuildCache cache) : IModule
{
    private readonly GenerateSitemap _generate = new();

    /// <inheritdoc />
    public ModuleContract Contract => _generate.Contract;

    /// <inheritdoc />
    public void Execute(BuildState state)
    {
        if (cache.KeepsPrevious(GenerateSitemap.FileName))
        {
            state.AddOutput(OutputFile.KeptFromPrevious(GenerateSitemap.FileName));
            return;
        }

        _generate.Execute(state);
    }
}
