namespace AppealHandbook.Core;

/// <summary>How bad a reported problem is.</summary>
public enum Severity
{
    /// <summary>Reported, but the site is still written.</summary>
    Warning,

    /// <summary>The build fails and the previous output is left as it was.</summary>
    Error,
}
