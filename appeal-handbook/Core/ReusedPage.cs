namespace AppealHandbook.Core;

/// <summary>
/// Marks a page whose finished file is reused from the previous build (<see cref="Page.Reused"/>).
/// A build cache supplies such an article's front matter, headings, links and evidence items, which
/// the site-wide modules read, as a parse would have recorded them.
/// </summary>
public sealed record ReusedPage;
