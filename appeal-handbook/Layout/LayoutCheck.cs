using System.Text.RegularExpressions;
using AppealHandbook.Core;
using Fluid;

namespace AppealHandbook.Layout;

/// <summary>
/// Checks every template of the layout folders (layouts and partials, overrides and theme) when
/// the theme loads, so that a mistake is reported at its file, line and column with the fix:
/// a Liquid syntax error, an include of a partial that does not exist, an include that leaves
/// the layouts folder, and includes that form a cycle. Found at render time, the same mistakes
/// surfaced as an engine failure or were blamed on the theme folder.
/// </summary>
/// <remarks>
/// Includes with a literal name (<c>{% include 'partials/footer' %}</c>) are checked here; one
/// whose name is computed is checked when it renders (see <see cref="ApplyLayouts"/>).
/// </remarks>
internal static partial class LayoutCheck
{
    /// <summary>Fluid ends a parse error with the position, "at (line:column)".</summary>
    [GeneratedRegex(@"\s*at \((?<line>\d+):(?<col>\d+)\)\s*$")]
    private static partial Regex Position();

    [GeneratedRegex(@"\{%-?\s*(?<tag>include|render)\s+(?<q>['""])(?<name>[^'""\r\n]*)\k<q>")]
    private static partial Regex LiteralInclude();

    /// <summary>An include found in a template: where it is written and the template path it names.</summary>
    private sealed record Include(string Name, string Target, int Line, int Column);

    /// <summary>Parses and checks every template; returns the parsed ones by path (e.g. <c>partials/footer.liquid</c>).</summary>
    /// <param name="files">The layout folders' templates.</param>
    /// <param name="parser">Fluid's parser.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="displayPath">Turns a full path into the path shown in messages.</param>
    /// <param name="folders">The layout folders as shown in messages, e.g. "input/layouts/ or themes/default/layouts/".</param>
    public static Dictionary<string, IFluidTemplate> Run(ThemeFiles files, FluidParser parser, DiagnosticBag diagnostics, Func<string, string> displayPath, string folders)
    {
        var parsed = new Dictionary<string, IFluidTemplate>(StringComparer.Ordinal);
        var includes = new Dictionary<string, List<Include>>(StringComparer.Ordinal);
        foreach (var (path, fullPath, bytes) in files.All)
        {
            var display = displayPath(fullPath);
            if (TextDecoder.Decode(bytes, out var problem) is not { } text)
            {
                diagnostics.Error(display, 1, 1, DiagnosticCodes.BadTemplate, problem!);
                continue;
            }

            if (parser.TryParse(text, out var template, out var error))
            {
                parsed[path] = template;
            }
            else
            {
                // Fluid's message is several lines (the position, then the source); one line, at the position, is enough.
                var firstLine = error.Split('\n')[0].TrimEnd();
                var position = Position().Match(firstLine);
                var (line, column) = position.Success ? (int.Parse(position.Groups["line"].Value), int.Parse(position.Groups["col"].Value)) : (1, 1);
                var reason = position.Success ? firstLine[..position.Index] : firstLine;
                diagnostics.Error(display, line, column, DiagnosticCodes.BadTemplate,
                    $"The template does not parse: {reason.TrimEnd('.')}. Fix the Liquid syntax here (every {{% if %}} needs {{% endif %}}, every {{% for %}} {{% endfor %}}).");
            }

            includes[path] = [.. Includes(text)];
            foreach (var include in includes[path])
            {
                if (include.Target.Split('/').Any(s => s is ".." or ".") || include.Name.StartsWith('/') || include.Name.Contains('\\', StringComparison.Ordinal))
                {
                    diagnostics.Error(display, include.Line, include.Column, DiagnosticCodes.BadTemplate,
                        $"'{include.Name}' leaves the layouts folder; a template may include only templates under {folders}. Include one such as 'partials/footer' instead.");
                }
                else if (!files.Contains(include.Target))
                {
                    diagnostics.Error(display, include.Line, include.Column, DiagnosticCodes.BadTemplate,
                        $"'{include.Name}' names no template: there is no {include.Target} under {folders}. Add it, or fix the name.");
                }
            }
        }

        ReportCycles(files, includes, diagnostics, displayPath);
        return parsed;
    }

    /// <summary>The literal includes of one template, with the template path Fluid would look up.</summary>
    private static IEnumerable<Include> Includes(string text)
    {
        foreach (Match match in LiteralInclude().Matches(text))
        {
            var name = match.Groups["name"].Value;
            var target = name.EndsWith(".liquid", StringComparison.Ordinal) ? name : name + ".liquid";
            var before = text.AsSpan(0, match.Index);
            var line = before.Count('\n') + 1;
            var column = match.Index - (before.LastIndexOf('\n') + 1) + 1;
            yield return new Include(name, target, line, column);
        }
    }

    /// <summary>Reports each include that closes a cycle (a → b → a), at that include.</summary>
    private static void ReportCycles(ThemeFiles files, Dictionary<string, List<Include>> includes, DiagnosticBag diagnostics, Func<string, string> displayPath)
    {
        // Depth-first, with the path so far: an include of a template on the path closes a cycle.
        var done = new HashSet<string>(StringComparer.Ordinal);
        var onPath = new List<string>();
        void Visit(string path)
        {
            onPath.Add(path);
            foreach (var include in includes.GetValueOrDefault(path) ?? [])
            {
                var at = onPath.IndexOf(include.Target);
                if (at >= 0)
                {
                    var cycle = string.Join(" → ", onPath.Skip(at).Append(include.Target).Select(p => p[..^".liquid".Length]));
                    diagnostics.Error(displayPath(files.FullPathOf(path)!), include.Line, include.Column, DiagnosticCodes.BadTemplate,
                        $"This include makes a cycle ({cycle}), which would never end. Remove one of the includes.");
                }
                else if (!done.Contains(include.Target) && includes.ContainsKey(include.Target))
                {
                    Visit(include.Target);
                }
            }

            onPath.RemoveAt(onPath.Count - 1);
            done.Add(path);
        }

        foreach (var path in includes.Keys.Order(StringComparer.Ordinal))
        {
            if (!done.Contains(path))
            {
                Visit(path);
            }
        }
    }
}
