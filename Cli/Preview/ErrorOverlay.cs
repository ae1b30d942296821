using AppealHandbook.Core;

namespace AppealHandbook.Cli.Preview;

/// <summary>
/// How <c>preview</c> shows a failed rebuild in the open page, as other site generators' dev
/// servers do: the errors go down the page's event stream and appear over the last good page,
/// and the overlay goes away when the site builds again.
/// </summary>
/// <remarks>
/// The page's script puts the text in with <c>textContent</c>, never as HTML, so a message that
/// quotes the input cannot run script. Each diagnostic is one line (see <see cref="Diagnostic.ToString"/>),
/// so it fits the event stream's line-based format.
/// </remarks>
internal static class ErrorOverlay
{
    /// <summary>The event that carries a failed build's errors.</summary>
    public const string ErrorsEvent = "build-errors";

    /// <summary>The event that says the site builds again.</summary>
    public const string ClearEvent = "build-ok";

    /// <summary>The element id of the overlay, for tests and styles.</summary>
    public const string ElementId = "preview-build-errors";

    /// <summary>The event-stream message clearing the overlay.</summary>
    public static string ClearMessage => $"event: {ClearEvent}\ndata: ok\n\n";

    /// <summary>The event-stream message showing <paramref name="diagnostics"/> (errors first, then warnings).</summary>
    public static string Message(IEnumerable<Diagnostic> diagnostics)
    {
        var lines = diagnostics.OrderBy(d => d.Severity == Severity.Error ? 0 : 1).Select(d => "data: " + d + "\n");
        return $"event: {ErrorsEvent}\n" + string.Concat(lines) + "\n";
    }

    /// <summary>The page script: reload on a plain message, show or clear the overlay on the two events.</summary>
    public static string Script(string eventsUrl) =>
        "<script>(function(){var s=new EventSource('" + eventsUrl + "');s.onmessage=function(){location.reload()};" +
        "s.addEventListener('" + ErrorsEvent + "',function(e){var o=document.getElementById('" + ElementId + "');" +
        "if(!o){o=document.createElement('pre');o.id='" + ElementId + "';o.setAttribute('role','alert');" +
        "o.style.cssText='position:fixed;left:0;right:0;top:0;max-height:70vh;overflow:auto;z-index:2147483647;margin:0;padding:1em 1.5em;" +
        "background:#1d1f21;color:#ffd7d7;font:13px/1.5 ui-monospace,monospace;white-space:pre-wrap;border-bottom:4px solid #e5484d';" +
        "document.body.appendChild(o)}" +
        "o.textContent='The last save does not build. This page is the last good version; fix the errors and it reloads.\\n\\n'+e.data});" +
        "s.addEventListener('" + ClearEvent + "',function(){var o=document.getElementById('" + ElementId + "');if(o)o.remove()})})()</script>";
}
