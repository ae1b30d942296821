namespace AppealHandbook.Core;

/// <summary>Why a string cannot be an article key (<see cref="ArticleKey.Check"/>).</summary>
public enum ArticleKeyProblem
{
    /// <summary>It can.</summary>
    None,

    /// <summary>Not lowercase ASCII letters, digits and single hyphens.</summary>
    NotKebabCase,

    /// <summary>One of the site's own routes under <c>/{lang}/</c>.</summary>
    Reserved,

    /// <summary>A name Windows reserves for a device.</summary>
    WindowsDeviceName,
}
