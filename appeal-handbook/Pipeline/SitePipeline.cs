using AppealHandbook.Core;
using AppealHandbook.Checks;
using AppealHandbook.Content;
using AppealHandbook.Data;
using AppealHandbook.Layout;
using AppealHandbook.Layout.Print;
using AppealHandbook.Linking;
using AppealHandbook.Markdown;
using AppealHandbook.Notices;
using AppealHandbook.Output;
using AppealHandbook.PlanOfAction;
using AppealHandbook.Search;

namespace AppealHandbook.Pipeline;

/// <summary>
/// The handbook's pipeline: which modules run in each phase, in order. The order listed is the
/// order of execution; each step says why it sits where it does. Each module's
/// <see cref="IModule.Contract"/> says which facts it reads and adds and what it does to the pages.
/// </summary>
/// <remarks>
/// This is the one module order: the full build (<see cref="SiteBuilder"/>), preview's one-page
/// rebuild (<see cref="IncrementalRebuild"/>) and the tests all take it from here.
/// </remarks>
public sealed class SitePipeline
{
    /// <summary>Reading: nothing here depends on another file's content, so these run side by side (see <see cref="SiteBuilder"/>).</summary>
    public IReadOnlyList<IModule> Read { get; init; } =
    [
        new ReadSiteData(),   // site.yml, _data/*.yml, interface strings
        new LoadTheme(),      // parse every layout once
        new ReadArticles(),   // input/{zh,en}/*.md, plus static files
        new ReadNoticePhrases(), // input/_data/notices/*.yml: the decoder's phrases, each file checked on its own
        new ReadPoaBlocks(),  // input/_data/poa/*.yml: the builder's building blocks, each file checked on its own
    ];

    /// <summary>Per document, in parallel, then the checks that need every document's front matter.</summary>
    public IReadOnlyList<IModule> Process { get; init; } =
    [
        new ParseFrontMatter(),  // typed, validated front matter → article pages
        new ParseMarkdown(),     // headings, links, evidence items, unsafe input; the tree is kept on a small site only
        new ValidateArticles(),  // unique keys, known types, both languages, stale translations
        new CheckNoticeKeys(),   // notice phrases and violation articles match one to one
        new CheckPoaKeys(),      // building blocks and violation articles match one to one
    ];

    /// <summary>Across documents: links need every article's headings; layouts need the navigation.</summary>
    public IReadOnlyList<IModule> PostProcess { get; init; } =
    [
        new IndexSite(),        // keys, sections, navigation, backlinks
        new CheckStructure(),   // required sections, heading levels, alt text
        new CheckEvidenceLists(), // evidence checklists match item for item across languages (ticks are shared by position)
        new ArticleTrees(       // each article taken through these in turn (parsed again on a large site), so only the trees and bodies in work are alive:
            new ResolveLinks(),      // xref: and relative links → relative URLs
            new CheckQuotes(),       // ASCII quotes around Chinese text, found in the prose of the tree
            new LinkGlossaryTerms(), // adds glossary-link nodes to the tree, for RenderMarkdown to render
            new ExtractSearchText(), // the article's text by section, for the search index
            new RenderMarkdown(),    // Markdown → HTML body; lets go of the tree
            new MakePrintSection(),  // the article's section of the print edition, while the body is at hand
            new ApplyLayouts()),     // the finished page, written as it is made; lets go of the body
        new GeneratePages(),    // chooser, homes, type, tag, search, status, 404
        new GenerateNoticePages(), // the decoder in each language and its phrases; needs the navigation
        new GeneratePoaBuilder(), // the builder in each language and the data it reads; needs the articles' titles
        new GeneratePrintEdition(), // every article on one page, joined from the sections the stage made
        new ApplyLayouts(),     // the pages the stage did not lay out: generated pages and the print edition
        new BuildSearchIndex(), // static, sharded, per language, from the text and front matter; after the edition is written, so its sections are gone
        new GenerateSitemap(),
        new GenerateFeeds(),
        new GenerateRobots(),
        new CopyAssets(),
        new CheckLinks(),       // last: it reads the finished HTML of every page
    ];

    /// <summary>Writing: all or nothing.</summary>
    public IReadOnlyList<IModule> Write { get; init; } =
    [
        new WriteSite(),
    ];

    /// <summary>The phases with their modules, in order.</summary>
    public IEnumerable<(Phase Phase, IReadOnlyList<IModule> Modules)> Phases =>
    [
        (Phase.Read, Read),
        (Phase.Process, Process),
        (Phase.PostProcess, PostProcess),
        (Phase.Write, Write),
    ];

    /// <summary>
    /// Where the modules' contracts do not fit together: a fact read before an earlier module adds it
    /// (the reading modules run side by side, so one cannot read what another adds), or a module
    /// that says it runs on one page but cannot. Empty for a sound pipeline.
    /// </summary>
    public IReadOnlyList<string> ContractProblems()
    {
        var problems = new List<string>();
        var added = new HashSet<Fact>();
        foreach (var (phase, modules) in Phases)
        {
            var addedBefore = new HashSet<Fact>(added);
            foreach (var module in modules)
            {
                var contract = module.Contract;
                var name = $"{phase}/{module.GetType().Name}";
                foreach (var fact in contract.Reads.Where(f => !(phase == Phase.Read ? addedBefore : added).Contains(f)))
                {
                    problems.Add($"{name} reads {fact.Name}, which no earlier module adds.");
                }

                added.UnionWith(contract.Adds);
                if (contract.OnePageRebuild == OnePageRebuild.RunOnPage && module is not IOnePageModule)
                {
                    problems.Add($"{name} says it runs on one page in preview but is not an {nameof(IOnePageModule)}.");
                }

                if (contract.OnePageRebuild != OnePageRebuild.RunOnPage && string.IsNullOrWhiteSpace(contract.Why))
                {
                    problems.Add($"{name} does not run on the edited page in preview and does not say why that is right.");
                }
            }
        }

        return problems;
    }
}
