using AppealHandbook.Core;

namespace AppealHandbook.Data;

/// <summary>The facts the data folder adds to a build.</summary>
public static class DataFacts
{
    /// <summary>site.yml, <c>_data/*.yml</c> and the interface strings (<see cref="ReadSiteData"/>).</summary>
    public static readonly Fact<SiteData> SiteData = new(nameof(SiteData));
}
