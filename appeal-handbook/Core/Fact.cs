namespace AppealHandbook.Core;

/// <summary>
/// A named piece of what a build knows across pages: the site's data, the theme, the site index.
/// The folder whose module adds a fact declares it (<c>DataFacts.SiteData</c>), so the core knows
/// none of their types.
/// </summary>
/// <remarks>
/// Modules name the facts they read and add in their <see cref="ModuleContract"/>; the pipeline
/// checks that every fact is added before it is read, and <see cref="BuildState"/> refuses a read
/// or an add the module did not declare.
/// </remarks>
public abstract class Fact(string name)
{
    /// <summary>The fact's name in messages and timings.</summary>
    public string Name { get; } = name;

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>A fact whose value is a <typeparamref name="T"/>, never null once added.</summary>
/// <typeparam name="T">The value's type.</typeparam>
public sealed class Fact<T>(string name) : Fact(name)
    where T : notnull;
