namespace AppealHandbook.Core;

/// <summary>What a page is; it picks the layout.</summary>
public enum PageKind
{
    /// <summary>An article from <c>input/{lang}/*.md</c>.</summary>
    Article,
    /// <summary><c>/{lang}/</c>: every type and its articles.</summary>
    Home,
    /// <summary><c>/{lang}/types/{type}/</c>.</summary>
    Type,
    /// <summary><c>/{lang}/tags/{tag}/</c>.</summary>
    Tag,
    /// <summary><c>/{lang}/search/</c>.</summary>
    Search,
    /// <summary><c>/</c>: the language chooser.</summary>
    Chooser,
    /// <summary><c>/404.html</c>.</summary>
    NotFound,
    /// <summary><c>/{lang}/status/</c>: translation status of every key.</summary>
    Status,
    /// <summary><c>/{lang}/print/</c>: the whole handbook on one page, for printing.</summary>
    Print,
    /// <summary><c>/{lang}/notice/</c>: the notice decoder.</summary>
    Notice,
    /// <summary><c>/{lang}/poa-builder/</c>: the Plan of Action builder.</summary>
    PoaBuilder,
}
