using Microsoft.AspNetCore.Components.Routing;

namespace AifStudy.Web.Components.Layout;

/// <summary>
/// The top bar's "Notes" link: it leads to the home page (the notes by domain) and stays highlighted while a note is
/// open (<c>/notes/{slug}</c>), which a plain <see cref="NavLink"/> to the home page cannot do.
/// </summary>
public sealed class NotesNavLink : NavLink
{
    protected override bool ShouldMatch(string uriAbsolute)
    {
        var path = new Uri(uriAbsolute).AbsolutePath;
        var basePath = new Uri(NavigationManager.BaseUri).AbsolutePath;
        var relative = path.StartsWith(basePath, StringComparison.Ordinal) ? path[basePath.Length..] : path.TrimStart('/');
        return relative.Length == 0 || relative.StartsWith("notes/", StringComparison.Ordinal);
    }

    [Microsoft.AspNetCore.Components.Inject]
    private Microsoft.AspNetCore.Components.NavigationManager NavigationManager { get; set; } = default!;
}
