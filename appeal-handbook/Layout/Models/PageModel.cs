using AppealHandbook.Core;

namespace AppealHandbook.Layout.Models;

/// <summary>
/// Everything a layout needs about the page being rendered. Members that do not apply to a
/// page's kind are empty.
/// </summary>
public sealed record PageModel
{
    /// <summary>Layout name: article, home, list, search, chooser, 404, status, glossary.</summary>
    public required string Layout { get; init; }
    /// <summary><c>zh</c>, <c>en</c>, or empty for language-neutral pages.</summary>
    public required string Lang { get; init; }
    /// <summary>Value of <c>&lt;html lang&gt;</c>.</summary>
    public required string HtmlLang { get; init; }
    /// <summary>Page title.</summary>
    public required string Title { get; init; }
    /// <summary>Meta description.</summary>
    public required string Description { get; init; }
    /// <summary>Absolute canonical URL.</summary>
    public required string Canonical { get; init; }
    /// <summary>hreflang alternates, including x-default.</summary>
    public IReadOnlyList<AlternateModel> Alternates { get; init; } = [];
    /// <summary>The language switch target (relative), or the other home when there is no counterpart.</summary>
    public string SwitchUrl { get; init; } = "";
    /// <summary>Label of the language switch (the other language's name).</summary>
    public string SwitchLabel { get; init; } = "";
    /// <summary><c>hreflang</c> of the switch target.</summary>
    public string SwitchLang { get; init; } = "";
    /// <summary>False when the page has no counterpart: the switch says so.</summary>
    public bool SwitchAvailable { get; init; } = true;
    /// <summary>Article body HTML.</summary>
    public string Body { get; init; } = "";
    /// <summary>Violation type of the article or list.</summary>
    public LinkModel? Type { get; init; }
    /// <summary>Last change to the facts, formatted.</summary>
    public string Updated { get; init; } = "";
    /// <summary>Machine-readable <see cref="Updated"/>.</summary>
    public string UpdatedIso { get; init; } = "";
    /// <summary>"Edit this page" URL.</summary>
    public string EditUrl { get; init; } = "";
    /// <summary>Table of contents.</summary>
    public IReadOnlyList<TocItem> Toc { get; init; } = [];
    /// <summary>Previous article in the type.</summary>
    public LinkModel? Previous { get; init; }
    /// <summary>Next article in the type.</summary>
    public LinkModel? Next { get; init; }
    /// <summary>Related articles (front matter).</summary>
    public IReadOnlyList<LinkModel> Related { get; init; } = [];
    /// <summary>Articles that link here.</summary>
    public IReadOnlyList<LinkModel> Backlinks { get; init; } = [];
    /// <summary>Tags, linking to their pages.</summary>
    public IReadOnlyList<LinkModel> Tags { get; init; } = [];
    /// <summary>Sources from front matter.</summary>
    public IReadOnlyList<LinkModel> Sources { get; init; } = [];
    /// <summary>The "Do this now" box (articles about a notice); null on other pages.</summary>
    public DoThisNowModel? DoThisNow { get; init; }
    /// <summary>Set when the translation is older than its counterpart: the counterpart's URL.</summary>
    public string StaleUrl { get; init; } = "";
    /// <summary>Articles of a type or tag page.</summary>
    public IReadOnlyList<LinkModel> Items { get; init; } = [];
    /// <summary>Home page: every type with its articles.</summary>
    public IReadOnlyList<NavGroupModel> Groups { get; init; } = [];
    /// <summary>Glossary page: the terms.</summary>
    public IReadOnlyList<GlossaryEntryModel> Terms { get; init; } = [];
    /// <summary>Glossary page: the body from its first H2 on (its sources), shown after the terms.</summary>
    public string BodyAfterTerms { get; init; } = "";
    /// <summary>Glossary page: the terms by initial, for the A–Z jump list.</summary>
    public IReadOnlyList<GlossaryGroupModel> GlossaryGroups { get; init; } = [];
    /// <summary>Status page: one row per key.</summary>
    public IReadOnlyList<StatusRowModel> StatusRows { get; init; } = [];
    /// <summary>Articles: the "Start your Plan of Action" link (relative), or empty.</summary>
    public string PoaBuilderUrl { get; init; } = "";
    /// <summary>Builder page: the complaint types, grouped by violation type.</summary>
    public IReadOnlyList<PoaOptionGroupModel> PoaGroups { get; init; } = [];
    /// <summary>Builder page: the Plan of Action guide.</summary>
    public string PoaGuideUrl { get; init; } = "";
    /// <summary>Builder page: the guide's template section (for readers without JavaScript).</summary>
    public string PoaTemplateUrl { get; init; } = "";
    /// <summary>Builder page: the guide's section on which language to write in, or empty while it is not written.</summary>
    public string PoaLanguageUrl { get; init; } = "";
    /// <summary>Builder page: its settings and strings as JSON, read by poa-builder.js.</summary>
    public string PoaConfig { get; init; } = "";
    /// <summary>The page's key (article key, type id or tag).</summary>
    public string Key { get; init; } = "";
}
