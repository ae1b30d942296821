using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;

namespace AppealHandbook.Cli.Preview;

/// <summary>Answers a request for a page or file of the <see cref="ServedSite"/>, adding the reload script to pages.</summary>
internal sealed class ServeFiles(ServedSite site)
{
    private readonly FileExtensionContentTypeProvider _types = new();

    /// <summary>Serves the file at the request's path, a redirect to its folder, or the 404 page.</summary>
    public async Task ServeAsync(HttpContext context)
    {
        var (version, files) = site.Snapshot();
        var path = Uri.UnescapeDataString(context.Request.Path.Value ?? "/").TrimStart('/');
        if (path.Length == 0 || path.EndsWith('/'))
        {
            path += "index.html";
        }
        else if (!files.ContainsKey(path) && files.ContainsKey(path + "/index.html"))
        {
            context.Response.Redirect(context.Request.Path + "/" + context.Request.QueryString);
            return;
        }

        if (!files.TryGetValue(path, out var bytes))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            path = "404.html";
            bytes = files.TryGetValue(path, out var notFound) ? notFound : "Not found"u8.ToArray();
        }

        context.Response.ContentType = _types.TryGetContentType(path, out var type) ? type : "application/octet-stream";
        context.Response.Headers.CacheControl = "no-store";
        var end = path.EndsWith(".html", StringComparison.Ordinal) ? bytes.Span.LastIndexOf("</body>"u8) : -1;
        if (end < 0)
        {
            await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
            return;
        }

        // The page is served as the build made it, with the reload script before its closing body
        // tag (the last one: text in the page cannot hold another, it is escaped). The script tells
        // the event stream which version of the site the page came from, so a page that was still
        // loading when a save was published (its stream not yet open to hear it) reloads as soon
        // as its stream opens.
        await context.Response.Body.WriteAsync(bytes[..end], context.RequestAborted);
        await context.Response.WriteAsync(ReloadScript(version), context.RequestAborted);
        await context.Response.Body.WriteAsync(bytes[end..], context.RequestAborted);
    }

    private static string ReloadScript(int version) =>
        ErrorOverlay.Script(string.Create(CultureInfo.InvariantCulture, $"{ReloadEvents.Path}?{ReloadEvents.SinceParameter}={version}"));
}
