using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.FileProviders.Physical;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace AifStudy.Web.Services;

/// <summary>
/// The files under <c>/content-files/</c>: the images beside the notes, served from their real file (so a link inside
/// the folder is served whole, with its target's length) and only when that real file is inside the content folder.
/// Everything else answers 404; a refused file that exists is logged with the reason.
/// </summary>
public sealed class ContentFileProvider(IOptions<ContentOptions> options, ContentFiles files, ILogger<ContentFileProvider> logger)
    : IFileProvider, IDisposable
{
    private static readonly Action<ILogger, string, string, Exception?> Refused = LoggerMessage.Define<string, string>(
        LogLevel.Warning, new EventId(1, nameof(Refused)), "Refused to serve content-files{Path}: {Reason}");

    // Its traversal checks (absolute paths, "..", hidden and dot files) run first.
    private readonly PhysicalFileProvider _physical = new(options.Value.Path);

    public IFileInfo GetFileInfo(string subpath)
    {
        var named = _physical.GetFileInfo(subpath);
        if (named is NotFoundFileInfo || named.PhysicalPath is null)
        {
            return named;
        }

        var servable = files.Servable(named.PhysicalPath);
        if (servable.File is { } file)
        {
            return new PhysicalFileInfo(file);
        }

        if (servable.Refusal is { } reason)
        {
            Refused(logger, subpath, reason, null);
        }

        return new NotFoundFileInfo(subpath);
    }

    /// <summary>Folders are never listed.</summary>
    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    public void Dispose() => _physical.Dispose();
}
