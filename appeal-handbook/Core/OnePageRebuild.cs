namespace AppealHandbook.Core;

/// <summary>What preview's one-page rebuild does with a module of the full build.</summary>
public enum OnePageRebuild
{
    /// <summary>The rebuild does its work itself, on the edited file only, before the modules that run on one page (reading and parsing the file).</summary>
    EditedFileOnly,

    /// <summary>It runs on the edited page (the module implements <see cref="IOnePageModule"/>).</summary>
    RunOnPage,

    /// <summary>
    /// Its result is kept from the previous full build: what it reads of the edited page is unchanged
    /// (the rebuild checks this first), or what it makes may lag until the next full build.
    /// </summary>
    KeepPrevious,
}
