using AppealHandbook.Layout.Models;
using Fluid;
using Fluid.Accessors;
using Fluid.Values;

namespace AppealHandbook.Layout;

/// <summary>
/// The properties of the models a page reads many times (the sidebar's groups and links, the
/// table of contents, the language alternates), read by the layouts through delegates instead of
/// by reflection.
/// </summary>
/// <remarks>
/// The sidebar alone reads about 150 properties a page. Fluid reads a property it has no accessor
/// for by reflection, which was a twentieth of a large build's CPU in the engine compiled ahead
/// of time. Templates name properties in camel case (<c>article.url</c>); each is registered under
/// that name, and any other spelling still reaches the property by reflection.
/// <see cref="Registered"/> lists what is registered, so a test can check that no property is missed.
/// </remarks>
internal static class ModelAccessors
{
    /// <summary>Each accessor, with the model type and the name it is registered under.</summary>
    private static readonly (Type Type, string Name, MemberAccessor Accessor)[] Accessors =
    [
        (typeof(LinkModel), "title", new Text<LinkModel>(m => m.Title)),
        (typeof(LinkModel), "url", new Text<LinkModel>(m => m.Url)),
        (typeof(LinkModel), "current", new Flag<LinkModel>(m => m.Current)),
        (typeof(LinkModel), "summary", new Text<LinkModel>(m => m.Summary)),
        (typeof(LinkModel), "note", new Text<LinkModel>(m => m.Note)),

        (typeof(NavGroupModel), "id", new Text<NavGroupModel>(m => m.Id)),
        (typeof(NavGroupModel), "name", new Text<NavGroupModel>(m => m.Name)),
        (typeof(NavGroupModel), "description", new Text<NavGroupModel>(m => m.Description)),
        (typeof(NavGroupModel), "url", new Text<NavGroupModel>(m => m.Url)),
        (typeof(NavGroupModel), "current", new Flag<NavGroupModel>(m => m.Current)),
        (typeof(NavGroupModel), "articles", new DelegateAccessor<NavGroupModel, IReadOnlyList<LinkModel>>((m, _, _) => m.Articles)),
        (typeof(NavGroupModel), "count", new Number<NavGroupModel>(m => m.Count)),
        (typeof(NavGroupModel), "truncated", new Flag<NavGroupModel>(m => m.Truncated)),

        (typeof(TocItem), "id", new Text<TocItem>(m => m.Id)),
        (typeof(TocItem), "text", new Text<TocItem>(m => m.Text)),
        (typeof(TocItem), "children", new DelegateAccessor<TocItem, IReadOnlyList<TocItem>>((m, _, _) => m.Children)),

        (typeof(AlternateModel), "hrefLang", new Text<AlternateModel>(m => m.HrefLang)),
        (typeof(AlternateModel), "url", new Text<AlternateModel>(m => m.Url)),
    ];

    /// <summary>The property names registered for each model type.</summary>
    public static IReadOnlyDictionary<Type, string[]> Registered { get; } =
        Accessors.GroupBy(a => a.Type).ToDictionary(g => g.Key, g => g.Select(a => a.Name).ToArray());

    /// <summary>Registers the accessors with <paramref name="members"/>.</summary>
    public static void Register(MemberAccessStrategy members)
    {
        foreach (var (type, name, accessor) in Accessors)
        {
            members.Register(type, name, accessor);
        }
    }

    // Each kind of value made straight into Fluid's: a delegate returning object would box it and
    // have Fluid find its type again, for every read.

    private sealed class Text<T>(Func<T, string> get) : MemberAccessor
    {
        public override ValueTask<FluidValue> GetAsync(object obj, string name, TemplateContext context) => CreateValueTask(get((T)obj), context);
    }

    private sealed class Flag<T>(Func<T, bool> get) : MemberAccessor
    {
        public override ValueTask<FluidValue> GetAsync(object obj, string name, TemplateContext context) => CreateValueTask(get((T)obj), context);
    }

    private sealed class Number<T>(Func<T, int> get) : MemberAccessor
    {
        public override ValueTask<FluidValue> GetAsync(object obj, string name, TemplateContext context) => CreateValueTask(get((T)obj), context);
    }
}
