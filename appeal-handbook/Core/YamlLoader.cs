using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AppealHandbook.Core;

/// <summary>
/// Loads YAML into YamlDotNet's node model, turning every parse failure into a diagnostic with
/// the file and line, instead of an exception.
/// </summary>
/// <remarks>
/// The node model is used rather than the deserializer because nodes keep their source
/// position, so a wrong value can be reported on its own line. Aliases stay shared nodes and are
/// never expanded, which keeps "billion laughs" documents harmless.
/// </remarks>
public static class YamlLoader
{
    /// <summary>Parses <paramref name="text"/>; returns null (and reports) when it is not valid YAML.</summary>
    /// <param name="text">The YAML text.</param>
    /// <param name="path">File path for messages.</param>
    /// <param name="firstLine">The 1-based line of the file on which <paramref name="text"/> starts.</param>
    /// <param name="code">Diagnostic code for syntax errors.</param>
    /// <param name="diagnostics">Where problems go.</param>
    public static YamlNode? Load(string text, string path, int firstLine, string code, DiagnosticBag diagnostics)
    {
        if (text.Contains('\t', StringComparison.Ordinal))
        {
            var (line, col) = PositionOf(text, text.IndexOf('\t', StringComparison.Ordinal));
            diagnostics.Error(path, firstLine + line - 1, col, code,
                "YAML does not allow tab characters for indentation. Replace the tab with spaces.");
            return null;
        }

        if (PreScan(text, out var problemLine, out var events) is { } problem)
        {
            diagnostics.Error(path, firstLine + problemLine - 1, 1, code, problem);
            return null;
        }

        try
        {
            // The events read by the pre-scan are replayed rather than parsed again; when the
            // pre-scan met a syntax error, parsing the text again reports it with its position.
            var stream = new YamlStream();
            if (events is not null)
            {
                stream.Load(new RecordedEvents(events));
            }
            else
            {
                stream.Load(new StringReader(text));
            }

            return stream.Documents.Count == 0 ? new YamlMappingNode() : stream.Documents[0].RootNode;
        }
        catch (YamlException ex) when (YamlBrackets.FirstUnclosed(text) is var (line, column, bracket) && line <= ex.Start.Line)
        {
            // The parser stops where it runs out of text; the mistake is where the bracket opened.
            diagnostics.Error(path, firstLine + line - 1, column, code, UnclosedMessage(bracket));
            return null;
        }
        catch (YamlException ex)
        {
            var line = firstLine + (int)Math.Max(ex.Start.Line, 1) - 1;
            var reason = Describe(ex);
            diagnostics.Error(path, line, (int)Math.Max(ex.Start.Column, 1), code,
                $"The YAML is not valid: {reason}. Check the indentation and quote values that contain ': ' or start with a special character.");
            return null;
        }
        catch (ArgumentException ex)
        {
            diagnostics.Error(path, firstLine, 1, code, $"The YAML is not valid: {ex.Message}. Each key may appear only once.");
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or OverflowException)
        {
            // YamlDotNet throws these for some malformed streams instead of a YamlException, with
            // a message about its own state ("Operation is not valid due to the current state of
            // the object"), not the text. An unclosed bracket is the usual cause: name it, where it opens.
            if (YamlBrackets.FirstUnclosed(text) is var (line, column, bracket))
            {
                diagnostics.Error(path, firstLine + line - 1, column, code, UnclosedMessage(bracket));
            }
            else
            {
                diagnostics.Error(path, firstLine + LastParsedLine(text) - 1, 1, code,
                    "The YAML is not valid here. Check the indentation, and quote values that contain ': ' or start with a special character.");
            }

            return null;
        }
    }

    private static string UnclosedMessage(char bracket) =>
        $"The '{bracket}' opened here is never closed. Close it with '{(bracket == '[' ? ']' : '}')}', or quote the value if the bracket is part of the text.";

    /// <summary>Deepest nesting of mappings and sequences a handbook file needs is 3; this leaves room and stops abuse.</summary>
    private const int MaxDepth = 16;

    /// <summary>More YAML events than any front matter or data file of the handbook produces.</summary>
    private const int MaxEvents = 200_000;

    /// <summary>
    /// Reads the YAML as a stream of events first, without building nodes: the node model is
    /// recursive (deep nesting could exhaust the stack) and hashes complex keys (aliases could make
    /// that exponential). The handbook's files need neither anchors nor deep nesting, so both are refused.
    /// </summary>
    private static string? PreScan(string text, out int line, out List<YamlDotNet.Core.Events.ParsingEvent>? recorded)
    {
        line = 1;
        recorded = null;
        var events = new List<YamlDotNet.Core.Events.ParsingEvent>();
        var depth = 0;
        try
        {
            var parser = new Parser(new StringReader(text));
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                line = (int)Math.Max(current.Start.Line, 1);
                switch (current)
                {
                    case YamlDotNet.Core.Events.AnchorAlias:
                    case YamlDotNet.Core.Events.NodeEvent { Anchor.IsEmpty: false }:
                        return "YAML anchors and aliases (&name, *name) are not supported here. Write the value out in full.";
                    case YamlDotNet.Core.Events.MappingStart or YamlDotNet.Core.Events.SequenceStart when ++depth > MaxDepth:
                        return $"The YAML is nested more than {MaxDepth} levels deep. Flatten it.";
                    case YamlDotNet.Core.Events.MappingEnd or YamlDotNet.Core.Events.SequenceEnd:
                        depth--;
                        break;
                }

                events.Add(current);
                if (events.Count > MaxEvents)
                {
                    return "The YAML is far larger than a handbook file needs. Shorten it.";
                }
            }
        }
        catch (YamlException)
        {
            return null; // the real load reports syntax errors with their position
        }
        catch (InvalidOperationException)
        {
            return null;
        }

        recorded = events;
        return null;
    }

    /// <summary>The line of the last YAML event that parsed: where the reader should look.</summary>
    private static int LastParsedLine(string text)
    {
        var line = 1;
        try
        {
            var parser = new Parser(new StringReader(text));
            while (parser.MoveNext())
            {
                line = (int)Math.Max(parser.Current!.Start.Line, 1);
            }
        }
        catch (YamlException ex)
        {
            return (int)Math.Max(ex.Start.Line, 1);
        }
        catch (InvalidOperationException)
        {
            // Keep the last good line.
        }

        return line;
    }

    private static string Describe(YamlException ex)
    {
        var message = ex.InnerException?.Message ?? ex.Message;
        // YamlDotNet prefixes its messages with the position, which we already report separately.
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        message = message.StartsWith('(') && close > 0 ? message[(close + 3)..] : message;
        return message.TrimEnd('.');
    }

    private static (int Line, int Column) PositionOf(string text, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }

    /// <summary>The 1-based line of a node inside a text that starts on <paramref name="firstLine"/>.</summary>
    public static int LineOf(YamlNode node, int firstLine) => firstLine + (int)Math.Max(node.Start.Line, 1) - 1;

    /// <summary>Plays back events already parsed, for the node model to load.</summary>
    private sealed class RecordedEvents(List<YamlDotNet.Core.Events.ParsingEvent> events) : IParser
    {
        private int _next;

        public YamlDotNet.Core.Events.ParsingEvent? Current { get; private set; }

        public bool MoveNext()
        {
            Current = _next < events.Count ? events[_next++] : null;
            return Current is not null;
        }
    }
}
