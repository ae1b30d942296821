using AppealHandbook.Core;
using AppealHandbook.Data;

namespace AppealHandbook.Checks;

/// <summary>
/// Checks each article's outline against <c>input/_data/structure.yml</c> (CONTRIBUTING.md explains each check):
/// required H2 sections present, in order, with their ids; no H1 in the body (the layout
/// renders the title as the page's one H1); no skipped heading levels; images with alt text.
/// </summary>
public sealed class CheckStructure : IOnePageModule
{
    /// <inheritdoc />
    public ModuleContract Contract { get; } = ModuleContract.PerPage("checks each article's headings and images", DataFacts.SiteData);

    /// <inheritdoc />
    public void Execute(BuildState state)
    {
        // Each article is checked on its own, and diagnostics are sorted at the end: in parallel.
        Parallel.ForEach(
            state.Pages.Where(p => p.Kind == PageKind.Article && p.BodyParsed),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, state.Options.MaxDegreeOfParallelism) },
            page => Check(page, state));
    }

    /// <inheritdoc />
    public Page RunOnOne(Page page, BuildState state)
    {
        if (page.Kind == PageKind.Article && page.BodyParsed)
        {
            Check(page, state);
        }

        return page;
    }

    /// <summary>Checks one article.</summary>
    private static void Check(Page page, BuildState state)
    {
        var path = page.Source!.Path;
        var diagnostics = state.Diagnostics;
        var previousLevel = 1;
        foreach (var heading in page.Headings)
        {
            if (heading.Level == 1)
            {
                diagnostics.Error(path, heading.Line, heading.Column, DiagnosticCodes.ExtraH1,
                    "The page already has its title as the one H1. Start body headings at '##'.");
            }
            else if (heading.Level > previousLevel + 1)
            {
                diagnostics.Error(path, heading.Line, heading.Column, DiagnosticCodes.SkippedHeadingLevel,
                    $"This H{heading.Level} follows an H{previousLevel}; a level is skipped. Use '{new string('#', previousLevel + 1)}' here.");
            }

            previousLevel = heading.Level;
        }

        foreach (var duplicate in page.Headings.GroupBy(h => h.Id).Where(g => g.Key.Length > 0 && g.Count() > 1).SelectMany(g => g.Skip(1)))
        {
            diagnostics.Error(path, duplicate.Line, duplicate.Column, DiagnosticCodes.DuplicateId,
                $"The id '{duplicate.Id}' is already used by an earlier heading. Give this heading its own {{#id}}.");
        }

        var required = state.Get(DataFacts.SiteData).Structure.For(page.Key, page.FrontMatter!.Type);
        var h2 = page.Headings.Where(h => h.Level == 2).ToList();
        var requiredIds = required.Select(r => r.Id).ToList();
        var found = h2.Where(h => requiredIds.Contains(h.Id)).ToList();
        var expectedPosition = 0;
        foreach (var heading in found)
        {
            var position = requiredIds.IndexOf(heading.Id);
            if (position < expectedPosition)
            {
                diagnostics.Error(path, heading.Line, heading.Column, DiagnosticCodes.SectionOrder,
                    $"Section '{heading.Id}' is out of order. The sections go: {string.Join(", ", requiredIds)}.");
            }

            expectedPosition = Math.Max(expectedPosition, position);
        }

        foreach (var rule in required.Where(r => found.All(h => h.Id != r.Id)))
        {
            var lang = page.Lang;
            var sameText = h2.FirstOrDefault(h => h.Text == rule.Heading[lang]);
            var hint = sameText is not null
                ? $" The heading on line {sameText.Line} has the right text but the id '{sameText.Id}'; write `## {rule.Heading[lang]} {{#{rule.Id}}}`."
                : $" Add `## {rule.Heading[lang]} {{#{rule.Id}}}` (see input/_data/structure.yml for the order).";
            var line = NextRequiredLine(rule.Id, requiredIds, found) ?? page.Headings.LastOrDefault()?.Line ?? 1;
            diagnostics.Error(path, line, 1, DiagnosticCodes.MissingSection, $"Required section '{rule.Id}' is missing.{hint}");
        }

        foreach (var image in page.Links.Where(l => l.IsImage && !l.HasAlt))
        {
            diagnostics.Error(path, image.Line, image.Column, DiagnosticCodes.MissingAlt,
                "The image has no alt text. Describe it in the brackets: ![Account Health page with the appeal button](...).");
        }
    }

    /// <summary>The line of the first present section that should come after the missing one: where it belongs.</summary>
    private static int? NextRequiredLine(string missing, List<string> order, List<Heading> found)
    {
        var position = order.IndexOf(missing);
        return found.Where(h => order.IndexOf(h.Id) > position).Select(h => (int?)h.Line).FirstOrDefault();
    }
}
