using AppealHandbook.Layout.Models;
using Fluid;
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
    /// <summary>The property names registered for each model type.</summary>
    public static IReadOnlyDictionary<Type, string[]> Registered { get; } = new Dictionary<Type, string[]>
    {
        [typeof(LinkModel)] = ["title", "url", "current", "summary", "note"],
        [typeof(NavGroupModel)] = ["id", "name", "description", "url", "current", "articles", "count", "truncated"],
        [typeof(TocItem)] = ["id", "text", "children"],
        [typeof(AlternateModel)] = ["hrefLang", "url"],
    };

    /// <summary>Registers the accessors with <paramref name="members"/>.</summary>
    public static void Register(MemberAccessStrategy members)
    {
        members.Register<LinkModel>("title", new Text<LinkModel>(m => m.Title));
        members.Register<LinkModel>("url", new Text<LinkModel>(m => m.Url));
        members.Register<LinkModel>("current", new Flag<LinkModel>(m => m.Current));
        members.Register<LinkModel>("summary", new Text<LinkModel>(m => m.Summary));
        members.Register<LinkModel>("note", new Text<LinkModel>(m => m.Note));

        members.Register<NavGroupModel>("id", new Text<NavGroupModel>(m => m.Id));
        members.Register<NavGroupModel>("name", new Text<NavGroupModel>(m => m.Name));
        members.Register<NavGroupModel>("description", new Text<NavGroupModel>(m => m.Description));
        members.Register<NavGroupModel>("url", new Text<NavGroupModel>(m => m.Url));
        members.Register<NavGroupModel>("current", new Flag<NavGroupModel>(m => m.Current));
        members.Register<NavGroupModel, IReadOnlyList<LinkModel>>("articles", m => m.Articles);
        members.Register<NavGroupModel>("count", new Number<NavGroupModel>(m => m.Count));
        members.Register<NavGroupModel>("truncated", new Flag<NavGroupModel>(m => m.Truncated));

        members.Register<TocItem>("id", new Text<TocItem>(m => m.Id));
        members.Register<TocItem>("text", new Text<TocItem>(m => m.Text));
        members.Register<TocItem, IReadOnlyList<TocItem>>("children", m => m.Children);

        members.Register<AlternateModel>("hrefLang", new Text<AlternateModel>(m => m.HrefLang));
        members.Register<AlternateModel>("url", new Text<AlternateModel>(m => m.Url));
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
